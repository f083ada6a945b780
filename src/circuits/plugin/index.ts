/** The circuit plug-in contract (see circuitDefinition.ts) and the helpers definitions share. */
export * from './circuitDefinition';
export * from './contexts';
export * from './playerAction';
export * from './networkParts';
export * from './schemaParts';
export * from './trialTiming';
