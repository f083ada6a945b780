/**
 * The circuit view: a generic scene for every level. Wiring (src/app): it is a SceneFactory,
 *
 *   const scene = circuitViewScene(level, world);           // a CircuitView, or null (no neurons)
 *   app.stage.addChild(scene.root); scene.resize(w, h);      // then scene.update(frame) every frame
 *   scene.onSelect((sel) => inspector.show(world, sel));     // sel: { kind: 'neuron', eid } | { kind: 'synapse', synapseId } | null
 *   inspector.onSelect((sel) => scene.setSelection(sel));    // keyboard picks in the inspector panel
 *
 * Populations are laid out as the level says (or automatically, circuitLayout.ts); neurons are
 * particles that flash for ~100 ms of wall time when they spike; a fixed sample of synapses is drawn
 * as lines coloured and sized by weight (synapseStyle.ts), with one bundle arrow per projection;
 * modulator pools glow with their level (modulatorGlow.ts). Drag pans, the wheel zooms about the
 * pointer, + / − keys zoom about the centre (zoomBy / resetView for buttons). A click selects the
 * neuron under the pointer (hit-tested in layout units, neuronHitIndex.ts) and highlights its
 * incoming (green) and outgoing (pink) synapses.
 */
import { Container, Graphics, Particle, ParticleContainer, Rectangle, Sprite, Text, Texture, type FederatedPointerEvent, type FederatedWheelEvent } from 'pixi.js';
import type { Level } from '../../levels/schema/level';
import type { SimWorld } from '../../sim/world/world';
import { plotColors, plotFont, populationColor } from '../palette';
import type { LevelScene, SceneFactory, SceneFrame } from '../scenes/levelScene';
import { layoutCircuit, type CircuitLayout, type LevelBox } from './circuitLayout';
import { dotTextureSize, glowTextureSize, makeDotTexture, makeGlowTexture } from './circuitTextures';
import { excursion, glowStyle, kindColors, nextReference } from './modulatorGlow';
import { NeuronHitIndex } from './neuronHitIndex';
import { incomingColor, isInhibitory, lineWidthPx, mixColor, outgoingColor, relativeStrength, scaleColor, synapseColor } from './synapseStyle';
import { sampleSynapses } from './synapseSample';
import { fitBounds, toLayout, toScreen, zoomAt, type ViewTransform } from './viewTransform';

export type CircuitSelection = { kind: 'neuron'; eid: number } | { kind: 'synapse'; synapseId: number };

export interface CircuitViewOptions {
  /** Most synapses drawn as lines when nothing is selected (default 2500). */
  synapseBudget?: number;
  /** Most highlighted synapses per direction for a selected neuron (default 3000). */
  highlightBudget?: number;
  /** Listen for + / − on the window (default true). */
  keyboard?: boolean;
}

/** Wall-time decay constant of a spike flash. */
export const flashTauMs = 100;
/** At most this much simulated time of spikes flashes in one frame (fast-forward covers more). */
const flashWindowMs = 100;
const refreshEveryMs = 250;
const fitMarginPx = 36;
const dimNeuron = 0.5;
const lesionedColor = 0x3a3f47;

export const circuitViewScene: SceneFactory = (level, world) =>
  world.neurons.count > 0 ? new CircuitView(level, world) : null;

export class CircuitView implements LevelScene {
  readonly root = new Container();
  readonly layout: CircuitLayout;
  /** ms spent in the last update() (for the frame-time benchmark). */
  lastUpdateMs = 0;

  private readonly worldLayer = new Container();
  private readonly overlay = new Container();
  private readonly cloudLayer = new Container();
  private readonly boxes = new Graphics();
  private readonly bundles = new Graphics();
  private readonly marks = new Graphics();
  private readonly lines: ParticleContainer;
  private readonly highlight: ParticleContainer;
  private readonly dots: ParticleContainer;
  private readonly dotTexture: Texture;
  private readonly glowTexture: Texture;
  private readonly neuronParticles: Particle[] = [];
  private readonly flash: Float32Array;
  private readonly baseColor: Uint32Array;
  private readonly dotSize: Float32Array;
  private readonly hitIndex: NeuronHitIndex;
  private readonly sample: Int32Array;
  private readonly projectionOfSample: Int32Array;
  private readonly reference: Float64Array;
  private readonly labels: Text[] = [];
  private readonly clouds: { sprite: Sprite; label: Text; x: number; y: number; radius: number; reference: number }[] = [];
  private readonly hint: Text;
  private readonly selectListeners: Array<(selection: CircuitSelection | null) => void> = [];
  private readonly keyHandler: ((event: KeyboardEvent) => void) | null = null;
  private transform: ViewTransform = { scale: 1, offsetX: 0, offsetY: 0 };
  private fitScale = 1;
  private autoFit = true;
  private width = 0;
  private height = 0;
  private transformDirty = true;
  private neuronsDirty = true;
  private lesionedSeen = -1;
  private linesDirty = true;
  private sinceRefreshMs = Infinity;
  private lastSpikeWritten = 0;
  private selection: CircuitSelection | null = null;
  private hovering = false;
  private guardedCanvas: HTMLCanvasElement | null = null;
  private drag: { x: number; y: number; offsetX: number; offsetY: number; moved: boolean } | null = null;

  constructor(level: Level | null, private readonly world: SimWorld, options: CircuitViewOptions = {}) {
    const n = world.neurons.count;
    const levelPopulations = level?.populations ?? [];
    this.layout = layoutCircuit({
      populations: world.populations,
      projections: world.projections,
      levelBoxes: world.populations.map((p) => (levelPopulations.find((lp) => lp.id === p.name)?.layout as LevelBox | undefined) ?? null),
      neuronX: world.neurons.x,
      neuronY: world.neurons.y,
    });
    this.dotTexture = makeDotTexture();
    this.glowTexture = makeGlowTexture();
    this.flash = new Float32Array(n);
    this.baseColor = new Uint32Array(n);
    this.dotSize = new Float32Array(n);
    world.populations.forEach((p, i) => {
      const color = scaleColor(populationColor(i), dimNeuron);
      this.baseColor.fill(color, p.firstIndex, p.firstIndex + p.count);
      this.dotSize.fill(this.layout.boxes[i].dotSize, p.firstIndex, p.firstIndex + p.count);
    });
    const radius = this.dotSize.map((d) => d / 2);
    this.hitIndex = new NeuronHitIndex(this.layout.x, this.layout.y, radius);

    this.lines = new ParticleContainer({ texture: Texture.WHITE, dynamicProperties: { position: false, rotation: false, vertex: false, color: false } });
    this.highlight = new ParticleContainer({ texture: Texture.WHITE, dynamicProperties: { position: false, rotation: false, vertex: false, color: false } });
    this.dots = new ParticleContainer({ texture: this.dotTexture, dynamicProperties: { position: false, vertex: true, color: true } });
    for (let i = 0; i < n; i++) {
      const p = new Particle({ texture: this.dotTexture, x: this.layout.x[i], y: this.layout.y[i], anchorX: 0.5, anchorY: 0.5 });
      this.neuronParticles.push(p);
    }
    this.dots.particleChildren.push(...this.neuronParticles);
    this.dots.update();

    this.sample = sampleSynapses(world.projections, options.synapseBudget ?? 2500);
    this.projectionOfSample = Int32Array.from(this.sample, (s) => projectionOfSynapse(world, s));
    this.reference = Float64Array.from(world.projections, (p) => initialReference(world, p.index));
    this.highlightBudget = options.highlightBudget ?? 3000;

    this.makeClouds();
    world.populations.forEach((p, i) => {
      const label = new Text({
        text: `${p.name} (${p.count})`,
        // Outlined in the background colour so a label stays legible over another population's dots.
        style: { fontFamily: plotFont.family, fontSize: plotFont.labelSize, fill: populationColor(i), fontWeight: 'bold', stroke: { color: plotColors.background, width: 3 } },
      });
      label.resolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));
      label.anchor.set(0, 1);
      this.labels.push(label);
      this.overlay.addChild(label);
    });
    this.hint = new Text({
      text: 'drag to pan · wheel or + / − to zoom · click a neuron to inspect',
      style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: plotColors.tickLabel },
    });
    this.hint.anchor.set(0, 1);
    this.overlay.addChild(this.hint);

    // Clouds glow (additively) over the synapse lines but under the highlighted synapses and the dots.
    this.worldLayer.addChild(this.boxes, this.lines, this.cloudLayer, this.highlight, this.dots);
    this.overlay.addChild(this.bundles, this.marks);
    // Bundles sit under the labels but over the dots: re-order so labels stay on top.
    this.overlay.setChildIndex(this.bundles, 0);
    this.overlay.setChildIndex(this.marks, 1);
    this.root.addChild(this.worldLayer, this.overlay);
    this.drawBoxes();
    this.lastSpikeWritten = world.monitors.spikes.written;

    this.root.eventMode = 'static';
    this.root.cursor = 'grab';
    this.root.hitArea = new Rectangle(0, 0, 1, 1);
    this.root.on('pointerdown', this.onPointerDown);
    this.root.on('globalpointermove', this.onPointerMove);
    this.root.on('pointerup', this.onPointerUp);
    this.root.on('pointerupoutside', this.onPointerCancel);
    this.root.on('wheel', this.onWheel);
    this.root.on('pointerover', this.onPointerOver);
    this.root.on('pointerout', this.onPointerOut);
    if (options.keyboard !== false && typeof window !== 'undefined') {
      this.keyHandler = (event: KeyboardEvent) => this.onKey(event);
      window.addEventListener('keydown', this.keyHandler);
    }
  }

  private readonly highlightBudget: number;

  /** Calls `listener` whenever the player selects (or clears) a neuron or synapse in the view. */
  onSelect(listener: (selection: CircuitSelection | null) => void): () => void {
    this.selectListeners.push(listener);
    return () => {
      const i = this.selectListeners.indexOf(listener);
      if (i >= 0) this.selectListeners.splice(i, 1);
    };
  }

  /** Selects a neuron by eid (null clears) without notifying listeners (the caller already knows). */
  select(neuronEid: number | null): void {
    this.setSelection(neuronEid === null ? null : { kind: 'neuron', eid: neuronEid });
  }

  /** Selects a neuron or a synapse (null clears) without notifying listeners. */
  setSelection(selection: CircuitSelection | null): void {
    this.selection = validSelection(this.world, selection);
    this.linesDirty = true;
  }

  get currentSelection(): CircuitSelection | null {
    return this.selection;
  }

  /** Zooms about the view's centre (buttons, keys). */
  zoomBy(factor: number): void {
    this.transform = zoomAt(this.transform, factor, this.width / 2, this.height / 2, this.fitScale);
    this.autoFit = false;
    this.transformDirty = true;
  }

  /** Shows the whole circuit again. */
  resetView(): void {
    this.autoFit = true;
    this.fit();
  }

  /** Screen position (CSS px, relative to root) of a neuron, e.g. for tests and tooltips. */
  neuronScreenPosition(eid: number): { x: number; y: number } {
    return toScreen(this.transform, this.layout.x[eid - 1], this.layout.y[eid - 1]);
  }

  /** The neuron eid under a screen point (CSS px relative to root), or null. */
  neuronAt(sx: number, sy: number): number | null {
    const p = toLayout(this.transform, sx, sy);
    const index = this.hitIndex.nearest(p.x, p.y, 6 / this.transform.scale);
    return index < 0 ? null : index + 1;
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.root.hitArea = new Rectangle(0, 0, width, height);
    if (this.autoFit) this.fit();
    this.fitScale = fitBounds(this.layout.bounds, width, height, fitMarginPx).scale;
    this.hint.position.set(8, height - 6);
    this.transformDirty = true;
  }

  update(frame: SceneFrame): void {
    const began = performance.now();
    this.readSpikes(frame);
    this.drawNeurons(frame.deltaMs);
    this.updateClouds(frame.deltaMs);
    this.sinceRefreshMs += frame.deltaMs;
    if (this.transformDirty) this.applyTransform();
    if (this.linesDirty || this.sinceRefreshMs >= refreshEveryMs) {
      this.sinceRefreshMs = 0;
      this.refreshSynapses();
    }
    this.drawMarks();
    this.lastUpdateMs = performance.now() - began;
  }

  destroy(): void {
    if (this.keyHandler) window.removeEventListener('keydown', this.keyHandler);
    this.guardedCanvas?.removeEventListener('wheel', this.wheelGuard);
    this.root.removeAllListeners();
    this.root.destroy({ children: true });
    this.dotTexture.destroy(true);
    this.glowTexture.destroy(true);
    this.selectListeners.length = 0;
  }

  // ── drawing ────────────────────────────────────────────────────────────────────────────────

  /** Marks every neuron that spiked since the last frame (at most the last flashWindowMs of sim time). */
  private readSpikes(frame: SceneFrame): void {
    const ring = this.world.monitors.spikes;
    const written = ring.written;
    // A restored snapshot can move the ring back: start again from where it is now.
    if (written < this.lastSpikeWritten) this.lastSpikeWritten = written;
    const oldest = Math.max(this.lastSpikeWritten, written - ring.capacity);
    const firstTick = frame.tick - flashWindowMs / this.world.dtMs;
    const n = this.flash.length;
    for (let k = written - 1; k >= oldest; k--) {
      const slot = k % ring.capacity;
      if (ring.ticks[slot] < firstTick) break;
      const neuron = ring.neurons[slot];
      // A spike from earlier in a long frame starts part-faded, as if it had flashed on time
      // (simulated age; at normal speed that is the wall-clock age).
      const f = Math.exp(-((frame.tick - ring.ticks[slot]) * this.world.dtMs) / flashTauMs);
      if (neuron >= 0 && neuron < n && f > this.flash[neuron]) this.flash[neuron] = f;
    }
    this.lastSpikeWritten = written;
  }

  /**
   * Only flashing neurons are touched each frame; all of them are re-sized when the zoom changes
   * (dots keep a minimum size on screen) and re-tinted when a lesion changes.
   */
  private drawNeurons(deltaMs: number): void {
    const decay = Math.exp(-Math.max(0, deltaMs) / flashTauMs);
    const flash = this.flash;
    const particles = this.neuronParticles;
    const lesioned = this.world.neurons.lesioned;
    const minWorld = 2.2 / this.transform.scale;
    const texScale = 1 / dotTextureSize;
    const all = this.neuronsDirty || this.world.neurons.lesionedCount[0] !== this.lesionedSeen;
    this.lesionedSeen = this.world.neurons.lesionedCount[0];
    this.neuronsDirty = false;
    for (let i = 0; i < flash.length; i++) {
      if (flash[i] === 0 && !all) continue;
      // Below 1 % a flash is invisible: draw the base look now and stop touching the neuron.
      const next = flash[i] * decay;
      const f = next < 0.01 ? 0 : flash[i];
      flash[i] = f === 0 ? 0 : next;
      const p = particles[i];
      const size = Math.max(this.dotSize[i], minWorld) * texScale * (1 + 0.45 * f);
      p.scaleX = size;
      p.scaleY = size;
      p.tint = lesioned[i + 1] ? lesionedColor : f > 0 ? mixColor(this.baseColor[i], 0xffffff, f) : this.baseColor[i];
    }
  }

  private makeClouds(): void {
    const { modulators } = this.world;
    const b = this.layout.bounds;
    const diag = Math.hypot(b.maxX - b.minX, b.maxY - b.minY);
    for (let pool = 0; pool < modulators.count; pool++) {
      const name = modulators.names[pool];
      const points: Array<{ x: number; y: number }> = [];
      for (let k = modulators.sourceStart[pool]; k < modulators.sourceStart[pool + 1]; k++) {
        const index = modulators.sourceIds[k] - 1;
        points.push({ x: this.layout.x[index], y: this.layout.y[index] });
      }
      // Where the modulator acts: the target boxes of projections whose rule names it.
      for (const projection of this.world.projections) {
        const spec = projection.plasticity as { modulator?: string; modulation?: Array<{ modulator: string }> };
        if (spec.modulator === name || spec.modulation?.some((m) => m.modulator === name)) {
          const box = this.layout.boxes[projection.to];
          points.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
        }
      }
      let x: number;
      let y: number;
      let radius: number;
      if (points.length > 0) {
        x = points.reduce((s, p) => s + p.x, 0) / points.length;
        y = points.reduce((s, p) => s + p.y, 0) / points.length;
        radius = Math.max(0.16 * diag, ...points.map((p) => Math.hypot(p.x - x, p.y - y) + 0.08 * diag));
      } else {
        // Nothing says where it acts: float it over the top of the circuit, one cloud beside the other.
        radius = 0.14 * diag;
        x = b.maxX - radius * (1 + 2 * pool);
        y = b.minY + 0.5 * radius;
      }
      const sprite = new Sprite(this.glowTexture);
      sprite.anchor.set(0.5);
      sprite.tint = kindColors[modulators.kind[pool]] ?? 0xffffff;
      sprite.position.set(x, y);
      sprite.blendMode = 'add';
      this.cloudLayer.addChild(sprite);
      const label = new Text({
        text: name,
        style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: kindColors[modulators.kind[pool]] ?? 0xffffff, stroke: { color: plotColors.background, width: 3 } },
      });
      label.resolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));
      label.anchor.set(0.5, 0);
      this.overlay.addChild(label);
      this.clouds.push({ sprite, label, x, y, radius, reference: Math.abs(modulators.baseline[pool]) });
    }
  }

  private updateClouds(deltaMs: number): void {
    const { modulators } = this.world;
    this.clouds.forEach((cloud, pool) => {
      const level = modulators.level[pool];
      const baseline = modulators.baseline[pool];
      cloud.reference = nextReference(cloud.reference, level, baseline, deltaMs);
      const style = glowStyle(excursion(level, baseline, cloud.reference));
      cloud.sprite.alpha = style.alpha;
      const size = (2 * cloud.radius * style.scale) / glowTextureSize;
      cloud.sprite.scale.set(size);
      const text = `${modulators.names[pool]} ${formatLevel(level)}`;
      if (cloud.label.text !== text) cloud.label.text = text;
    });
  }

  private drawBoxes(): void {
    const g = this.boxes.clear();
    this.layout.boxes.forEach((box, i) => {
      const pad = box.dotSize;
      g.roundRect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad, pad)
        .fill({ color: populationColor(i), alpha: 0.06 });
    });
  }

  private fit(): void {
    this.transform = fitBounds(this.layout.bounds, this.width, this.height, fitMarginPx);
    this.fitScale = this.transform.scale;
    this.transformDirty = true;
  }

  private applyTransform(): void {
    const t = this.transform;
    this.worldLayer.scale.set(t.scale);
    this.worldLayer.position.set(t.offsetX, t.offsetY);
    this.layout.boxes.forEach((box, i) => {
      const p = toScreen(t, box.x - box.dotSize, box.y - box.dotSize);
      this.labels[i].position.set(Math.round(p.x), Math.round(p.y - 3));
    });
    for (const cloud of this.clouds) {
      const p = toScreen(t, cloud.x, cloud.y);
      cloud.label.position.set(Math.round(p.x), Math.round(p.y + 4));
    }
    this.transformDirty = false;
    this.linesDirty = true;
    this.neuronsDirty = true;
  }

  /** Rebuilds the synapse lines (weights change, zoom changes line widths, selection changes). */
  private refreshSynapses(): void {
    const { synapses } = this.world;
    const scale = this.transform.scale;
    const texW = Texture.WHITE.width;
    const texH = Texture.WHITE.height;
    const selected = this.selection !== null;
    // Running reference per projection: its rule's wMax, or the largest |w| seen so far.
    for (let k = 0; k < this.sample.length; k++) {
      const s = this.sample[k];
      const pr = this.projectionOfSample[k];
      const w = Math.abs(synapses.weight[s]);
      if (w > this.reference[pr]) this.reference[pr] = w;
    }
    const children = this.lines.particleChildren;
    // Many overlapping lines saturate into a solid sheet: thin them out as the sample grows.
    const density = Math.min(1, Math.max(0.35, Math.sqrt(800 / Math.max(1, this.sample.length))));
    let used = 0;
    for (let k = 0; k < this.sample.length; k++) {
      const s = this.sample[k];
      if (!synapses.active[s]) continue;
      const strength = relativeStrength(synapses.weight[s], this.reference[this.projectionOfSample[k]]);
      const color = synapseColor(isInhibitory(synapses.receptor[s], synapses.weight[s]), strength);
      const p = (children[used] as Particle | undefined) ?? new Particle({ texture: Texture.WHITE, anchorX: 0, anchorY: 0.5 });
      this.placeLine(p, synapses.pre[s] - 1, synapses.post[s] - 1, (lineWidthPx(strength) * 0.6) / scale, texW, texH);
      p.tint = color;
      p.alpha = selected ? 0.05 : density * (0.12 + 0.33 * strength);
      children[used++] = p;
    }
    children.length = used;
    this.lines.update();
    this.refreshHighlight(texW, texH);
    this.drawBundles();
    this.linesDirty = false;
  }

  private refreshHighlight(texW: number, texH: number): void {
    const { synapses } = this.world;
    const children = this.highlight.particleChildren;
    let used = 0;
    const add = (s: number, color: number, widthScale: number): void => {
      if (!synapses.active[s]) return;
      const strength = relativeStrength(synapses.weight[s], this.reference[projectionOfSynapse(this.world, s)]);
      const p = (children[used] as Particle | undefined) ?? new Particle({ texture: Texture.WHITE, anchorX: 0, anchorY: 0.5 });
      this.placeLine(p, synapses.pre[s] - 1, synapses.post[s] - 1, (widthScale * lineWidthPx(strength)) / this.transform.scale, texW, texH);
      p.tint = scaleColor(color, 0.45 + 0.55 * strength);
      p.alpha = 0.9;
      children[used++] = p;
    };
    const sel = this.selection;
    if (sel?.kind === 'neuron') {
      const e = sel.eid;
      const inEnd = Math.min(synapses.inStart[e + 1], synapses.inStart[e] + this.highlightBudget);
      for (let k = synapses.inStart[e]; k < inEnd; k++) add(synapses.inIds[k], incomingColor, 1);
      const outEnd = Math.min(synapses.outStart[e + 1], synapses.outStart[e] + this.highlightBudget);
      for (let k = synapses.outStart[e]; k < outEnd; k++) add(synapses.outIds[k], outgoingColor, 1);
    } else if (sel?.kind === 'synapse') {
      add(sel.synapseId, 0xffffff, 2);
    }
    children.length = used;
    this.highlight.update();
  }

  private placeLine(p: Particle, from: number, to: number, widthWorld: number, texW: number, texH: number): void {
    const x0 = this.layout.x[from];
    const y0 = this.layout.y[from];
    const dx = this.layout.x[to] - x0;
    const dy = this.layout.y[to] - y0;
    p.x = x0;
    p.y = y0;
    p.rotation = Math.atan2(dy, dx);
    p.scaleX = Math.hypot(dx, dy) / texW;
    p.scaleY = widthWorld / texH;
  }

  /** One arrow per projection between population boxes (screen space), width by synapse count. */
  private drawBundles(): void {
    const g = this.bundles.clear();
    const { synapses } = this.world;
    const t = this.transform;
    for (const pr of this.world.projections) {
      if (pr.count === 0) continue;
      const from = this.layout.boxes[pr.from];
      const to = this.layout.boxes[pr.to];
      // Mean strength over the drawn sample of this projection.
      let sum = 0;
      let n = 0;
      for (let k = 0; k < this.sample.length; k++) {
        if (this.projectionOfSample[k] !== pr.index) continue;
        sum += relativeStrength(synapses.weight[this.sample[k]], this.reference[pr.index]);
        n++;
      }
      const strength = n > 0 ? sum / n : 0;
      const inhibitory = pr.receptor === 1;
      const color = synapseColor(inhibitory, Math.max(0.5, strength));
      const width = 1.5 + Math.min(6, Math.log10(1 + pr.count));
      const a = toScreen(t, from.x + from.width / 2, from.y + from.height / 2);
      const b = toScreen(t, to.x + to.width / 2, to.y + to.height / 2);
      if (pr.from === pr.to) {
        // A recurrent projection: a loop over the box's top-right corner.
        const corner = toScreen(t, from.x + from.width, from.y);
        const r = 14 + 3 * pr.index;
        g.moveTo(corner.x - r, corner.y).bezierCurveTo(corner.x - r, corner.y - 2 * r, corner.x + 2 * r, corner.y + r, corner.x, corner.y + r);
        g.stroke({ width, color, alpha: 0.55 });
        continue;
      }
      const mx = (a.x + b.x) / 2;
      const my = (a.y + b.y) / 2;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.max(1, Math.hypot(dx, dy));
      // Bend to the right of the direction of travel, so A→B and B→A do not overlap.
      const cx = mx - (dy / len) * 0.15 * len;
      const cy = my + (dx / len) * 0.15 * len;
      g.moveTo(a.x, a.y).quadraticCurveTo(cx, cy, b.x, b.y).stroke({ width, color, alpha: 0.45 });
      // Arrowhead at the middle of the curve, pointing along it.
      const hx = 0.25 * a.x + 0.5 * cx + 0.25 * b.x;
      const hy = 0.25 * a.y + 0.5 * cy + 0.25 * b.y;
      const ux = (b.x - a.x) / len;
      const uy = (b.y - a.y) / len;
      const s = 5 + width;
      g.poly([hx + ux * s, hy + uy * s, hx - ux * s - uy * s * 0.7, hy - uy * s + ux * s * 0.7, hx - ux * s + uy * s * 0.7, hy - uy * s - ux * s * 0.7])
        .fill({ color, alpha: 0.8 });
    }
  }

  /** Rings around the selected neuron (or a selected synapse's two neurons), in screen space. */
  private drawMarks(): void {
    const g = this.marks.clear();
    const sel = this.selection;
    if (!sel) return;
    const ring = (eid: number, color: number): void => {
      const p = this.neuronScreenPosition(eid);
      const r = Math.max(7, (this.dotSize[eid - 1] * this.transform.scale) / 2 + 4);
      g.circle(p.x, p.y, r).stroke({ width: 2, color });
    };
    if (sel.kind === 'neuron') ring(sel.eid, 0xffffff);
    else {
      ring(this.world.synapses.pre[sel.synapseId], outgoingColor);
      ring(this.world.synapses.post[sel.synapseId], incomingColor);
    }
  }

  // ── input ──────────────────────────────────────────────────────────────────────────────────

  private readonly onPointerDown = (event: FederatedPointerEvent): void => {
    const p = this.root.toLocal(event.global);
    this.drag = { x: p.x, y: p.y, offsetX: this.transform.offsetX, offsetY: this.transform.offsetY, moved: false };
    this.root.cursor = 'grabbing';
  };

  private readonly onPointerMove = (event: FederatedPointerEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    const p = this.root.toLocal(event.global);
    if (!drag.moved && Math.hypot(p.x - drag.x, p.y - drag.y) < 4) return;
    drag.moved = true;
    this.autoFit = false;
    this.transform = { scale: this.transform.scale, offsetX: drag.offsetX + p.x - drag.x, offsetY: drag.offsetY + p.y - drag.y };
    this.transformDirty = true;
  };

  private readonly onPointerUp = (event: FederatedPointerEvent): void => {
    const drag = this.drag;
    this.drag = null;
    this.root.cursor = 'grab';
    if (!drag || drag.moved) return;
    const p = this.root.toLocal(event.global);
    const eid = this.neuronAt(p.x, p.y);
    this.setSelection(eid === null ? null : { kind: 'neuron', eid });
    for (const listener of this.selectListeners) listener(this.selection);
  };

  private readonly onPointerCancel = (): void => {
    this.drag = null;
    this.root.cursor = 'grab';
  };

  /**
   * Pixi listens for wheel events passively, so the page would scroll while the wheel zooms. The
   * first time the pointer enters the view, add a non-passive listener on its canvas that stops
   * the page scrolling while the pointer is over this view.
   */
  private readonly onPointerOver = (event: FederatedPointerEvent): void => {
    this.hovering = true;
    const target = event.nativeEvent?.target;
    if (!this.guardedCanvas && typeof HTMLCanvasElement !== 'undefined' && target instanceof HTMLCanvasElement) {
      this.guardedCanvas = target;
      target.addEventListener('wheel', this.wheelGuard, { passive: false });
    }
  };

  private readonly onPointerOut = (): void => {
    this.hovering = false;
  };

  private readonly wheelGuard = (event: WheelEvent): void => {
    if (this.hovering && this.root.visible && this.root.parent) event.preventDefault();
  };

  private readonly onWheel = (event: FederatedWheelEvent): void => {
    const p = this.root.toLocal(event.global);
    // deltaMode 1 is lines (Firefox); about 16 px per line.
    const deltaPx = event.deltaY * (event.deltaMode === 1 ? 16 : 1);
    this.transform = zoomAt(this.transform, Math.exp(-deltaPx * 0.0015), p.x, p.y, this.fitScale);
    this.autoFit = false;
    this.transformDirty = true;
  };

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    if (!this.root.visible || !this.root.parent) return;
    if (event.key === '+' || event.key === '=') this.zoomBy(1.25);
    else if (event.key === '-' || event.key === '_') this.zoomBy(0.8);
  }
}

/** The projection that owns synapse id `s` (projections own contiguous, ascending id ranges). */
export function projectionOfSynapse(world: SimWorld, s: number): number {
  const list = world.projections;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].firstSynapse <= s) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rule's wMax when it has one, else the largest |weight| in the projection now. */
function initialReference(world: SimWorld, projection: number): number {
  const pr = world.projections[projection];
  const wMax = (pr.plasticity as { wMax?: number }).wMax;
  if (typeof wMax === 'number' && wMax > 0) return wMax;
  let max = 0;
  const w = world.synapses.weight;
  for (let s = pr.firstSynapse; s < pr.firstSynapse + pr.count; s++) max = Math.max(max, Math.abs(w[s]));
  return max;
}

function validSelection(world: SimWorld, selection: CircuitSelection | null): CircuitSelection | null {
  if (!selection) return null;
  if (selection.kind === 'neuron') return Number.isInteger(selection.eid) && selection.eid >= 1 && selection.eid <= world.neurons.count ? selection : null;
  return Number.isInteger(selection.synapseId) && selection.synapseId >= 0 && selection.synapseId < world.synapses.count ? selection : null;
}

function formatLevel(level: number): string {
  if (level === 0) return '0';
  const abs = Math.abs(level);
  return abs >= 100 || abs < 0.001 ? level.toExponential(2) : level.toPrecision(3);
}
