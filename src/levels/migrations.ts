/**
 * The level format's versions and the migrations between them (the mechanism is shared with saved
 * progress: src/levels/versioning/versionedFormat.ts). Each step lifts data of version N to N + 1;
 * loadLevel runs them in order until the data is at CURRENT_SCHEMA_VERSION, then the schema validates
 * it. A file's version is its `schemaVersion` (a whole number, required).
 *
 * Versions:
 * 1. the first versioned format.
 * 2. files a level refers to are found relative to the level file's folder (in version 1 they were
 *    paths under the project's assets/), or named inside Synaptica's assets/ as "assets:x". The step
 *    rewrites version 1's one asset field, a circuit's `tutor.wav`, from "tutors/x.wav" to
 *    "assets:tutors/x.wav": the same file, wherever the level file lives. A value version 1 would not
 *    have accepted is left as written, so the schema's error quotes what the user wrote. Version 2 also admits the optional fields
 *    issue 11 added (circuit parameters, trace monitors, manipulations, criterion phases); a version-1
 *    file has none of them, so for those fields the step is the identity.
 * 3. the calcium rule is Shouval, Bear & Cooper (2002)'s own model (issue 13): the NMDA current opens at
 *    once (a fast and a slow decaying part) instead of rising, so version 2's `nmdaRiseMs` has no
 *    meaning any more, and three kept names now mean the paper's quantities: `nmdaCalciumGain` is
 *    G_NMDA (μM per ms per mV), `nmdaDecayMs` the fast component's τf, `learningRatePerMs` 1/P4.
 *    Version 2's values of those were for the old single-exponential, cubic-rate rule (0.0012, 150,
 *    2e-5 in the built-in levels) and would run the new model ~50× slower, so the step sets the
 *    paper's values for them; thresholds, τCa, Mg²⁺, the weight bounds and the spike's shape are kept.
 */
import { ASSETS_ROOT_PREFIX } from '../circuits/plugin/assetPath';
import { CURRENT_SCHEMA_VERSION } from './schema/level';
import type { LevelError } from './errors';
import {
  isPlainObject, migrateVersioned, readVersion,
  type MigrationStep, type PlainObject, type VersionedFormat,
} from './versioning/versionedFormat';

export type { MigrationStep, PlainObject } from './versioning/versionedFormat';
/** The steps a format runs (tests pass made-up ones to loadLevel). */
export type MigrationRegistry = readonly MigrationStep[];

/** A version-1 asset path: names under assets/, no "../" (what version 1's schema admitted). */
const V1_ASSET_PATH = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*\.wav$/;

/** Version 1 → 2: asset paths become relative to the level file's folder; version 1's name assets:. */
export const assetPathsRelativeToLevel: MigrationStep = {
  from: 1,
  describe: 'asset paths (a circuit\'s tutor.wav) are relative to the level file\'s folder: "tutors/x.wav" under assets/ becomes "assets:tutors/x.wav", the same file wherever the level lives',
  migrate(data) {
    if (!Array.isArray(data.circuits)) return data;
    const circuits = data.circuits.map((circuit: unknown) => {
      if (!isPlainObject(circuit) || !isPlainObject(circuit.tutor) || typeof circuit.tutor.wav !== 'string') return circuit;
      if (!V1_ASSET_PATH.test(circuit.tutor.wav)) return circuit;
      return { ...circuit, tutor: { ...circuit.tutor, wav: `${ASSETS_ROOT_PREFIX}${circuit.tutor.wav}` } };
    });
    return { ...data, circuits };
  },
};

/** Version 2 → 3: the calcium rule becomes SBC 2002's; values whose meaning changed take the paper's. */
export const calciumRuleOfThePaper: MigrationStep = {
  from: 2,
  describe: 'the calcium rule follows Shouval, Bear & Cooper (2002): a calcium rule\'s "nmdaRiseMs" is removed (the NMDA current opens at once) and "nmdaCalciumGain", "nmdaDecayMs" and "learningRatePerMs", which now mean the paper\'s G_NMDA, τf and 1/P4, take the paper\'s values (0.002, 50, 0.001); its other parameters are kept',
  migrate(data) {
    if (!Array.isArray(data.projections)) return data;
    const projections = data.projections.map((projection: unknown) => {
      if (!isPlainObject(projection) || !isPlainObject(projection.plasticity)) return projection;
      const { plasticity } = projection;
      if (plasticity.rule !== 'calcium') return projection;
      const { nmdaRiseMs: _noRiseInTheModel, ...kept } = plasticity;
      return { ...projection, plasticity: { ...kept, ...CALCIUM_VALUES_OF_THE_PAPER } };
    });
    return { ...data, projections };
  },
};

/** SBC 2002's G_NMDA (1/500 μM/(ms·mV)), τf (50 ms) and P4 (1 s, as a rate per ms). */
const CALCIUM_VALUES_OF_THE_PAPER = { nmdaCalciumGain: 0.002, nmdaDecayMs: 50, learningRatePerMs: 0.001 } as const;

/** The project's migrations, one per version step up to CURRENT_SCHEMA_VERSION. */
export const levelMigrations: MigrationRegistry = [assetPathsRelativeToLevel, calciumRuleOfThePaper];

export function levelFormat(steps: MigrationRegistry = levelMigrations, current: number = CURRENT_SCHEMA_VERSION): VersionedFormat {
  return { noun: 'level', versionField: 'schemaVersion', current, steps };
}

/** Reads a file's version: its whole-number schemaVersion, or a reason it has none. */
export function readSchemaVersion(data: unknown): { ok: true; version: number } | { ok: false; error: LevelError } {
  return readVersion(data, levelFormat());
}

/** Upgrades data to `targetVersion` through the steps. */
export function migrateLevelData(
  data: unknown,
  steps: MigrationRegistry = levelMigrations,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): { ok: true; data: PlainObject; fromVersion: number } | { ok: false; errors: LevelError[] } {
  const migrated = migrateVersioned(data, levelFormat(steps, targetVersion));
  return migrated.ok ? migrated : { ok: false, errors: [migrated.error] };
}
