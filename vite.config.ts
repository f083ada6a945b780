import { defineConfig, type Plugin } from 'vite';

/**
 * index.html's Content-Security-Policy allows styles only from the site's stylesheet. The dev server
 * (`npm start`) injects each CSS module as a <style> element and hot-reloads over a WebSocket, so there,
 * and only there, inline styles are allowed too. Builds keep the policy exactly as written.
 */
function devServerCsp(): Plugin {
  return {
    name: 'synaptica-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

// The game is a static site: index.html at the repository root is the entry, and the build uses
// relative asset paths (base './') so dist/ works from any folder or a file server's sub-path.
// `vite build --mode test` is the browser tests' build: it keeps the debug hooks (src/app/debugHooks.ts).
export default defineConfig({
  base: './',
  root: '.',
  plugins: [devServerCsp()],
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
