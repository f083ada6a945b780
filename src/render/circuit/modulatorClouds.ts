/**
 * Modulator clouds in the circuit view: one additive glow per modulator pool, placed over the
 * neurons that release it and the populations whose plasticity it gates, that swells and brightens
 * as the pool's level leaves its baseline (modulatorGlow.ts), with a label giving the level.
 */
import { Container, Sprite, Text, type Texture } from 'pixi.js';
import type { SimWorld } from '../../sim/world/world';
import { plotColors, plotFont } from '../palette';
import type { CircuitLayout } from './circuitLayout';
import { glowTextureSize } from './circuitTextures';
import { excursion, glowStyle, kindColors, nextReference } from './modulatorGlow';
import { toScreen, type ViewTransform } from './viewTransform';
import { decimalMark } from '../ticks';

interface Cloud {
  sprite: Sprite;
  label: Text;
  x: number;
  y: number;
  radius: number;
  reference: number;
}

export class ModulatorClouds {
  /** The glows (in layout units, inside the view's world layer). */
  readonly layer = new Container();
  private readonly clouds: Cloud[] = [];

  /** `labels` is the screen-space container the level labels go into. */
  constructor(private readonly world: SimWorld, layout: CircuitLayout, glowTexture: Texture, labels: Container) {
    const { modulators } = world;
    const b = layout.bounds;
    const diag = Math.hypot(b.maxX - b.minX, b.maxY - b.minY);
    for (let pool = 0; pool < modulators.count; pool++) {
      const name = modulators.names[pool];
      const { x, y, radius } = placeCloud(world, layout, pool, diag);
      const color = kindColors[modulators.kind[pool]] ?? 0xffffff;
      const sprite = new Sprite(glowTexture);
      sprite.anchor.set(0.5);
      sprite.tint = color;
      sprite.position.set(x, y);
      sprite.blendMode = 'add';
      this.layer.addChild(sprite);
      const label = new Text({
        text: name,
        style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: color, stroke: { color: plotColors.background, width: 3 } },
      });
      label.resolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));
      label.anchor.set(0.5, 0);
      labels.addChild(label);
      this.clouds.push({ sprite, label, x, y, radius, reference: Math.abs(modulators.baseline[pool]) });
    }
  }

  /** Glow and label text follow each pool's level (the reference adapts over wall time). */
  update(deltaMs: number): void {
    const { modulators } = this.world;
    this.clouds.forEach((cloud, pool) => {
      const level = modulators.level[pool];
      const baseline = modulators.baseline[pool];
      cloud.reference = nextReference(cloud.reference, level, baseline, deltaMs);
      const style = glowStyle(excursion(level, baseline, cloud.reference));
      cloud.sprite.alpha = style.alpha;
      cloud.sprite.scale.set((2 * cloud.radius * style.scale) / glowTextureSize);
      const text = `${modulators.names[pool]} ${formatLevel(level)}`;
      if (cloud.label.text !== text) cloud.label.text = text;
    });
  }

  /** Moves the labels to their clouds after a pan or zoom. */
  placeLabels(t: ViewTransform): void {
    for (const cloud of this.clouds) {
      const p = toScreen(t, cloud.x, cloud.y);
      cloud.label.position.set(Math.round(p.x), Math.round(p.y + 4));
    }
  }
}

/** Where a pool acts: around its source neurons and the target boxes of projections whose rule names it. */
function placeCloud(world: SimWorld, layout: CircuitLayout, pool: number, diag: number): { x: number; y: number; radius: number } {
  const { modulators } = world;
  const name = modulators.names[pool];
  const points: Array<{ x: number; y: number }> = [];
  for (let k = modulators.sourceStart[pool]; k < modulators.sourceStart[pool + 1]; k++) {
    const index = modulators.sourceIds[k] - 1;
    points.push({ x: layout.x[index], y: layout.y[index] });
  }
  for (const projection of world.projections) {
    const spec = projection.plasticity as { modulator?: string; modulation?: Array<{ modulator: string }> };
    if (spec.modulator === name || spec.modulation?.some((m) => m.modulator === name)) {
      const box = layout.boxes[projection.to];
      points.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    }
  }
  if (points.length === 0) {
    // Nothing says where it acts: float it over the top of the circuit, one cloud beside the other.
    const radius = 0.14 * diag;
    return { x: layout.bounds.maxX - radius * (1 + 2 * pool), y: layout.bounds.minY + 0.5 * radius, radius };
  }
  const x = points.reduce((s, p) => s + p.x, 0) / points.length;
  const y = points.reduce((s, p) => s + p.y, 0) / points.length;
  const radius = Math.max(0.16 * diag, ...points.map((p) => Math.hypot(p.x - x, p.y - y) + 0.08 * diag));
  return { x, y, radius };
}

function formatLevel(level: number): string {
  if (level === 0) return '0';
  const abs = Math.abs(level);
  return (abs >= 100 || abs < 0.001 ? level.toExponential(2) : level.toPrecision(3)).replace('.', decimalMark());
}
