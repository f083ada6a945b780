/**
 * A rejected command in the player's language: the engine sends a code and its parameters
 * (sim/commands/commandRejection.ts); here each code has a sentence in the string files
 * (game.rejected.reason.<code>) and each id parameter becomes the name a player reads: a setting's
 * label from the level, a population's label, a stimulus in words, a command field in words.
 */
import { pathWords } from '../editor/pathWords';
import { t } from '../i18n/messages';
import { parsePath } from '../levels/errors';
import { humanizeId, populationLabel } from '../levels/labels/populationLabels';
import { stimulusLabel } from '../levels/labels/stimulusLabel';
import type { Level } from '../levels/schema/level';
import type { CommandRejection, RejectionCode } from '../sim/commands/commandRejection';

/** The command fields a rejection can name (REJECTION_ENGLISH's {field}), each with words in the string files. */
export const REJECTION_FIELDS: readonly string[] = ['value', 'amount', 'gain', 'enabled', 'restore'];

/** The level's name for a parameter path: the player's slider label, else the path in the editor's words. */
export function settingLabel(level: Level | null, path: string): string {
  const own = level?.playerParameters.find((parameter) => parameter.path === path)?.label;
  if (own) return own;
  const segments = parsePath(path);
  return segments === undefined || segments.length === 0 ? path : pathWords(segments);
}

function fieldWords(field: string): string {
  return REJECTION_FIELDS.includes(field) ? t(`game.rejected.field.${field}`) : humanizeId(field);
}

/** '"tone", "light"' (the CS ids the engine lists) → "tone, light" in the page's words. */
function stimulusList(names: string): string {
  return [...names.matchAll(/"([^"]*)"/g)].map((m) => stimulusLabel(m[1])).join(', ');
}

/** The parameters with every id replaced by what the player reads. */
function humanParams(code: RejectionCode, params: CommandRejection['params'], level: Level | null): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  const text = (name: string): string => String(params[name] ?? '');
  if ('parameter' in params) out.parameter = settingLabel(level, text('parameter'));
  if ('field' in params) out.field = fieldWords(text('field'));
  if ('population' in params) out.population = populationLabel(level, text('population'));
  if ('names' in params) out.names = stimulusList(text('names'));
  if ('name' in params) {
    out.name = code === 'unknownPopulation' ? populationLabel(level, text('name'))
      : code === 'unknownStimulus' ? stimulusLabel(text('name'))
        : humanizeId(text('name'));
  }
  return out;
}

/** The reason a command was turned down, as a clause in the page's language. */
export function rejectionWords(rejection: CommandRejection, level: Level | null): string {
  return t(`game.rejected.reason.${rejection.code}`, humanParams(rejection.code, rejection.params, level));
}
