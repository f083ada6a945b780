import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { sendFileReadersToOneFile, singleFileSite } from './src/build/singleFileSite.ts';

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

/**
 * Offline after the first visit: a service worker (workbox, through vite-plugin-pwa) precaches the
 * whole built site (about 3 MB: the page, its chunks and workers, the tutor songs) and serves it when
 * the network is gone. A new deployment is not forced on a class mid-lesson: the page says "update
 * available" and the player reloads when they choose (src/app/offline/offlineSupport.ts).
 */
function offlineSite() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Synaptica',
      short_name: 'Synaptica',
      description: 'Watch spiking brains learn from their errors.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#14181f',
      theme_color: '#14181f',
      icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,wav,svg,png,json,wasm,webmanifest}'],
      // The Pixi chunk is about 1.4 MB; precache it too.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Links like ?level=… and ?editor are the same page.
      navigateFallback: 'index.html',
      // The one-file USB page is written by the second build, after this list: served as itself, never
      // replaced by the game page.
      navigateFallbackDenylist: [/synaptica-offline\.html$/],
      cleanupOutdatedCaches: true,
    },
  });
}

// The game is a static site: index.html at the repository root is the entry, and the build uses
// relative asset paths (base './') so dist/ works from any folder or a file server's sub-path.
// `vite build --mode test` is the browser tests' build: it keeps the debug hooks (src/app/debugHooks.ts).
export default defineConfig(({ mode }) => ({
  base: './',
  root: '.',
  // assets/site/ holds the files the site serves as they are (the icon, the file:// redirect). The
  // USB build (mode "usb": one html file beside the hosted site in dist/) needs none of them.
  publicDir: mode === 'usb' ? false : 'assets/site',
  plugins: mode === 'usb' ? [singleFileSite()] : [devServerCsp(), offlineSite(), sendFileReadersToOneFile()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    // The USB build is added to the hosted site's folder, not instead of it.
    emptyOutDir: mode !== 'usb',
    // Pixi is one large chunk by design; do not warn about it on every build.
    chunkSizeWarningLimit: 1500,
  },
  worker: {
    // Fast-forward runs the sim in a module worker (docs/architecture.md). A file:// page may only start
    // classic workers (Chromium refuses module workers from an opaque origin), so the USB build's are.
    format: mode === 'usb' ? 'iife' : 'es',
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
