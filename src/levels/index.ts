/** Public API of src/levels. */
export { loadLevel, type LoadOptions, type LoadResult } from './loadLevel';
export { formatLevelError, formatLevelErrors, formatPath, type LevelError, type PathSegment } from './errors';
export { levelMigrations, migrateLevelData, readSchemaVersion, type MigrationStep, type MigrationRegistry } from './migrations';
export { lookupNumber, lookupPath, withNumberAt } from './paths';
export { checkLevel, estimateSynapses } from './checks';
export * from './schema';
export { spawnLevel } from './spawnLevel';
export { runLevel, type RunOptions, type RunResult, type RunOutcome, type MonitorSeries } from './runLevel';
export { applyPlayerSetting, parseSetting } from './playerSettings';
export * from './campaign';
