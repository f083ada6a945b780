/**
 * Templates a new level starts from: one per circuit kind in the registry (the kind's config takes
 * its schema's defaults; its starter brings the trials and goal), a free network and an STDP pairing.
 * Every template loads (test/editor/templates.test.ts), so a designer starts from a playable level.
 */
import { CIRCUIT_DEFINITIONS } from '../circuits/registry';
import { CURRENT_SCHEMA_VERSION } from '../levels/schema/level';
import type { Draft } from './applyEdit';
import { freeNetworkParts, stdpPairingParts } from './networkTemplates';
import { localizeTemplateTexts } from './templateTexts';
import { hasKey, t } from '../i18n/messages';

export interface LevelTemplate {
  /** Stable key (the picker's value and the URL's ?editor=template:<key>). */
  readonly key: string;
  /** In the page's language (editor.template.<key>.title and .summary). */
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

/** A template's name or summary: the string files' words, the template's own English where they lack it. */
function templateWords(key: string, part: 'title' | 'summary', english: string): string {
  const messageKey = `editor.template.${key}.${part}`;
  return hasKey(messageKey, 'en') ? t(messageKey) : english;
}

const circuitTemplates: LevelTemplate[] = CIRCUIT_DEFINITIONS.map((definition) => ({
  key: definition.kind,
  get title() { return templateWords(definition.kind, 'title', definition.starter.title); },
  get summary() { return templateWords(definition.kind, 'summary', definition.starter.summary); },
  create() {
    const starter = structuredClone(definition.starter);
    const durationMs = typeof starter.level.durationMs === 'number' ? starter.level.durationMs : 60_000;
    return localizeTemplateTexts(definition.kind, {
      ...header(definition.kind, t('editor.template.levelTitle', { name: templateWords(definition.kind, 'title', definition.starter.title).toLowerCase() }), durationMs),
      ...starter.level,
      circuits: [{ kind: definition.kind, ...starter.config }],
    });
  },
}));

const networkTemplates: LevelTemplate[] = [
  {
    key: 'free-network',
    get title() { return t('editor.template.free-network.title'); },
    get summary() { return t('editor.template.free-network.summary'); },
    create: () => localizeTemplateTexts('free-network', { ...header('free-network', t('editor.template.free-network.levelTitle'), 2000), ...freeNetworkParts() }),
  },
  {
    key: 'stdp-pairing',
    get title() { return t('editor.template.stdp-pairing.title'); },
    get summary() { return t('editor.template.stdp-pairing.summary'); },
    create: () => localizeTemplateTexts('stdp-pairing', { ...header('stdp-pairing', t('editor.template.stdp-pairing.levelTitle'), 60_000), ...stdpPairingParts() }),
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
