/**
 * The eye of the eyeblink scene, drawn in Pixi: an almond-shaped eye whose upper lid comes down
 * with the model's eyelid closure (0 open … 1 closed), a speaker that lights up while a conditioned
 * stimulus is on (labelled with the CSs' names: the ones on now, or all of them while none is), and a nozzle that blows puff particles at the eye when the air puff (the US) comes.
 * Geometry only; the scene decides what to show.
 */
import { Container, Graphics, Text } from 'pixi.js';
import { plotFont } from '../../palette';
import { t } from '../../../i18n/messages';
import { stimulusLabel } from '../../../levels/labels/stimulusLabel';

const skin = 0xc9a27e;
const skinShadow = 0x9c7657;
const lash = 0x2b1d14;
const sclera = 0xf4f1ea;
const iris = 0x4b7bb0;
const toneOn = 0xf0e442;
const toneOff = 0x4a5563;
const puffColor = 0xdff3ff;

interface PuffParticle {
  x: number; y: number; vx: number; vy: number; ageMs: number; lifeMs: number; r: number;
}

export class EyeView {
  readonly container = new Container();
  private readonly face = new Graphics();
  private readonly eyeball = new Graphics();
  private readonly eyeMask = new Graphics();
  private readonly lid = new Graphics();
  private readonly speaker = new Graphics();
  private readonly nozzle = new Graphics();
  private readonly puffs = new Graphics();
  private readonly toneLabel: Text;
  private readonly puffLabel: Text;
  private particles: PuffParticle[] = [];
  private cx = 0; private cy = 0; private a = 60; private b = 30;
  private lastClosure = -1;
  private lastTone = -1;
  private wavePhase = 0;
  /** The speaker's label for each set of CSs on (bit c: CS c), made once per set. */
  private readonly csLabels = new Map<number, string>();
  private lastCsMask = -1;

  /** `csNames`: the circuit's CS ids, in its order. */
  constructor(private readonly csNames: readonly string[] = ['tone']) {
    const style = { fontFamily: plotFont.family, fontSize: plotFont.labelSize, fill: 0xe3e8ef };
    this.toneLabel = new Text({ text: this.csLabelFor(0), style });
    this.puffLabel = new Text({ text: t('scene.eyeblink.airPuff'), style });
    this.toneLabel.anchor.set(0.5, 0);
    this.puffLabel.anchor.set(0.5, 0);
    this.eyeball.mask = this.eyeMask;
    this.lid.mask = null;
    this.container.addChild(this.face, this.eyeMask, this.eyeball, this.lid, this.speaker, this.nozzle, this.puffs, this.toneLabel, this.puffLabel);
  }

  /** Places the eye in a box (CSS px): the eye in the middle, speaker top-left, nozzle to the right. */
  layout(x: number, y: number, width: number, height: number): void {
    this.a = Math.max(20, Math.min(width * 0.21, height * 0.3));
    this.b = this.a * 0.52;
    this.cx = x + width * 0.4;
    this.cy = y + height * 0.55;
    const { cx, cy, a, b } = this;
    this.face.clear()
      .ellipse(cx, cy, a * 1.55, b * 2.6).fill(skin)
      .moveTo(cx - a * 1.1, cy - b * 1.7).quadraticCurveTo(cx, cy - b * 2.6, cx + a * 1.1, cy - b * 1.6)
      .stroke({ width: Math.max(3, a * 0.09), color: 0x6b4a33, cap: 'round' }); // brow
    this.eyeMask.clear();
    almond(this.eyeMask, cx, cy, a, b).fill(0xffffff);
    this.eyeball.clear();
    almond(this.eyeball, cx, cy, a, b).fill(sclera);
    this.eyeball.circle(cx, cy, b * 0.82).fill(iris)
      .circle(cx, cy, b * 0.38).fill(0x0b0b0f)
      .circle(cx - b * 0.25, cy - b * 0.28, b * 0.14).fill({ color: 0xffffff, alpha: 0.85 });
    const s = Math.max(8, a * 0.22), sx = x + s * 1.2, sy = y + s * 1.4;
    this.toneLabel.position.set(sx + s * 0.6, sy + s * 1.4);
    const nx = cx + a * 1.75, ny = cy;
    this.nozzle.clear()
      .roundRect(nx, ny - b * 0.18, a * 0.7, b * 0.36, 4).fill(0x8a96a6)
      .rect(nx - a * 0.06, ny - b * 0.12, a * 0.08, b * 0.24).fill(0x5c6673);
    this.puffLabel.position.set(nx + a * 0.35, ny + b * 0.35);
    this.lastClosure = -1;
    this.lastTone = -1;
  }

  /** Redraws the lid for closure 0 (open) … 1 (closed). Cheap when the closure did not change. */
  setClosure(closure: number): void {
    const c = Math.min(1, Math.max(0, closure));
    if (Math.abs(c - this.lastClosure) < 0.002) return;
    this.lastClosure = c;
    const { cx, cy, a, b } = this;
    // The lid margin runs corner to corner; its lowest point goes from the top of the eye (open,
    // slightly inside so a sliver of lid shows) to the bottom edge (closed). For a quadratic
    // through the corners, the midpoint is halfway between the corners' y and the control point.
    const marginMid = cy - b * 0.92 + c * b * 1.97;
    const control = 2 * marginMid - cy;
    const g = this.lid.clear();
    g.moveTo(cx - a * 1.04, cy)
      .quadraticCurveTo(cx, cy - b * 2.15, cx + a * 1.04, cy)
      .quadraticCurveTo(cx, control, cx - a * 1.04, cy)
      .fill(skin);
    // Lid crease and margin with lashes.
    g.moveTo(cx - a * 0.9, cy - b * 0.2).quadraticCurveTo(cx, control - b * 0.55, cx + a * 0.9, cy - b * 0.2)
      .stroke({ width: 2, color: skinShadow, alpha: 0.8 });
    g.moveTo(cx - a * 1.04, cy).quadraticCurveTo(cx, control, cx + a * 1.04, cy)
      .stroke({ width: Math.max(2, b * 0.09), color: lash });
    for (let k = 1; k < 8; k++) {
      const t = k / 8;
      const px = (1 - t) * (1 - t) * (cx - a * 1.04) + 2 * t * (1 - t) * cx + t * t * (cx + a * 1.04);
      const py = (1 - t) * (1 - t) * cy + 2 * t * (1 - t) * control + t * t * cy;
      g.moveTo(px, py).lineTo(px + (t - 0.5) * b * 0.3, py + b * 0.22);
    }
    g.stroke({ width: 1.5, color: lash });
    // Lower lid outline.
    g.moveTo(cx - a * 1.04, cy).quadraticCurveTo(cx, cy + b * 2.05, cx + a * 1.04, cy)
      .stroke({ width: 2, color: skinShadow });
  }

  /** The speaker's label while the CSs of `mask` are on: their names joined by "+", or every name (joined by "/") while none is. */
  private csLabelFor(mask: number): string {
    let label = this.csLabels.get(mask);
    if (label === undefined) {
      const on = this.csNames.filter((_, c) => (mask & (1 << c)) !== 0);
      label = mask === 0 ? this.csNames.map(stimulusLabel).join(' / ') : on.map(stimulusLabel).join(' + ');
      this.csLabels.set(mask, label);
    }
    return label;
  }

  /** Speaker icon, lit with animated sound waves while a CS is on (bit c of `csMask`: CS c is on), labelled with its name. */
  setCs(csMask: number, deltaMs: number): void {
    if (csMask !== this.lastCsMask) {
      this.lastCsMask = csMask;
      this.toneLabel.text = this.csLabelFor(csMask);
    }
    const on = csMask !== 0;
    if (on) this.wavePhase = (this.wavePhase + deltaMs / 600) % 1;
    const key = on ? 1 + Math.round(this.wavePhase * 12) : 0;
    if (key === this.lastTone) return;
    this.lastTone = key;
    const { a } = this;
    const s = Math.max(8, a * 0.22);
    const sx = this.toneLabel.x - s * 0.6, sy = this.toneLabel.y - s * 1.4;
    const color = on ? toneOn : toneOff;
    const g = this.speaker.clear();
    g.poly([sx - s * 0.5, sy - s * 0.3, sx - s * 0.1, sy - s * 0.3, sx + s * 0.4, sy - s * 0.75, sx + s * 0.4, sy + s * 0.75, sx - s * 0.1, sy + s * 0.3, sx - s * 0.5, sy + s * 0.3]).fill(color);
    for (let k = 0; k < 3; k++) {
      const r = s * (0.7 + 0.45 * k + (on ? this.wavePhase * 0.45 : 0));
      const alpha = on ? 0.95 - 0.28 * k - this.wavePhase * 0.25 : 0.5;
      g.moveTo(sx + s * 0.4 + r * Math.cos(-0.7), sy + r * Math.sin(-0.7))
        .arc(sx + s * 0.4, sy, r, -0.7, 0.7).stroke({ width: 2.5, color, alpha: Math.max(0.1, alpha) });
    }
    this.toneLabel.style.fill = on ? toneOn : 0xa3adba;
  }

  /** Starts a burst of puff particles from the nozzle toward the eye. */
  puff(strength: number): void {
    const { cx, cy, a, b } = this;
    const nx = cx + a * 1.7;
    const n = Math.round(26 * Math.max(0.3, Math.min(1.5, strength)));
    for (let k = 0; k < n; k++) {
      // Deterministic spread (golden-angle sequence): no Math.random needed for a visual effect.
      const u = (k * 0.618034) % 1;
      const speed = (a * 2.6) / 1000 * (0.8 + 0.5 * u);
      this.particles.push({
        x: nx, y: cy + (u - 0.5) * b * 0.25, vx: -speed, vy: (u - 0.5) * speed * 0.55,
        ageMs: -k * 7, lifeMs: 520 + 200 * u, r: Math.max(2, b * (0.07 + 0.08 * u)),
      });
    }
    this.puffLabel.style.fill = puffColor;
  }

  /** Advances and redraws the puff particles (wall-clock animation). */
  animate(deltaMs: number, puffOn: boolean): void {
    const g = this.puffs.clear();
    if (puffOn) g.circle(this.cx + this.a * 1.7, this.cy, this.b * 0.22).fill({ color: puffColor, alpha: 0.9 });
    const stopX = this.cx + this.a * 0.7;
    const alive: PuffParticle[] = [];
    for (const p of this.particles) {
      p.ageMs += deltaMs;
      if (p.ageMs >= p.lifeMs) continue;
      alive.push(p);
      if (p.ageMs < 0) continue;
      const t = p.ageMs;
      let x = p.x + p.vx * t;
      const y = p.y + p.vy * t;
      if (x < stopX) x = stopX - (stopX - x) * 0.15; // the air spreads out against the eye
      const life = t / p.lifeMs;
      g.circle(x, y + (x <= stopX ? (y - this.cy) * 0.8 : 0), p.r * (1 + life * 1.8)).fill({ color: puffColor, alpha: 0.75 * (1 - life) });
    }
    this.particles = alive;
    if (alive.length === 0 && !puffOn) this.puffLabel.style.fill = 0xe3e8ef;
  }

  /** Drops every particle (a reset or a jump in time). */
  clearParticles(): void {
    this.particles = [];
    this.puffs.clear();
  }
}

function almond(g: Graphics, cx: number, cy: number, a: number, b: number): Graphics {
  // Quadratic arcs through the corners whose apex is b above/below the centre (control at 2b).
  return g.moveTo(cx - a, cy).quadraticCurveTo(cx, cy - 2 * b, cx + a, cy).quadraticCurveTo(cx, cy + 2 * b, cx - a, cy).closePath();
}
