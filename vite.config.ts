import { defineConfig } from 'vite';

// The game is a static site: index.html at the repository root is the entry, and the build uses
// relative asset paths (base './') so dist/ works from any folder or a file server's sub-path.
export default defineConfig({
  base: './',
  root: '.',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // Pixi is one large chunk by design; do not warn about it on every build.
    chunkSizeWarningLimit: 1500,
  },
  worker: {
    // Fast-forward runs the sim in a module worker (docs/architecture.md).
    format: 'es',
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
