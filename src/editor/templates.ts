/**
 * Templates a new level starts from: one per circuit kind in the registry (the kind's config takes
 * its schema's defaults; its starter brings the trials and goal), a free network and an STDP pairing.
 * Every template loads (test/editor/templates.test.ts), so a designer starts from a playable level.
 */
import { CIRCUIT_DEFINITIONS } from '../circuits/registry';
import { CURRENT_SCHEMA_VERSION } from '../levels/schema/level';
import type { Draft } from './applyEdit';
import { freeNetworkParts, stdpPairingParts } from './networkTemplates';

export interface LevelTemplate {
  /** Stable key (the picker's value and the URL's ?editor=template:<key>). */
  readonly key: string;
  readonly title: string;
  readonly summary: string;
  /** A fresh draft (a new object each call). */
  create(): Draft;
}

/** The header every new level gets; the designer renames it. */
function header(key: string, title: string, durationMs: number): Record<string, unknown> {
  return {
    $schema: './level.schema.json',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: `my-${key}-level`,
    title,
    seed: 1,
    dtMs: 1,
    durationMs,
    neuronTypes: [],
    populations: [],
  };
}

const circuitTemplates: LevelTemplate[] = CIRCUIT_DEFINITIONS.map((definition) => ({
  key: definition.kind,
  title: definition.starter.title,
  summary: definition.starter.summary,
  create: () => {
    const starter = structuredClone(definition.starter);
    const durationMs = typeof starter.level.durationMs === 'number' ? starter.level.durationMs : 60_000;
    return {
      ...header(definition.kind, `My ${starter.title.toLowerCase()} level`, durationMs),
      ...starter.level,
      circuits: [{ kind: definition.kind, ...starter.config }],
    };
  },
}));

const networkTemplates: LevelTemplate[] = [
  {
    key: 'free-network',
    title: 'Free network',
    summary: 'Two populations, one projection between them and a drive: build your own circuit.',
    create: () => ({ ...header('free-network', 'My network', 2000), ...freeNetworkParts() }),
  },
  {
    key: 'stdp-pairing',
    title: 'STDP pairing',
    summary: 'One synapse, a presynaptic and a postsynaptic spike each trial: timing sets the weight change.',
    create: () => ({ ...header('stdp-pairing', 'My pairing protocol', 60_000), ...stdpPairingParts() }),
  },
];

/** Every template, circuit kinds first (registry order). */
export const LEVEL_TEMPLATES: readonly LevelTemplate[] = [...circuitTemplates, ...networkTemplates];

export function templateByKey(key: string): LevelTemplate | undefined {
  return LEVEL_TEMPLATES.find((template) => template.key === key);
}

/** A draft from any level's data (built-in or opened): a deep copy, so editing never touches the source. */
export function draftFromLevel(levelData: unknown): Draft {
  if (typeof levelData !== 'object' || levelData === null || Array.isArray(levelData)) throw new Error('a level must be an object');
  return structuredClone(levelData) as Draft;
}
