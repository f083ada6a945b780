/**
 * Writes the files circuits make for assets/ (each definition's generatedAssets, such as tutor
 * WAVs and their *.template.json) — `npm run tutors`. A test checks that the repository's
 * files equal these bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CIRCUIT_DEFINITIONS } from '../circuits/registry';

export const ASSET_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const generated = CIRCUIT_DEFINITIONS.flatMap((d) => (d.generatedAssets ? [d.generatedAssets] : []));
  for (const assets of generated) {
    const dir = join(ASSET_DIR, assets.folder);
    mkdirSync(dir, { recursive: true });
    for (const [name, bytes] of assets.files()) {
      writeFileSync(join(dir, name), bytes);
      console.log(assets.describe(name, bytes));
    }
  }
}
