/** Serves a built site on localhost the way a static host does: directory index, 404 page, _headers. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningServer {
  origin: string;
  port: number;
  close: () => Promise<void>;
}

/** Headers from the site's `_headers` file (Netlify/Cloudflare format), applied to every path. */
function globalHeaders(dir: string): [string, string][] {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const headers: [string, string][] = [];
  let applies = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      applies = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (applies && at > 0) headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return headers;
}

export async function serveSite(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  const headers = globalHeaders(dir);
  const server: Server = createServer((request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    assets(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    origin: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
