/** Public surface of the engine for circuits, levels, the CLI and the app. */
export { buildWorld } from './build/buildWorld';
export type { NetworkSpec, PopulationSpec, ProjectionSpec, ConnectRule, Distribution, ModulatorSpecInput, LayoutSpec } from './build/networkSpec';
export type { SimWorld, Population, Projection } from './world/world';
export { currentTick, currentTimeMs, populationByName, projectionByName } from './world/world';
export { stepSim, runTicks, SCHEDULE, installCircuitSystem, engineSystems, type SchedulePhase } from './schedule';
export type { SimCommand, LoggedCommand } from './commands/commandQueue';
export { defineCommand, knownCommandTypes } from './commands/engineCommands';
export type { SimEvent, SimEventType } from './events/simEvents';
export { takeSnapshot, restoreSnapshot, hashWorldState } from './snapshot';
export type { WorldSnapshot } from './snapshot';
export type { PlasticitySpec } from './plasticity/plasticitySpec';
export type { StimulusSpec } from './stimuli/stimulusSpec';
export type { MonitorSpec } from './monitors/monitorSpec';
export { SpikeRing } from './monitors/spikeRing';
export { StateProbe } from './monitors/stateProbe';
export { PopulationRate } from './monitors/populationRate';
export { NeuronModel, InputMode } from './params/neuronTypes';
export type { NeuronTypeParams } from './params/neuronTypes';
