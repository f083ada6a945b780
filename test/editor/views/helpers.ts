// Built-in level files as drafts for the views' tests.
import { readFileSync } from 'node:fs';

export function levelDraft(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../levels/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}
