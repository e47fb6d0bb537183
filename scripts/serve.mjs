#!/usr/bin/env node
// Serves a built site the way GitHub Pages does, for the end-to-end tests and local checks:
// `dir/` serves dir/index.html, `/dir` redirects to `/dir/`, unknown paths get 404.html with status 404.
// Text is gzipped for clients that accept it, as GitHub Pages and CDNs do, so that the
// size budgets in the tests measure what a visitor really downloads.
// Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    base: { type: 'string', default: '/' },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : info.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined;
  }
}

const compressible = /^(text\/|application\/(json|xml|atom\+xml)|image\/svg\+xml)/;

function send(request, response, status, path) {
  const type = types[extname(path)] ?? 'application/octet-stream';
  const gzip = compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const body = createReadStream(path);
  if (gzip) body.pipe(createGzip({ level: 9 })).pipe(response);
  else body.pipe(response);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  if (`${pathname}/` === base) {
    response.writeHead(301, { Location: base });
    return response.end();
  }
  if (pathname.startsWith(base)) {
    const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    const target = join(root, relative);
    const found = await fileAt(target);
    if (found === 'directory') {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      const index = await fileAt(join(target, 'index.html'));
      if (index && index !== 'directory') return send(request, response, 200, index);
    } else if (found) {
      return send(request, response, 200, found);
    }
  }
  const notFound = await fileAt(join(root, '404.html'));
  if (notFound && notFound !== 'directory') return send(request, response, 404, notFound);
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}${base}`);
});
