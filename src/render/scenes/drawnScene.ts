/**
 * A scene drawn afresh each frame: one Graphics under pooled labels (textPool.ts) on the plots'
 * background. The rate-model scenes (credit arena, pruning, reversal, cortical map) draw what their
 * circuit's registered arrays hold now, so they keep no drawing state between frames: this base
 * clears, fills the background and opens and closes the label pool around the subclass's draw().
 */
import { Container, Graphics } from 'pixi.js';
import { plotColors } from '../palette';
import type { LevelScene, SceneFrame } from './levelScene';
import { TextPool } from './textPool';

export abstract class DrawnScene implements LevelScene {
  readonly root = new Container();
  protected readonly g = new Graphics();
  protected readonly texts = new TextPool(this.root);
  protected width = 800;
  protected height = 400;

  constructor() {
    this.root.addChild(this.g);
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
  }

  update(frame: SceneFrame): void {
    this.g.clear();
    this.g.rect(0, 0, this.width, this.height).fill(plotColors.background);
    this.texts.begin();
    this.draw(frame);
    this.texts.end();
  }

  /** Draws the scene at this.width × this.height into this.g and this.texts. */
  protected abstract draw(frame: SceneFrame): void;

  destroy(): void {
    // context: each Graphics owns its context, which Pixi 8 keeps in the renderer unless destroyed with it.
    this.root.destroy({ children: true, context: true });
  }
}
