/**
 * Sharing a level (pure, no DOM): as a .json file (levelFileText), as a zip bundle with its files
 * (encodeLevelBundle / decodeLevelBundle), as a "#level=" link (encodeLevelLink / decodeLevelLink);
 * a chosen file's bytes to its parts (levelFileParts); parts to a trusted level (openSharedLevel).
 * Every function returns { ok: true, … } or { ok: false, errors: LevelError[] } and never throws.
 * Limits: shareLimits.ts.
 */
export { levelFileText, compactLevelText, levelFileName, LEVEL_SCHEMA_REF, type LevelText } from './levelFileText';
export { encodeLevelBundle, decodeLevelBundle, looksLikeZip, type SharedLevelParts } from './levelBundle';
export { encodeLevelLink, decodeLevelLink, levelParameterOf, LINK_PARAMETER } from './levelLink';
export { filesCertainlyExceed, filesPackedBeyond, MAX_LINK_PACKED_BYTES } from './linkBudget';
export { levelFileParts, type LevelFileInput } from './levelFileParts';
export { openSharedLevel, assetsToShare, type OpenedLevel } from './openSharedLevel';
export { BUNDLE_LEVEL_NAME, checkBundleName } from './bundleNames';
export { shareFailure, describeBytes, type ShareResult, type ShareFailure } from './shareResult';
export * from './shareLimits';
