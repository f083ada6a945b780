/**
 * What the canvas holds: the level's scene (circuit view or a circuit's own scene) and the plot panel
 * (learning curve, modulator traces, STDP window, raster, weight histogram), shown as the player
 * chooses: the scene alone, the plots alone, or both (scene above, plots below). Both read the one
 * main-thread world; hidden parts are not updated.
 */
import { Container } from 'pixi.js';
import type { PlotPanel } from '../render/plots/PlotPanel';
import type { LevelScene, SceneFrame } from '../render/scenes/levelScene';
import type { PlotRect } from '../render/plotData';

export type CanvasView = 'both' | 'scene' | 'plots';

/** Share of the height the scene gets when both are shown. */
const sceneShare = 0.58;

export class ComposedScene implements LevelScene {
  readonly root = new Container();
  private view: CanvasView;
  private width = 1;
  private height = 1;
  private panelY = 0;

  constructor(readonly scene: LevelScene | null, readonly panel: PlotPanel, view: CanvasView) {
    if (scene) this.root.addChild(scene.root);
    this.root.addChild(panel.root);
    this.view = scene ? view : 'plots';
  }

  get currentView(): CanvasView {
    return this.view;
  }

  setView(view: CanvasView): void {
    this.view = this.scene ? view : 'plots';
    this.resize(this.width, this.height);
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    const showScene = this.scene !== null && this.view !== 'plots';
    const showPlots = this.view !== 'scene' || this.scene === null;
    const sceneHeight = showScene ? (showPlots ? Math.round(height * sceneShare) : height) : 0;
    if (this.scene) {
      this.scene.root.visible = showScene;
      if (showScene) this.scene.resize(width, sceneHeight);
    }
    this.panel.root.visible = showPlots;
    this.panelY = sceneHeight;
    this.panel.root.position.set(0, sceneHeight);
    if (showPlots) this.panel.resize(width, height - sceneHeight);
  }

  /** The raster's and histogram's plot areas in canvas pixels (for tests), when shown. */
  plotRects(): { raster: PlotRect | null; weights: PlotRect | null } {
    if (!this.panel.root.visible) return { raster: null, weights: null };
    const shift = (r: PlotRect): PlotRect => ({ x: r.x, y: r.y + this.panelY, width: r.width, height: r.height });
    const hasWeights = this.panel.plots.some((p) => p.id === 'weights');
    return { raster: shift(this.panel.raster.plotArea), weights: hasWeights ? shift(this.panel.weights.plotArea) : null };
  }

  update(frame: SceneFrame): void {
    if (this.scene?.root.visible) this.scene.update(frame);
    if (this.panel.root.visible) this.panel.update(frame);
  }

  destroy(): void {
    this.scene?.destroy();
    this.panel.destroy();
    this.root.destroy({ children: true });
  }
}
