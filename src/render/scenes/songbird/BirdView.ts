/**
 * A vector zebra finch on a branch: grey head and back, orange cheek patch, black-and-white tear
 * stripe, red beak, chestnut flank with white spots, barred tail. `sing(amplitude)` opens the lower
 * mandible and swells the throat with the song's amplitude (0 silent … 1 loudest); note marks drift
 * up from the beak while it sings.
 */
import { Container, Graphics } from 'pixi.js';

const grey = 0x8d949c;
const darkGrey = 0x5f666e;
const belly = 0xeee6d8;
const cheek = 0xe8782a;
const beakRed = 0xe0322a;
const flank = 0xa2592e;

export class BirdView {
  readonly container = new Container();
  private readonly body = new Graphics();
  private readonly throat = new Graphics();
  private readonly beak = new Graphics();
  private readonly notes = new Graphics();
  private s = 1;
  private x = 0;
  private y = 0;
  private lastOpen = -1;
  private noteAgeMs: number[] = [];
  private sinceNoteMs = 0;

  constructor() {
    this.container.addChild(this.body, this.throat, this.beak, this.notes);
  }

  /** Fits the bird into a box (CSS px), facing right. */
  layout(x: number, y: number, width: number, height: number): void {
    this.s = Math.min(width / 300, height / 230);
    this.x = x + width * 0.45;
    this.y = y + height * 0.5;
    this.lastOpen = -1;
    this.drawBody();
  }

  /** Local coordinates (bird units, head at about (60, −55)) → px. */
  private p(u: number, v: number): [number, number] {
    return [this.x + u * this.s, this.y + v * this.s];
  }

  private drawBody(): void {
    const g = this.body.clear();
    const s = this.s;
    const [bx0, by0] = this.p(-150, 92), [bx1, by1] = this.p(150, 70);
    g.moveTo(bx0, by0).lineTo(bx1, by1).stroke({ width: 9 * s, color: 0x6b4a33, cap: 'round' }); // branch
    // Tail: black and white bars.
    g.poly([...this.p(-40, 10), ...this.p(-120, 40), ...this.p(-118, 55), ...this.p(-35, 30)]).fill(0x222222);
    for (let k = 0; k < 4; k++) {
      const u = -55 - k * 17;
      g.poly([...this.p(u, 18 + k * 6), ...this.p(u - 7, 21 + k * 6), ...this.p(u - 6, 33 + k * 6), ...this.p(u + 1, 30 + k * 6)]).fill(0xf4f4f4);
    }
    // Legs.
    g.moveTo(...this.p(0, 45)).lineTo(...this.p(-4, 80)).moveTo(...this.p(18, 45)).lineTo(...this.p(16, 78))
      .stroke({ width: 3.5 * s, color: 0xe8904a, cap: 'round' });
    // Body and belly.
    g.ellipse(...this.p(5, 15), 62 * s, 40 * s).fill(grey);
    g.ellipse(...this.p(22, 28), 40 * s, 24 * s).fill(belly);
    // Chestnut flank with white spots.
    g.ellipse(...this.p(-8, 22), 30 * s, 16 * s).fill(flank);
    for (const [u, v] of [[-24, 18], [-12, 26], [-2, 16], [6, 27], [-18, 30]] as const) g.circle(...this.p(u, v), 2.6 * s).fill(0xffffff);
    // Wing.
    g.ellipse(...this.p(-12, 5), 42 * s, 20 * s).fill(darkGrey);
    // Head.
    g.circle(...this.p(55, -32), 34 * s).fill(grey);
    // Tear stripe: white, black, white.
    g.poly([...this.p(76, -40), ...this.p(80, -4), ...this.p(72, -4), ...this.p(69, -38)]).fill(0xffffff);
    g.poly([...this.p(70, -38), ...this.p(73, -4), ...this.p(66, -4), ...this.p(63, -36)]).fill(0x111111);
    g.poly([...this.p(63, -36), ...this.p(66, -4), ...this.p(60, -6), ...this.p(57, -34)]).fill(0xffffff);
    // Orange cheek patch.
    g.ellipse(...this.p(52, -20), 13 * s, 11 * s).fill(cheek);
    // Eye.
    g.circle(...this.p(70, -44), 5.5 * s).fill(0x111111).circle(...this.p(71.5, -45.5), 1.6 * s).fill(0xffffff);
  }

  /** Opens the beak and swells the throat with the song's amplitude; animates the notes. */
  sing(amplitude: number, deltaMs: number): void {
    const open = Math.max(0, Math.min(1, amplitude));
    if (Math.abs(open - this.lastOpen) > 0.01) {
      this.lastOpen = open;
      const s = this.s;
      const angle = Math.sqrt(open) * 0.55; // sqrt: quiet notes still part the beak visibly
      // Hinge of the beak at the face; the upper mandible fixed, the lower rotates down.
      const [hx, hy] = this.p(84, -36);
      const rot = (u: number, v: number): [number, number] => {
        const du = u - 84, dv = v - (-36);
        return this.p(84 + du * Math.cos(angle) - dv * Math.sin(angle), -36 + du * Math.sin(angle) + dv * Math.cos(angle));
      };
      const g = this.beak.clear();
      g.poly([...rot(84, -36), ...rot(116, -30), ...rot(84, -24)]).fill(0xc4281f); // lower mandible
      g.poly([hx, hy - 10 * s, ...this.p(120, -33), hx, hy + 1 * s]).fill(beakRed); // upper mandible
      const t = this.throat.clear();
      t.ellipse(...this.p(70, -8 + open * 3), (13 + open * 7) * s, (9 + open * 6) * s).fill({ color: belly, alpha: 0.95 });
    }
    // Notes drift up from the beak while singing.
    this.sinceNoteMs += deltaMs;
    if (open > 0.25 && this.sinceNoteMs > 180) { this.noteAgeMs.push(0); this.sinceNoteMs = 0; }
    const g = this.notes.clear();
    const s = this.s;
    this.noteAgeMs = this.noteAgeMs.map((a) => a + deltaMs).filter((a) => a < 1400);
    this.noteAgeMs.forEach((a, k) => {
      const life = a / 1400;
      const [nx, ny] = this.p(128 + life * 50 + (k % 2) * 12, -40 - life * 110);
      g.circle(nx, ny, 4.5 * s).fill({ color: 0xf0e442, alpha: 1 - life });
      g.moveTo(nx + 4 * s, ny).lineTo(nx + 4 * s, ny - 16 * s).stroke({ width: 2 * s, color: 0xf0e442, alpha: 1 - life });
    });
  }
}
