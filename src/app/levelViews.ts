/**
 * What the page draws and offers for the running level: the composed Pixi scene (level scene, plots,
 * circuit), the inspector, the Plots panel (curve menu and exports), the player-actions panel (and
 * the scene's side panel), and the sound system with its captions. install() rebuilds them for a new
 * session; update() draws a frame.
 */
import type { Application } from 'pixi.js';
import { createSoundSystem, type SoundSystem } from '../audio/createSoundSystem';
import type { Command } from '../levels/schema/commands';
import { CircuitView } from '../render/circuit/circuitView';
import { PlotPanel } from '../render/plots/PlotPanel';
import type { SceneEntry, SidePanel } from '../render/scenes/sceneEntry';
import type { SimCommand } from '../sim/commands/commandQueue';
import type { SimWorld } from '../sim/world/world';
import { byId } from '../ui/byId';
import { prefersReducedMotion } from '../ui/access/motionPreference';
import { createCaptions } from '../ui/captions';
import type { CanvasViewChoice } from '../ui/controls';
import { Inspector } from '../ui/inspector/inspector';
import { PlayerActionsPanel } from '../ui/playerActions';
import { createSoundControls, type SoundControls, type SoundControlsOptions } from '../ui/soundControls';
import type { Bus } from '../bus/bus';
import { ComposedScene } from './composedScene';
import type { LevelSession } from './levelSession';
import { PlotControls } from './plotControls';
import { circuitViewOf, sceneFor, type ChosenScene } from './sceneFor';
import { t } from '../i18n/messages';

export interface LevelViewsHooks {
  sendCommand(command: SimCommand): void;
  setParameter(path: string, value: number): void;
  currentSession(): LevelSession | null;
  /** The sound settings to start from (saved with the progress) and where the player's changes go. */
  readonly soundSettings: SoundControlsOptions;
}

export class LevelViews {
  scene: ComposedScene | null = null;
  sceneName = 'none';
  readonly actions: PlayerActionsPanel;
  readonly sound: SoundSystem;
  private readonly inspector = new Inspector(byId('inspector'));
  private readonly plotControls: PlotControls;
  private chosen: ChosenScene | null = null;
  private sidePanel: SidePanel | null = null;
  private inspectorToScene: ((selection: Parameters<CircuitView['setSelection']>[0]) => void) | null = null;
  /** The level's circuit view (its own scene or the extra one), for the + / − keys. */
  private circuit: CircuitView | null = null;
  private readonly soundControls: SoundControls;

  constructor(
    private readonly app: Application,
    private readonly view: HTMLDivElement,
    bus: Bus,
    private readonly hooks: LevelViewsHooks,
  ) {
    this.actions = new PlayerActionsPanel(byId('player-actions-body'), byId('player-actions-status'), {
      sendCommand: (command: Command) => hooks.sendCommand(command as SimCommand),
      setParameter: (path, value) => hooks.setParameter(path, value),
    });
    this.plotControls = new PlotControls(byId('plot-exports-body'), () => app.renderer);
    const captions = createCaptions(byId('captions'));
    this.sound = createSoundSystem({ bus, getWorld: () => hooks.currentSession()?.world ?? null, onSound: (played) => captions.show({ caption: played.caption, key: played.name, announce: played.announce }) });
    this.soundControls = createSoundControls(byId('sound-controls'), this.sound, null, hooks.soundSettings);
    // Spike clicks follow the inspected neuron.
    this.inspector.onSelect((selection) => {
      this.sound.selectNeuron(selection?.kind === 'neuron' ? selection.eid : null);
      this.inspectorToScene?.(selection);
    });
    // A scene may follow a sound while it plays (the bird's beak: listen buttons and sung renditions).
    this.sound.onSong((kind, _rendition, durationMs) => {
      const s = hooks.currentSession();
      const chosen = this.chosen;
      if (!s || !chosen || this.scene?.scene !== chosen.scene) return;
      chosen.entry.followSound?.(chosen.scene, s.world, kind, durationMs, () => this.scene?.scene === chosen.scene);
    });
    app.renderer.on('resize', () => this.layout());
  }

  /** The registry entry of the level's own scene (null: the plots only). */
  get sceneEntry(): SceneEntry | null {
    return this.chosen?.entry ?? null;
  }

  /** Drops the scene (a level is loading). */
  clear(): void {
    this.scene?.destroy();
    this.scene = null;
    this.circuit = null;
  }

  /** A new scene and panels for `s`; `canvasView` is what the canvas shows. */
  install(s: LevelSession, canvasView: CanvasViewChoice): void {
    this.clear();
    const chosen = sceneFor(s.level, s.world);
    this.chosen = chosen;
    const panel = new PlotPanel(s.level, s.world);
    // Every level can show its circuit: a second view when the level's scene is a circuit's own scene.
    const extraCircuit = chosen?.scene instanceof CircuitView ? null : circuitViewOf(s.level, s.world);
    const scene = new ComposedScene(chosen?.scene ?? null, panel, canvasView, extraCircuit);
    this.scene = scene;
    this.sceneName = chosen?.name ?? 'plots';
    this.view.dataset.scene = this.sceneName;
    const circuit = chosen?.scene instanceof CircuitView ? chosen.scene : extraCircuit;
    this.circuit = circuit;
    if (circuit) {
      circuit.onSelect((selection) => this.inspector.show(s.world, selection, s.level));
      this.inspectorToScene = (selection) => circuit.setSelection(selection);
    } else {
      this.inspectorToScene = null;
    }
    this.app.stage.addChild(scene.root);
    this.plotControls.show(panel, s.id);
    this.sidePanel?.destroy();
    this.sidePanel = null;
    // The actions panel first (it clears the container), then the scene's side panel into it.
    const withPanel = chosen?.entry.sidePanel ? chosen.entry : null;
    this.actions.show(s.level, withPanel !== null);
    this.sidePanel = withPanel?.sidePanel?.(byId('player-actions-body'), s.level, s.world, {
      sendCommand: (command) => this.hooks.sendCommand(command),
      playSound: (kind) => {
        if (!this.sound.playSong(kind)) this.actions.setStatus(t('game.actions.noSong'));
      },
    }) ?? null;
    if (withPanel && !this.sidePanel) this.actions.show(s.level, false);
    this.inspector.show(s.world, null, s.level);
    // A rate-model level (the credit arena) has no neurons or synapses to inspect.
    byId('inspector-panel').hidden = s.world.neurons.count === 0 && s.world.synapses.count === 0;
    this.sound.selectNeuron(null);
    this.layout();
  }

  /** The m key: mute or unmute, as the sound button does. */
  toggleMute(): void {
    this.soundControls.toggleMuteByPlayer();
  }

  /** The + / − keys zoom the circuit about its centre while the canvas shows it. */
  zoomCircuit(factor: number): void {
    const root = this.circuit?.root;
    if (this.scene && root?.visible && root.parent) this.circuit?.zoomBy(factor);
  }

  setCanvasView(value: CanvasViewChoice): void {
    this.scene?.setView(value);
    this.layout();
  }

  layout(): void {
    const { scene, view } = this;
    if (!scene) return;
    scene.resize(this.app.screen.width, this.app.screen.height);
    const rects = scene.plotRects();
    const text = (r: { x: number; y: number; width: number; height: number } | null): string => (r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '');
    view.dataset.rasterRect = text(rects.raster);
    view.dataset.weightsRect = text(rects.weights);
    view.dataset.voltageRect = text(rects.voltage);
    view.dataset.canvasView = scene.currentView;
  }

  /** Draws a frame; the panels that read the world (actions, side panel) refresh only when `slow`. */
  update(s: LevelSession, deltaMs: number, fastForward: boolean, slow: boolean): void {
    const scene = this.scene;
    if (!scene) return;
    const world: SimWorld = s.world;
    scene.update({ world, tick: world.clock[0], deltaMs, trials: s.recorder.trials, fastForward, reducedMotion: prefersReducedMotion() });
    this.inspector.update(world);
    if (slow) {
      this.actions.sync(world);
      this.plotControls.syncCurveChoices(s.level, s.recorder.trials);
      this.sidePanel?.sync(world);
      // For the tests: where the plots' labels are (captions must never cover them). x,y,w,h;…
      // And what they say (one per line), so a test can check that no internal id is on screen.
      this.view.dataset.canvasTexts = scene.canvasTexts().join('\n');
      this.view.dataset.plotLabelRects = scene.plotLabelRects().map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')).join(';');
      this.view.dataset.sceneLabelRects = scene.sceneLabelRects().map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')).join(';');
      this.view.dataset.tickLabelRects = scene.tickLabelRects().map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')).join(';');
    }
    this.view.dataset.spikesDrawn = String(scene.panel.raster.dotsDrawn);
  }
}
