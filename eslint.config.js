// Lint enforces the layer table of docs/architecture.md (who may import whom) and keeps the
// simulation pure: no clocks, no Math.random, no DOM globals where determinism is promised.
import tseslint from 'typescript-eslint';

const layers = ['sim', 'circuits', 'levels', 'export', 'editor', 'cli', 'bus', 'i18n', 'app', 'render', 'audio', 'ui'];

/** Which src/ folders each layer may import from (itself is always allowed). */
const allowedImports = {
  sim: [],
  circuits: ['sim'],
  levels: ['sim', 'circuits'],
  export: ['sim', 'circuits', 'levels'],
  editor: ['sim', 'circuits', 'levels', 'i18n'],
  cli: ['sim', 'circuits', 'levels', 'export'],
  bus: ['sim'],
  i18n: [],
  app: layers,
  render: ['sim', 'circuits', 'levels', 'i18n'],
  audio: ['sim', 'circuits', 'bus', 'i18n'],
  ui: ['sim', 'levels', 'editor', 'bus', 'i18n'],
};

const browserPackages = ['pixi.js', 'howler', 'mitt'];

function importRulesFor(layer) {
  const forbiddenLayers = layers.filter((other) => other !== layer && !allowedImports[layer].includes(other));
  // A relative path that climbs with ../ and then enters the other layer's folder is an import from
  // src/<other>; a sub-folder that merely shares the name (src/circuits/songbird/audio) is not.
  const patterns = forbiddenLayers.map((other) => ({
    regex: `^(\\.\\./)+${other}(/|$)`,
    message: `src/${layer} may not import from src/${other} (layer table in docs/architecture.md).`,
  }));
  const pureLayer = ['sim', 'circuits', 'levels', 'export', 'editor', 'cli'].includes(layer);
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns,
          paths: pureLayer
            ? browserPackages.map((name) => ({ name, message: `src/${layer} must not depend on ${name}.` }))
            : [],
        },
      ],
    },
  };
}

const deterministicFolders = ['src/sim/**/*.ts', 'src/circuits/**/*.ts', 'src/levels/**/*.ts'];
const bannedGlobals = ['window', 'document', 'navigator', 'performance', 'setTimeout', 'setInterval',
  'requestAnimationFrame', 'localStorage', 'indexedDB', 'fetch', 'Date', 'process'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'test-output/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  ...layers.map(importRulesFor),
  {
    files: deterministicFolders,
    rules: {
      'no-restricted-globals': ['error', ...bannedGlobals.map((name) => ({
        name, message: `${name} is banned in the deterministic simulation layers: time is world.tick × dtMs, randomness comes from world.rng streams.`,
      }))],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use a named, seeded stream from world.rng.' },
        { object: 'performance', property: 'now', message: 'The simulation never reads a clock.' },
        { object: 'Date', property: 'now', message: 'The simulation never reads a clock.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date']", message: 'The simulation never reads a clock.' },
      ],
    },
  },
);
