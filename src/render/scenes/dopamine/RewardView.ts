/**
 * Left panel of the dopamine scene: one light per cue stimulus (lit while it is on), and a juice
 * spout over a cup: a drop falls and splashes when the reward is delivered; on an omitted reward a
 * grey, dashed drop outline appears at the spout and the cup stays empty. Wall-clock animation only.
 */
import { Container, Graphics, Text } from 'pixi.js';
import { plotFont } from '../../palette';
import { t } from '../../../i18n/messages';

const lightOn = 0xf0e442;
const lightOff = 0x3a4452;
const juice = 0x56b4e9;
const omittedGrey = 0x8a96a6;

type DropState = { kind: 'none' } | { kind: 'juice' | 'omitted'; ageMs: number };

export class RewardView {
  readonly container = new Container();
  private readonly lights = new Graphics();
  private readonly cup = new Graphics();
  private readonly drop = new Graphics();
  private readonly labels: Text[] = [];
  private readonly caption: Text;
  private names: string[] = [];
  private box = { x: 0, y: 0, width: 200, height: 300 };
  private state: DropState = { kind: 'none' };
  private fill = 0;
  private lastLit = '';

  constructor(cueNames: readonly string[]) {
    // Level ids like "toneCue" read better without the suffix under a light.
    this.names = cueNames.map((n) => (n.length > 3 && n.endsWith('Cue') ? n.slice(0, -3) : n));
    this.caption = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: plotFont.titleSize, fill: 0xe3e8ef, fontWeight: 'bold' } });
    this.caption.anchor.set(0.5, 0);
    this.container.addChild(this.lights, this.cup, this.drop, this.caption);
    for (const name of this.names) {
      const t = new Text({ text: name, style: { fontFamily: plotFont.family, fontSize: plotFont.labelSize, fill: 0xa3adba } });
      t.anchor.set(0.5, 0);
      this.labels.push(t);
      this.container.addChild(t);
    }
  }

  layout(x: number, y: number, width: number, height: number): void {
    this.box = { x, y, width, height };
    this.lastLit = '';
    const n = Math.max(1, this.names.length);
    const r = Math.min(26, width / (n * 3));
    this.labels.forEach((t, i) => t.position.set(this.lightX(i), y + 14 + r * 2 + 6));
    this.drawCup();
    this.caption.position.set(this.spoutX(), this.cupTop() + this.cupH() + 10);
  }

  private lightX(i: number): number {
    const n = Math.max(1, this.names.length);
    return this.box.x + (this.box.width * (i + 0.5)) / n;
  }
  private lightR(): number {
    return Math.min(26, this.box.width / (Math.max(1, this.names.length) * 3));
  }
  private spoutX(): number { return this.box.x + this.box.width / 2; }
  /** Below the lights and their labels. */
  private spoutTop(): number { return this.box.y + 14 + 2 * this.lightR() + 26; }
  private spoutY(): number { return Math.max(this.spoutTop() + 16, this.box.y + this.box.height * 0.36); }
  private cupTop(): number { return Math.max(this.spoutY() + 40, this.box.y + this.box.height * 0.62); }
  private cupH(): number { return Math.max(24, Math.min(this.box.height * 0.2, this.box.y + this.box.height - 28 - this.cupTop())); }
  private cupW(): number { return Math.min(this.box.width * 0.4, this.cupH() * 1.2); }

  /** Lights the cues whose flags are on (one flag per cue name, in order). */
  setCues(on: readonly boolean[]): void {
    const key = on.map((b) => (b ? 1 : 0)).join('');
    if (key === this.lastLit) return;
    this.lastLit = key;
    const g = this.lights.clear();
    const r = this.lightR();
    const cy = this.box.y + 14 + r;
    on.forEach((lit, i) => {
      const cx = this.lightX(i);
      if (lit) g.circle(cx, cy, r * 1.6).fill({ color: lightOn, alpha: 0.18 }).circle(cx, cy, r * 1.25).fill({ color: lightOn, alpha: 0.25 });
      g.circle(cx, cy, r).fill(lit ? lightOn : lightOff).stroke({ width: 2, color: 0x1a2029 });
      this.labels[i].style.fill = lit ? lightOn : 0xa3adba;
    });
  }

  juice(): void { this.state = { kind: 'juice', ageMs: 0 }; }
  omitted(): void { this.state = { kind: 'omitted', ageMs: 0 }; this.fill = 0; this.drawCup(); }

  /** `still` (reduced motion): the caption and the cup change on time, but no drop falls or splashes and nothing fades. */
  animate(deltaMs: number, still = false): void {
    const g = this.drop.clear();
    const s = this.state;
    const sx = this.spoutX(), sy = this.spoutY() + 6;
    const fallMs = 380, splashMs = 500, holdMs = 900;
    if (s.kind === 'none') { this.caption.text = ''; return; }
    s.ageMs += deltaMs;
    const r = Math.max(6, this.box.width * 0.045);
    if (s.kind === 'juice') {
      this.caption.text = t('scene.dopamine.juice');
      this.caption.style.fill = juice;
      const bottom = this.cupTop() + this.cupH() * (0.9 - 0.6 * this.fill);
      if (still) {
        if (s.ageMs >= fallMs && this.fill < 0.5) { this.fill = 0.5; this.drawCup(); }
        if (s.ageMs > fallMs + splashMs + holdMs) this.state = { kind: 'none' };
      } else if (s.ageMs < fallMs) {
        const t = s.ageMs / fallMs;
        dropShape(g, sx, sy + (bottom - sy) * t * t, r).fill(juice);
      } else if (s.ageMs < fallMs + splashMs) {
        const t = (s.ageMs - fallMs) / splashMs;
        if (this.fill < 0.5) { this.fill = Math.min(0.5, this.fill + 0.02); this.drawCup(); }
        for (let k = 0; k < 6; k++) {
          const a = Math.PI * (1.1 + (0.8 * k) / 5);
          g.circle(sx + Math.cos(a) * r * 3 * t, bottom + Math.sin(a) * r * 2.5 * t, r * 0.35 * (1 - t)).fill({ color: juice, alpha: 1 - t });
        }
      } else if (s.ageMs > fallMs + splashMs + holdMs) this.state = { kind: 'none' };
    } else {
      this.caption.text = t('scene.dopamine.noJuice');
      this.caption.style.fill = omittedGrey;
      const alpha = s.ageMs < 1400 ? 1 : still ? (s.ageMs < 2000 ? 1 : 0) : Math.max(0, 1 - (s.ageMs - 1400) / 600);
      dropShape(g, sx, sy + r * 1.4, r).stroke({ width: 2, color: omittedGrey, alpha });
      g.moveTo(sx - r * 1.3, sy + r * 0.2).lineTo(sx + r * 1.3, sy + r * 2.6).stroke({ width: 2, color: 0xd55e00, alpha });
      if (alpha <= 0) this.state = { kind: 'none' };
    }
  }

  private drawCup(): void {
    const g = this.cup.clear();
    const sx = this.spoutX(), sy = this.spoutY();
    const w = this.cupW(), h = this.cupH(), top = this.cupTop();
    // Spout: a tube coming down from above.
    g.rect(sx - 5, this.spoutTop(), 10, sy - this.spoutTop()).fill(0x8a96a6)
      .roundRect(sx - 8, sy - 4, 16, 10, 3).fill(0x6b7684);
    // Cup with its juice level.
    const level = top + h * (1 - this.fill * 0.9);
    if (this.fill > 0) g.poly([sx - w / 2 + (level - top) * 0.12, level, sx + w / 2 - (level - top) * 0.12, level, sx + w / 2 - h * 0.12, top + h, sx - w / 2 + h * 0.12, top + h]).fill({ color: juice, alpha: 0.8 });
    g.poly([sx - w / 2, top, sx - w / 2 + h * 0.12, top + h, sx + w / 2 - h * 0.12, top + h, sx + w / 2, top], false)
      .stroke({ width: 3, color: 0xe3e8ef, alpha: 0.85 });
  }

  /** The juice in the cup drains between rewards, so each delivery is visible. */
  drain(deltaMs: number): void {
    if (this.fill <= 0 || this.state.kind === 'juice') return;
    this.fill = Math.max(0, this.fill - deltaMs / 4000);
    this.drawCup();
  }
}

function dropShape(g: Graphics, x: number, y: number, r: number): Graphics {
  // A teardrop: a circle with a pointed top.
  return g.moveTo(x, y - r * 2.2).bezierCurveTo(x + r * 0.4, y - r * 1.4, x + r * 1.05, y - r * 0.5, x + r, y + r * 0.1)
    .arc(x, y, r, 0.1, Math.PI - 0.1)
    .bezierCurveTo(x - r * 1.05, y - r * 0.5, x - r * 0.4, y - r * 1.4, x, y - r * 2.2).closePath();
}
