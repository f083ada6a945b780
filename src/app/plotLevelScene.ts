/**
 * The raster + weight-histogram panel (PlotScene) as a LevelScene: the fallback scene for any level,
 * and the panel under the circuit scenes. It reads the world's spike ring and weights in place.
 */
import { PlotScene } from '../render/PlotScene';
import type { LevelScene, SceneFrame } from '../render/scenes/levelScene';
import { meanRateHz } from '../render/spikeWindow';
import type { SimWorld } from '../sim/world/world';
import { sessionFromWorld, type SimSession } from './simSession';

const rasterWindowMs = 1000;
const weightRefreshMs = 250;

export class PlotLevelScene implements LevelScene {
  readonly plots = new PlotScene();
  readonly root = this.plots.root;
  private readonly session: SimSession;
  private projectionIndex = 0;
  private sinceWeightsMs = Infinity;
  /** Mean spike rate per neuron over the raster window at the last update (Hz). */
  rateHz = 0;

  constructor(world: SimWorld) {
    this.session = sessionFromWorld(world, () => undefined);
    this.plots.raster.setPopulations(this.session.populations, this.session.neuronCount);
  }

  get projections(): readonly string[] {
    return this.session.projections.map((p) => p.name);
  }

  get allSynapsesLabel(): string {
    return this.session.allSynapses.name;
  }

  /** 0: all synapses; i + 1: projection i. */
  setProjection(index: number): void {
    this.projectionIndex = index;
    this.sinceWeightsMs = Infinity;
  }

  resize(width: number, height: number): void {
    this.plots.resize(width, height);
    this.sinceWeightsMs = Infinity;
  }

  update(frame: SceneFrame): void {
    const s = this.session;
    this.plots.raster.update(s.spikes, frame.tick, s.dtMs, rasterWindowMs);
    this.rateHz = meanRateHz(this.plots.raster.spikesInWindow, s.neuronCount, Math.min(rasterWindowMs, frame.tick * s.dtMs));
    this.sinceWeightsMs += frame.deltaMs;
    if (this.sinceWeightsMs >= weightRefreshMs) {
      this.sinceWeightsMs = 0;
      const range = this.projectionIndex === 0 ? s.allSynapses : s.projections[this.projectionIndex - 1];
      this.plots.weights.update(s.weights, range, s.activeSynapses);
    }
  }

  destroy(): void {
    this.root.destroy({ children: true });
  }
}
