/**
 * The USB-stick build (`vite build --mode usb`, part of `npm run build`): the whole game in ONE html
 * file, dist/synaptica-offline.html, that opens from a file:// address with no server. A browser
 * refuses module scripts, stylesheets with crossorigin, workers and fetches from file:// pages (origin
 * "null"), so everything is inlined: the code and styles (vite-plugin-singlefile), the Web Workers (as
 * blob: workers, through vite's ?worker&inline), and the tutor songs (data: URLs). The page's
 * Content-Security-Policy then names the inline script and styles by their SHA-256 hashes, so it stays
 * as strict as the hosted site's: nothing inline runs unless it is exactly what was built.
 * dist/index.html, opened from a file:// address, sends the reader here (assets/site/open-from-file.js).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

export const SINGLE_FILE_NAME = 'synaptica-offline.html';

/** `new Worker(new URL('./x.ts', import.meta.url), options)` → an inlined worker module of the same file. */
function inlineWorkers(): Plugin {
  const workerCall = /new Worker\(new URL\((['"])(\.{1,2}\/[^'"]+\.ts)\1, import\.meta\.url\),\s*/g;
  return {
    name: 'synaptica-inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('new Worker(new URL(')) return null;
      const imports: string[] = [];
      const rewritten = code.replace(workerCall, (_whole, _quote, path: string) => {
        const name = `InlinedWorker${imports.length}`;
        imports.push(`import ${name} from '${path}?worker&inline';`);
        return `new ${name}(`;
      });
      // A worker made another way would stay a module worker, which a file:// page cannot start.
      if (rewritten.includes('new Worker(new URL(')) {
        this.error(`${id}: a Web Worker the one-file build cannot inline (write it as new Worker(new URL('./x.ts', import.meta.url), options))`);
      }
      return imports.length === 0 ? null : { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Adds the hashes of the inlined <script> and <style> elements to the page's CSP (after inlining), and
 * names the page synaptica-offline.html so it sits beside the hosted site's index.html.
 */
function hashInlinedCodeAndName(): Plugin {
  return {
    name: 'synaptica-csp-hashes',
    enforce: 'post',
    // After vite-plugin-singlefile's own generateBundle has inlined everything.
    generateBundle: { order: 'post', handler(_options, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset' || typeof page.source !== 'string') {
        this.error('the single-file build made no index.html');
      }
      const html = page.source as string;
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((code) => code.trim() !== '');
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      let found = false;
      const source = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_whole, open: string, policy: string, close: string) => {
        found = true;
        return `${open}${policy.replace(SCRIPT_HASHES, scripts.map(sha256).join(' ')).replace(STYLE_HASHES, styles.map(sha256).join(' '))}${close}`;
      });
      if (!found || source.includes(SCRIPT_HASHES) || source.includes(STYLE_HASHES)) {
        this.error('the one-file page has no Content-Security-Policy with places for its inline code\'s hashes');
      }
      // Rolldown does not take new keys on the bundle: the renamed page is emitted as a new asset.
      delete bundle['index.html'];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source });
    } },
  };
}

// Marks where the hashes go until the code is inlined (vite-plugin-singlefile then sees the policy
// will name its inline code, and hashInlinedCodeAndName puts the real hashes in their place).
const SCRIPT_HASHES = "'sha256-of-the-inlined-scripts'";
const STYLE_HASHES = "'sha256-of-the-inlined-styles'";

/** Before bundling: the one-file page's policy gets the places for its inline code's hashes. */
function prepareOneFilePage(): Plugin {
  return {
    name: 'synaptica-prepare-one-file-page',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html
        .replace("script-src 'self'", `script-src 'self' ${SCRIPT_HASHES}`)
        .replace("style-src 'self'", `style-src 'self' ${STYLE_HASHES}`),
    },
  };
}

/**
 * A file:// page cannot have a service worker (src/app/offline/offlineSupport.ts does not ask for one
 * there), so the one-file build has no vite-plugin-pwa; its registration module is declared absent.
 */
function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'synaptica-no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) => (loaded === `\0${id}`
      ? 'export function registerSW() { throw new Error("A page opened from a file has no service worker."); }'
      : null),
  };
}

/**
 * The hosted site's index.html, opened from a file:// address, sends the reader to the one-file page
 * (assets/site/open-from-file.js: a classic script, which runs where modules are refused). Added after
 * vite has read the page, so vite leaves the classic script as it is.
 */
export function sendFileReadersToOneFile(): Plugin {
  return {
    name: 'synaptica-send-file-readers-to-one-file',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: './open-from-file.js' }, injectTo: 'head' }],
    },
  };
}

export function singleFileSite(): Plugin[] {
  return [
    noServiceWorker(),
    prepareOneFilePage(),
    inlineWorkers(),
    viteSingleFile({ removeViteModuleLoader: true }) as Plugin,
    hashInlinedCodeAndName(),
  ];
}
