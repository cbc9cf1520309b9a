#!/usr/bin/env node
// A tiny static file server for the built app (dist/), with no dependency.
// Used by Playwright's webServer and by scripts/bench.mjs.
//   node scripts/serve-dist.mjs [--dir dist] [--host 127.0.0.1] [--port 4173]
// PORT and HOST environment variables work too; --port 0 picks a free port.
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Start serving `dir`. Resolves to { server, url, close() } once listening.
 * Paths without an extension that match no file fall back to index.html (client-side routes).
 */
export function serveDist({ dir = path.join(ROOT, 'dist'), host = '127.0.0.1', port = 4173, quiet = false } = {}) {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) {
    return Promise.reject(new Error(`${path.join(root, 'index.html')} not found: run \`make build\` first`));
  }
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      let rel;
      try {
        rel = decodeURIComponent(pathname);
      } catch {
        res.writeHead(400).end('bad request');
        return;
      }
      let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
      if (file !== root && !file.startsWith(root + path.sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info && path.extname(file) === '') {
        file = path.join(root, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file).pipe(res);
    } catch (err) {
      if (!quiet) console.error('serve-dist:', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const url = `http://${host}:${actual}`;
      if (!quiet) console.log(`serving ${root} on ${url}/`);
      resolve({ server, url, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

function parseArgs(argv) {
  const opts = { dir: undefined, host: process.env.HOST || '127.0.0.1', port: Number(process.env.PORT ?? 4173) };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (key === '--dir') opts.dir = path.resolve(value());
    else if (key === '--host') opts.host = value();
    else if (key === '--port') opts.port = Number(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const opts = parseArgs(process.argv.slice(2));
  serveDist(opts)
    .then(({ close }) => {
      const stop = () => close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((err) => {
      console.error(`serve-dist: ${err.message}`);
      process.exit(1);
    });
}
