/**
 * The circuit view's synapse lines: a fixed sample of synapses drawn as thin lines coloured and
 * sized by weight (relative to a running reference per projection), and the full in/out synapses
 * of a selected neuron (or one selected synapse) drawn on top. Both are particle containers of
 * stretched white pixels, rebuilt a few times a second, on zoom and on selection changes. A click
 * picks the drawn line under it (synapseAt, synapseHit.ts).
 */
import { Particle, ParticleContainer, Texture } from 'pixi.js';
import { projectionIndexOfSynapse, type SimWorld } from '../../sim/world/world';
import type { CircuitLayout } from './circuitLayout';
import type { CircuitSelection } from './circuitSelection';
import { incomingColor, isInhibitory, lineWidthPx, outgoingColor, relativeStrength, scaleColor, synapseColor } from './synapseStyle';
import { nearestSynapse } from './synapseHit';
import { sampleSynapses } from './synapseSample';

export class SynapseLines {
  /** The drawn sample (synapse ids) and the projection of each. */
  readonly sample: Int32Array;
  readonly projectionOfSample: Int32Array;
  /** Per projection: the weight drawn at full strength (the rule's wMax, or the largest |w| seen). */
  readonly reference: Float64Array;
  readonly lines = new ParticleContainer({ texture: Texture.WHITE, dynamicProperties: { position: false, rotation: false, vertex: false, color: false } });
  readonly highlight = new ParticleContainer({ texture: Texture.WHITE, dynamicProperties: { position: false, rotation: false, vertex: false, color: false } });

  constructor(
    private readonly world: SimWorld,
    private readonly layout: CircuitLayout,
    synapseBudget: number,
    private readonly highlightBudget: number,
  ) {
    this.sample = sampleSynapses(world.projections, synapseBudget);
    this.projectionOfSample = Int32Array.from(this.sample, (s) => projectionIndexOfSynapse(world, s));
    this.reference = Float64Array.from(world.projections, (p) => initialReference(world, p.index));
  }

  /** Rebuilds both layers at the view's zoom `scale` (px per layout unit). */
  refresh(scale: number, selection: CircuitSelection | null): void {
    const { synapses } = this.world;
    for (let k = 0; k < this.sample.length; k++) {
      const w = Math.abs(synapses.weight[this.sample[k]]);
      const pr = this.projectionOfSample[k];
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
      const p = (children[used] as Particle | undefined) ?? newLine();
      this.placeLine(p, synapses.pre[s] - 1, synapses.post[s] - 1, (lineWidthPx(strength) * 0.6) / scale);
      p.tint = synapseColor(isInhibitory(synapses.receptor[s], synapses.weight[s]), strength);
      p.alpha = selection ? 0.05 : density * (0.12 + 0.33 * strength);
      children[used++] = p;
    }
    children.length = used;
    this.lines.update();
    this.refreshHighlight(scale, selection);
  }

  /** Mean relative strength of the drawn sample of one projection (for its bundle arrow). */
  meanStrength(projection: number): number {
    const { weight } = this.world.synapses;
    let sum = 0;
    let n = 0;
    for (let k = 0; k < this.sample.length; k++) {
      if (this.projectionOfSample[k] !== projection) continue;
      sum += relativeStrength(weight[this.sample[k]], this.reference[projection]);
      n++;
    }
    return n > 0 ? sum / n : 0;
  }

  private refreshHighlight(scale: number, selection: CircuitSelection | null): void {
    const { synapses } = this.world;
    const children = this.highlight.particleChildren;
    let used = 0;
    this.forEachHighlighted(selection, (s, color, widthScale) => {
      if (!synapses.active[s]) return;
      const strength = relativeStrength(synapses.weight[s], this.reference[projectionIndexOfSynapse(this.world, s)]);
      const p = (children[used] as Particle | undefined) ?? newLine();
      this.placeLine(p, synapses.pre[s] - 1, synapses.post[s] - 1, (widthScale * lineWidthPx(strength)) / scale);
      p.tint = scaleColor(color, 0.45 + 0.55 * strength);
      p.alpha = 0.9;
      children[used++] = p;
    });
    children.length = used;
    this.highlight.update();
  }

  /**
   * The drawn synapse nearest the layout point (x, y) within `reach` layout units, or −1: the
   * highlighted lines first (a selected neuron's synapses stand out, the sample is dimmed behind them),
   * then the sample.
   */
  synapseAt(x: number, y: number, reach: number, selection: CircuitSelection | null): number {
    const { synapses } = this.world;
    const ends = { pre: synapses.pre, post: synapses.post, x: this.layout.x, y: this.layout.y, active: synapses.active };
    const highlighted: number[] = [];
    this.forEachHighlighted(selection, (s) => highlighted.push(s));
    const hit = nearestSynapse(highlighted, ends, x, y, reach);
    return hit >= 0 ? hit : nearestSynapse(this.sample, ends, x, y, reach);
  }

  /** The synapses drawn on top for a selection: a neuron's incoming and outgoing ones (up to the budget), or the one synapse. */
  private forEachHighlighted(selection: CircuitSelection | null, visit: (synapseId: number, color: number, widthScale: number) => void): void {
    const { synapses } = this.world;
    if (selection?.kind === 'neuron') {
      const e = selection.eid;
      const inEnd = Math.min(synapses.inStart[e + 1], synapses.inStart[e] + this.highlightBudget);
      for (let k = synapses.inStart[e]; k < inEnd; k++) visit(synapses.inIds[k], incomingColor, 1);
      const outEnd = Math.min(synapses.outStart[e + 1], synapses.outStart[e] + this.highlightBudget);
      for (let k = synapses.outStart[e]; k < outEnd; k++) visit(synapses.outIds[k], outgoingColor, 1);
    } else if (selection?.kind === 'synapse') {
      visit(selection.synapseId, 0xffffff, 2);
    }
  }

  /** Stretches a 1-px texture from neuron `from` to neuron `to` (layout units). */
  private placeLine(p: Particle, from: number, to: number, widthWorld: number): void {
    const x0 = this.layout.x[from];
    const y0 = this.layout.y[from];
    const dx = this.layout.x[to] - x0;
    const dy = this.layout.y[to] - y0;
    p.x = x0;
    p.y = y0;
    p.rotation = Math.atan2(dy, dx);
    p.scaleX = Math.hypot(dx, dy) / Texture.WHITE.width;
    p.scaleY = widthWorld / Texture.WHITE.height;
  }
}

function newLine(): Particle {
  return new Particle({ texture: Texture.WHITE, anchorX: 0, anchorY: 0.5 });
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
