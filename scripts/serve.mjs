// Serves dist/ on the loopback interface for `make run` and the browser tests.
//   node scripts/serve.mjs [--port N] [--root DIR]   (PORT env var also works)
// Stops cleanly on Ctrl-C / SIGTERM.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(option('--root', path.join(here, '..', 'dist')));
const port = Number(option('--port', process.env.PORT || '8080'));
const host = '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

// What the README asks of any server of dist/: the page's own policy (its
// meta tag cannot say frame-ancestors), no sniffing, no referrer, and none of
// the powers Mend never uses. The clipboard stays allowed: phrases are copied.
const securityHeaders = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), ' +
    'serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), ' +
    'display-capture=()',
};

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: PORT must be a number from 1 to 65535 (0 picks a free one), not "${option('--port', process.env.PORT)}"`);
  process.exit(2);
}
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found: build the app first (make run does).`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const file = path.join(root, path.normalize(urlPath));
  if (!file.startsWith(root + path.sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    // The service worker decides what is cached; the browser always asks
    // the server again (no-cache), and an unchanged file costs a 304, not
    // its bytes: the worker's first install then reuses what the page has
    // just downloaded instead of fetching every file a second time.
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const common = { 'Cache-Control': 'no-cache', ETag: etag, ...securityHeaders };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, common).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] || 'application/octet-stream',
      'Content-Length': stat.size,
      ...common,
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
});

server.on('error', (err) => {
  console.error(err.code === 'EADDRINUSE'
    ? `serve: port ${port} is in use; try PORT=<another port> make run`
    : `serve: ${err.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Mend is running at http://${host}:${server.address().port}/  (Ctrl-C to stop)`);
});
const stop = () => {
  console.log('\nStopping Mend server.');
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
