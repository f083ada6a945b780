// Builds the site with vite and serves dist/ with `vite preview` on 127.0.0.1 and a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/** Where each build goes: the tests' build (with the debug hooks) never lands in dist/, which is the production site. */
export const testSiteDir = fileURLToPath(new URL('../../test-output/site-test/', import.meta.url));
export const productionSiteDir = fileURLToPath(new URL('../../test-output/site-production/', import.meta.url));

/**
 * Builds the site. `mode: 'test'` (the browser tests, the browser benchmark) is the build with
 * window.__synaptica and window.__synapticaSoundLog (src/app/debugHooks.ts); `mode: 'production'`
 * is what `npm run build` makes, here into another folder so a test can look at it; `mode: 'usb'` adds
 * the one-file page for file:// addresses (synaptica-offline.html) to the folder.
 */
export function buildSite(mode: 'test' | 'production' | 'usb' = 'test', outDir = mode === 'test' ? testSiteDir : productionSiteDir): string {
  // The USB build adds one file to a built site's folder (vite.config.ts); the others start afresh.
  const empty = mode === 'usb' ? [] : ['--emptyOutDir'];
  const result = spawnSync(process.execPath, [viteBin, 'build', '--mode', mode, '--outDir', outDir, ...empty, '--logLevel', 'warn'], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`vite build --mode ${mode} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return outDir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/** Starts `vite preview` of `outDir` and resolves once it answers HTTP. */
export async function startPreview(outDir = testSiteDir, timeoutMs = 20_000): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    // --bypass-lock: a preview left over from an interrupted run must not fail the next one.
    [viteBin, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--bypass-lock'],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const url = `http://127.0.0.1:${port}/`;
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await stop();
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output}`);
}
