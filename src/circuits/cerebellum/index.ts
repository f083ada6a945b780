/** The cerebellar eyeblink-conditioning circuit (SCIENCE.md §5; docs/model.md). */
export { DEFAULT_CEREBELLUM_PARAMS, DEFAULT_CONDITIONED_STIMULI, type CerebellumParams, type ConditionedStimulus } from './cerebellumParams';
export { cerebellumNetworkParts, cerebellumNetworkSpec, granulePerCs, REGION, PROJECTION, STIMULUS, FIXED_STIMULI } from './cerebellumNetwork';
export { installCerebellum, type CerebellumHandle } from './installCerebellum';
export { anyCsOn, cerebellumStateOf, csActivitySlot, type CerebellumState } from './cerebellumState';
export { eyeblinkTrials, crFractionByBlock, meanTrace, TRACE_BIN_MS, Summary, SUMMARY_NAME, type EyeblinkTrial, type EyeblinkRecord } from './eyeblinkRecord';
export { eligibilityKernel, kernelIntegralMs, pfWeightChange, pfBaselineWeight, pfRuleOf, mfNucleusChange, type PfRule } from './eligibilityKernel';
export { bumpDelaysMs, bumpWidthMs, bumpRateHz } from './granuleTimeBasis';
export { eyeblinkTimeline, type EyeblinkPhase } from './eyeblinkTimeline';
export { finishTrial, EYEBLINK_RECORD } from './recordEyeblinkTrials';
export { runEyeblinkSession, trialsToCriterion, type EyeblinkSession } from './runEyeblinkSession';
