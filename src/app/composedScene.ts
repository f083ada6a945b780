/**
 * What the canvas holds: the level's scene (circuit view or a circuit's own scene), the circuit view
 * of every level (a separate one when the level's scene is a circuit's own scene), and the plot panel
 * (learning curve, modulator traces, STDP window, raster, weight histogram), shown as the player
 * chooses: the scene alone, the circuit alone, the plots alone, or scene above plots. All read the one
 * main-thread world; hidden parts are not updated.
 */
import { Container } from 'pixi.js';
import type { PlotPanel } from '../render/plots/PlotPanel';
import type { LevelScene, SceneFrame } from '../render/scenes/levelScene';
import type { PlotRect } from '../render/plotData';
import { visibleTextBoxes, visibleTexts } from '../render/plots/textBoxes';

export type CanvasView = 'both' | 'scene' | 'circuit' | 'plots';

/** Share of the height the scene gets when both are shown (less when the plots hold a live trace to read). */
const sceneShare = 0.58;
const sceneShareBesideTraces = 0.36;

export class ComposedScene implements LevelScene {
  readonly root = new Container();
  private view: CanvasView;
  private width = 1;
  private height = 1;
  private panelY = 0;

  /** circuit: the level's circuit view when `scene` is another scene (null when scene is the circuit view). */
  constructor(readonly scene: LevelScene | null, readonly panel: PlotPanel, view: CanvasView, readonly circuit: LevelScene | null = null) {
    if (scene) this.root.addChild(scene.root);
    if (circuit) this.root.addChild(circuit.root);
    this.root.addChild(panel.root);
    this.view = this.available(view);
  }

  /** The view to show for a choice: without a scene only the plots; 'circuit' is the scene when that is the circuit view. */
  private available(view: CanvasView): CanvasView {
    if (!this.scene) return view === 'circuit' && this.circuit ? 'circuit' : 'plots';
    return view === 'circuit' && !this.circuit ? 'scene' : view;
  }

  get currentView(): CanvasView {
    return this.view;
  }

  setView(view: CanvasView): void {
    this.view = this.available(view);
    this.resize(this.width, this.height);
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    const showCircuit = this.circuit !== null && this.view === 'circuit';
    const showScene = this.scene !== null && (this.view === 'both' || this.view === 'scene');
    const showPlots = this.view === 'both' || this.view === 'plots';
    if (this.circuit) {
      this.circuit.root.visible = showCircuit;
      if (showCircuit) this.circuit.resize(width, height);
    }
    const share = this.panel.wantsRoom ? sceneShareBesideTraces : sceneShare;
    const sceneHeight = showScene ? (showPlots ? Math.round(height * share) : height) : 0;
    if (this.scene) {
      this.scene.root.visible = showScene;
      if (showScene) this.scene.resize(width, sceneHeight);
    }
    this.panel.root.visible = showPlots;
    this.panelY = sceneHeight;
    this.panel.root.position.set(0, sceneHeight);
    if (showPlots) this.panel.resize(width, height - sceneHeight);
  }

  /** The raster's, histogram's and voltage trace's plot areas in canvas pixels (for tests), when shown. */
  plotRects(): { raster: PlotRect | null; weights: PlotRect | null; voltage: PlotRect | null } {
    if (!this.panel.root.visible) return { raster: null, weights: null, voltage: null };
    const shift = (r: PlotRect): PlotRect => ({ x: r.x, y: r.y + this.panelY, width: r.width, height: r.height });
    const hasWeights = this.panel.plots.some((p) => p.id === 'weights');
    const voltage = this.panel.liveTraces.find((plot) => plot.spec.id === 'voltage');
    return {
      raster: shift(this.panel.raster.plotArea),
      weights: hasWeights ? shift(this.panel.weights.plotArea) : null,
      voltage: voltage ? shift(voltage.view.plotArea) : null,
    };
  }

  /** Canvas-pixel boxes of every label the plot panel shows (titles, axis and tick labels), for tests. */
  plotLabelRects(): PlotRect[] {
    return this.panel.root.visible ? this.panel.labelRects() : [];
  }

  /** Canvas-pixel boxes of every label the level's scene shows above the plots (a legend cut at the canvas edge shows here), for tests. */
  sceneLabelRects(): PlotRect[] {
    return this.scene?.root.visible ? visibleTextBoxes(this.scene.root) : [];
  }

  /** Canvas-pixel boxes of every number label on the canvas (axis ticks of the scene's and the panel's plots), for tests that ticks never overlap. */
  tickLabelRects(): PlotRect[] {
    return visibleTextBoxes(this.root, (text) => /^[−-]?[\d.,\s]+k?$/.test(text));
  }

  /** Every string the canvas shows (scene, circuit and plots), for tests that no internal id is on screen. */
  canvasTexts(): string[] {
    return visibleTexts(this.root);
  }

  update(frame: SceneFrame): void {
    if (this.scene?.root.visible) this.scene.update(frame);
    if (this.circuit?.root.visible) this.circuit.update(frame);
    if (this.panel.root.visible) this.panel.update(frame);
  }

  destroy(): void {
    this.scene?.destroy();
    this.circuit?.destroy();
    this.panel.destroy();
    // context: each Graphics owns its context, which Pixi 8 keeps in the renderer unless destroyed with it.
    this.root.destroy({ children: true, context: true });
  }
}
