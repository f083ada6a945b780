/** Export a level as a PyNN script: buildPynnNetwork (level → PyNN terms) then writePynnScript. */
import type { Level } from '../../levels/schema/level';
import { buildPynnNetwork, type PynnExportOptions } from './buildPynnNetwork';
import type { UnsupportedPart } from './pynnNetwork';
import { writePynnScript } from './writePynnScript';

export type { PynnExportOptions } from './buildPynnNetwork';
export type { PynnNetwork, UnsupportedPart } from './pynnNetwork';
export { buildPynnNetwork } from './buildPynnNetwork';

export type PynnExportResult = { ok: true; script: string; unsupported: UnsupportedPart[] } | { ok: false; errors: string[] };

export function exportPynnScript(level: Level, options: PynnExportOptions = {}): PynnExportResult {
  const built = buildPynnNetwork(level, options);
  if (!built.ok) return built;
  return { ok: true, script: writePynnScript(built.network), unsupported: built.network.unsupported };
}
