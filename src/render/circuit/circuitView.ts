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
 * as lines coloured and sized by weight (synapseLines.ts, synapseStyle.ts), with one bundle arrow per
 * projection (projectionBundles.ts); modulator pools glow with their level (modulatorClouds.ts).
 * Drag pans, the wheel zooms about the pointer, + / − keys zoom about the centre (circuitInput.ts;
 * zoomBy / resetView for buttons). A click selects the
 * neuron under the pointer (hit-tested in layout units, neuronHitIndex.ts) and highlights its
 * incoming (green) and outgoing (pink) synapses; a click on a drawn synapse line away from any neuron
 * selects that synapse (synapseHit.ts), ringing its pre (pink) and post (green) neurons.
 */
import { Container, Graphics, Particle, ParticleContainer, Rectangle, Text, type Texture } from 'pixi.js';
import type { Level } from '../../levels/schema/level';
import { populationLabel } from '../../levels/labels/populationLabels';
import type { SimWorld } from '../../sim/world/world';
import { plotColors, plotFont, populationColor } from '../palette';
import type { LevelScene, SceneFactory, SceneFrame } from '../scenes/levelScene';
import { CircuitInput, type PanZoomTarget } from './circuitInput';
import { layoutCircuit, type CircuitLayout, type LevelBox } from './circuitLayout';
import { validSelection, type CircuitSelection } from './circuitSelection';
import { dotTextureSize, makeDotTexture, makeGlowTexture } from './circuitTextures';
import { GroupLabels } from './groupLabels';
import { ModulatorClouds } from './modulatorClouds';
import { NeuronHitIndex } from './neuronHitIndex';
import { drawProjectionBundles } from './projectionBundles';
import { SynapseLines } from './synapseLines';
import { incomingColor, mixColor, outgoingColor, scaleColor } from './synapseStyle';
import { fitBounds, toLayout, toScreen, zoomAt, type ViewTransform } from './viewTransform';
import { t } from '../../i18n/messages';

export type { CircuitSelection } from './circuitSelection';

export interface CircuitViewOptions {
  /** Most synapses drawn as lines when nothing is selected (default 2500). */
  synapseBudget?: number;
  /** Most highlighted synapses per direction for a selected neuron (default 3000). */
  highlightBudget?: number;
}

/** Wall-time decay constant of a spike flash. */
export const flashTauMs = 100;
/** At most this much simulated time of spikes flashes in one frame (fast-forward covers more). */
const flashWindowMs = 100;
const refreshEveryMs = 250;
const fitMarginPx = 36;
const dimNeuron = 0.5;
const lesionedColor = 0x3a3f47;
/** How far from a synapse line a click still picks it (CSS px): lines are 0.6-4 px wide. */
const synapseReachPx = 6;

export const circuitViewScene: SceneFactory = (level, world) =>
  world.neurons.count > 0 ? new CircuitView(level, world) : null;

export class CircuitView implements LevelScene, PanZoomTarget {
  readonly root = new Container();
  readonly layout: CircuitLayout;
  /** ms spent in the last update() (for the frame-time benchmark). */
  lastUpdateMs = 0;

  private readonly worldLayer = new Container();
  private readonly overlay = new Container();
  private readonly boxes = new Graphics();
  private readonly bundles = new Graphics();
  private readonly marks = new Graphics();
  private readonly dots: ParticleContainer;
  private readonly dotTexture: Texture;
  private readonly glowTexture: Texture;
  private readonly neuronParticles: Particle[] = [];
  private readonly flash: Float32Array;
  private readonly baseColor: Uint32Array;
  private readonly dotSize: Float32Array;
  private readonly hitIndex: NeuronHitIndex;
  private readonly synapseLines: SynapseLines;
  private readonly clouds: ModulatorClouds;
  private readonly input: CircuitInput;
  private readonly labels: Text[] = [];
  private readonly groupLabels: GroupLabels;
  private readonly hint: Text;
  private readonly selectListeners: Array<(selection: CircuitSelection | null) => void> = [];
  private viewTransform: ViewTransform = { scale: 1, offsetX: 0, offsetY: 0 };
  private fitScaleValue = 1;
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

    this.dots = new ParticleContainer({ texture: this.dotTexture, dynamicProperties: { position: false, vertex: true, color: true } });
    for (let i = 0; i < n; i++) {
      const p = new Particle({ texture: this.dotTexture, x: this.layout.x[i], y: this.layout.y[i], anchorX: 0.5, anchorY: 0.5 });
      this.neuronParticles.push(p);
    }
    this.dots.particleChildren.push(...this.neuronParticles);
    this.dots.update();

    this.synapseLines = new SynapseLines(world, this.layout, options.synapseBudget ?? 2500, options.highlightBudget ?? 3000);
    this.clouds = new ModulatorClouds(world, this.layout, this.glowTexture, this.overlay);
    world.populations.forEach((p, i) => {
      const label = new Text({
        text: t('scene.circuitView.population', { name: populationLabel(level, p.name), count: String(p.count) }),
        // Outlined in the background colour so a label stays legible over another population's dots.
        style: { fontFamily: plotFont.family, fontSize: plotFont.labelSize, fill: populationColor(i), fontWeight: 'bold', stroke: { color: plotColors.background, width: 3 } },
      });
      label.resolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));
      label.anchor.set(0, 1);
      this.labels.push(label);
      this.overlay.addChild(label);
    });
    this.groupLabels = new GroupLabels(level, world, this.layout, this.overlay);
    this.hint = new Text({
      text: t('scene.circuitView.hint'),
      style: { fontFamily: plotFont.family, fontSize: plotFont.tickSize, fill: plotColors.tickLabel },
    });
    this.hint.anchor.set(0, 1);
    this.overlay.addChild(this.hint);

    // Clouds glow (additively) over the synapse lines but under the highlighted synapses and the dots.
    this.worldLayer.addChild(this.boxes, this.synapseLines.lines, this.clouds.layer, this.synapseLines.highlight, this.dots);
    this.overlay.addChild(this.bundles, this.marks);
    // Bundles sit under the labels but over the dots: re-order so labels stay on top.
    this.overlay.setChildIndex(this.bundles, 0);
    this.overlay.setChildIndex(this.marks, 1);
    this.root.addChild(this.worldLayer, this.overlay);
    this.drawBoxes();
    this.lastSpikeWritten = world.monitors.spikes.written;

    this.root.hitArea = new Rectangle(0, 0, 1, 1);
    this.input = new CircuitInput(this);
  }

  get transform(): ViewTransform {
    return this.viewTransform;
  }

  get fitScale(): number {
    return this.fitScaleValue;
  }

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

  /** A click: selects the neuron under the point, else the synapse line under it (or clears), and tells the listeners. */
  pickAt(x: number, y: number): void {
    const eid = this.neuronAt(x, y);
    const synapseId = eid === null ? this.synapseAt(x, y) : null;
    this.setSelection(eid !== null ? { kind: 'neuron', eid } : synapseId !== null ? { kind: 'synapse', synapseId } : null);
    for (const listener of this.selectListeners) listener(this.selection);
  }

  /** The drawn synapse line under a screen point (CSS px relative to root, within a few px), or null. */
  synapseAt(sx: number, sy: number): number | null {
    const p = toLayout(this.viewTransform, sx, sy);
    const id = this.synapseLines.synapseAt(p.x, p.y, synapseReachPx / this.viewTransform.scale, this.selection);
    return id < 0 ? null : id;
  }

  /** Screen position (CSS px, relative to root) of the middle of a synapse's line, e.g. for tests. */
  synapseScreenPosition(synapseId: number): { x: number; y: number } {
    const a = this.neuronScreenPosition(this.world.synapses.pre[synapseId]);
    const b = this.neuronScreenPosition(this.world.synapses.post[synapseId]);
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  }

  setTransform(transform: ViewTransform): void {
    this.viewTransform = transform;
    this.autoFit = false;
    this.transformDirty = true;
  }

  /** Zooms about the view's centre (buttons, keys). */
  zoomBy(factor: number): void {
    this.setTransform(zoomAt(this.viewTransform, factor, this.width / 2, this.height / 2, this.fitScaleValue));
  }

  /** Shows the whole circuit again. */
  resetView(): void {
    this.autoFit = true;
    this.fit();
  }

  /** Screen position (CSS px, relative to root) of a neuron, e.g. for tests and tooltips. */
  neuronScreenPosition(eid: number): { x: number; y: number } {
    return toScreen(this.viewTransform, this.layout.x[eid - 1], this.layout.y[eid - 1]);
  }

  /** The neuron eid under a screen point (CSS px relative to root), or null. */
  neuronAt(sx: number, sy: number): number | null {
    const p = toLayout(this.viewTransform, sx, sy);
    const index = this.hitIndex.nearest(p.x, p.y, 6 / this.viewTransform.scale);
    return index < 0 ? null : index + 1;
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.root.hitArea = new Rectangle(0, 0, width, height);
    if (this.autoFit) this.fit();
    this.fitScaleValue = fitBounds(this.layout.bounds, width, height, fitMarginPx).scale;
    this.hint.position.set(8, height - 6);
    this.transformDirty = true;
  }

  update(frame: SceneFrame): void {
    const began = performance.now();
    this.readSpikes(frame);
    this.drawNeurons(frame.deltaMs);
    this.clouds.update(frame.deltaMs);
    this.sinceRefreshMs += frame.deltaMs;
    if (this.transformDirty) this.applyTransform();
    if (this.linesDirty || this.sinceRefreshMs >= refreshEveryMs) {
      this.sinceRefreshMs = 0;
      this.synapseLines.refresh(this.viewTransform.scale, this.selection);
      drawProjectionBundles(this.bundles, this.world, this.layout, this.viewTransform, (pr) => this.synapseLines.meanStrength(pr));
      this.linesDirty = false;
    }
    this.drawMarks();
    this.lastUpdateMs = performance.now() - began;
  }

  destroy(): void {
    this.input.destroy();
    this.root.removeAllListeners();
    // context: each Graphics owns its context, which Pixi 8 keeps in the renderer unless destroyed with it.
    this.root.destroy({ children: true, context: true });
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
    const minWorld = 2.2 / this.viewTransform.scale;
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

  private drawBoxes(): void {
    const g = this.boxes.clear();
    this.layout.boxes.forEach((box, i) => {
      const pad = box.dotSize;
      g.roundRect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad, pad)
        .fill({ color: populationColor(i), alpha: 0.06 });
    });
  }

  private fit(): void {
    this.viewTransform = fitBounds(this.layout.bounds, this.width, this.height, fitMarginPx);
    this.fitScaleValue = this.viewTransform.scale;
    this.transformDirty = true;
  }

  private applyTransform(): void {
    const t = this.viewTransform;
    this.worldLayer.scale.set(t.scale);
    this.worldLayer.position.set(t.offsetX, t.offsetY);
    this.layout.boxes.forEach((box, i) => {
      const p = toScreen(t, box.x - box.dotSize, box.y - box.dotSize);
      this.labels[i].position.set(Math.round(p.x), Math.round(p.y - 3));
    });
    this.groupLabels.place(t);
    this.clouds.placeLabels(t);
    this.transformDirty = false;
    this.linesDirty = true;
    this.neuronsDirty = true;
  }

  /** Rings around the selected neuron (or a selected synapse's two neurons), in screen space. */
  private drawMarks(): void {
    const g = this.marks.clear();
    const sel = this.selection;
    if (!sel) return;
    const ring = (eid: number, color: number): void => {
      const p = this.neuronScreenPosition(eid);
      const r = Math.max(7, (this.dotSize[eid - 1] * this.viewTransform.scale) / 2 + 4);
      g.circle(p.x, p.y, r).stroke({ width: 2, color });
    };
    if (sel.kind === 'neuron') ring(sel.eid, 0xffffff);
    else {
      ring(this.world.synapses.pre[sel.synapseId], outgoingColor);
      ring(this.world.synapses.post[sel.synapseId], incomingColor);
    }
  }
}
