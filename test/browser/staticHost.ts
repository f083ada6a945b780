// A plain static file host for the offline tests: serves a built site's folder under a sub-path
// (as a school's web space would, e.g. /class/synaptica/), with the usual content types and nothing
// else (no SPA rewrites, no special headers), so the site proves it needs no more than that.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wav': 'audio/wav',
  '.wasm': 'application/wasm', '.zip': 'application/zip',
};

export interface StaticHost {
  /** The site's address, ending in the sub-path and a slash. */
  readonly url: string;
  stop(): Promise<void>;
}

export function hostStatically(folder: string, subPath = '/class/synaptica/', port = 0): Promise<StaticHost> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(subPath)) { response.writeHead(404).end('not here'); return; }
    const relative = normalize(path.slice(subPath.length) || 'index.html');
    if (relative.startsWith('..')) { response.writeHead(403).end(); return; }
    let file = join(folder, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { response.writeHead(404).end('no such file'); return; }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${subPath}`,
        stop: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
