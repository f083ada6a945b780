/** The level schema, one concept per file. */
export * from './common';
export * from './neuronTypes';
export * from './populations';
export * from './plasticity';
export * from './projections';
export * from './modulators';
export * from './stimuli';
export * from './commands';
export * from './metrics';
export * from './timeline';
export * from './objectives';
export * from './monitors';
export * from './playerParameters';
export * from './contingencies';
export * from './lesson';
export * from './circuits';
export * from './level';
