/**
 * Reusable Pixi Text objects for labels redrawn every frame: a scene calls begin(), asks for as many
 * labels as it draws with text(), then end() hides the ones it did not use. Creating Text objects
 * each frame would allocate textures every frame; reusing them only re-rasterises changed strings.
 */
import { Text, type Container } from 'pixi.js';
import { plotFont } from '../palette';

export class TextPool {
  private readonly texts: Text[] = [];
  private used = 0;

  constructor(private readonly parent: Container) {}

  begin(): void {
    this.used = 0;
  }

  /** A label at (x, y) anchored at (ax, ay) ∈ [0, 1]², e.g. (0.5, 1) = centred above the point. */
  text(s: string, x: number, y: number, color: number, ax: number, ay: number, size: number = plotFont.tickSize, weight: 'normal' | 'bold' = 'normal'): Text {
    let t = this.texts[this.used];
    if (!t) {
      t = new Text({ text: '', style: { fontFamily: plotFont.family, fontSize: size, fill: color } });
      t.resolution = Math.max(1, Math.ceil(globalThis.devicePixelRatio ?? 1));
      this.texts.push(t);
      this.parent.addChild(t);
    }
    this.used++;
    t.visible = true;
    if (t.text !== s) t.text = s;
    if (t.style.fontSize !== size) t.style.fontSize = size;
    if (t.style.fill !== color) t.style.fill = color;
    if (t.style.fontWeight !== weight) t.style.fontWeight = weight;
    // A caller may have rotated this object when it held another label (a y-axis title); the
    // number of labels before it changes from frame to frame, so each use starts upright.
    if (t.rotation !== 0) t.rotation = 0;
    t.anchor.set(ax, ay);
    t.position.set(Math.round(x), Math.round(y));
    return t;
  }

  /** Hides the labels not drawn since begin(). */
  end(): void {
    for (let i = this.used; i < this.texts.length; i++) this.texts[i].visible = false;
  }
}

/** Lets a pooled label wrap at `width` (a long title or a translation on a phone); changes nothing when already so. */
export function wrapped(label: Text, width: number): Text {
  if (!label.style.wordWrap) label.style.wordWrap = true;
  if (label.style.wordWrapWidth !== width) label.style.wordWrapWidth = width;
  return label;
}
