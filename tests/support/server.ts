/** Serves a built site on localhost the way a static host does: directory index, 404 page, _headers. */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningServer {
  origin: string;
  port: number;
  close: () => Promise<void>;
}

/** One block of a `_headers` file: a path pattern, the headers it sets and the ones it detaches (`! Name`). */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  unset: string[];
}

/** Parses a `_headers` file (Netlify/Cloudflare format) into its blocks, in file order. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let rule: HeaderRule | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rule = { pattern: line.trim(), set: [], unset: [] };
      rules.push(rule);
      continue;
    }
    if (!rule) continue;
    const entry = line.trim();
    if (entry.startsWith('!')) {
      rule.unset.push(entry.slice(1).trim());
      continue;
    }
    const at = entry.indexOf(':');
    if (at > 0) rule.set.push([entry.slice(0, at).trim(), entry.slice(at + 1).trim()]);
  }
  return rules;
}

/** Whether a path pattern (`/*`, `/embed/*`, `/exact/path`) matches a URL path; `*` matches anything. */
function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path gets, as Cloudflare Pages applies them: every matching block in file order; `! Name`
 * drops what earlier blocks set; a header set again by a later block is appended, comma-separated.
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  const setByRules = new Set<string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.unset) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, setByRules.has(key) && previous !== undefined ? `${previous}, ${value}` : value);
      setByRules.add(key);
    }
  }
  return headers;
}

function readRules(dir: string): HeaderRule[] {
  const file = join(dir, '_headers');
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function applyHeaders(response: ServerResponse, headers: Map<string, string>): void {
  for (const [name, value] of headers) response.setHeader(name, value);
}

export interface ServeOptions {
  /** Serve `file.br` / `file.gz` written beside a file when the browser accepts them, as a CDN would. */
  precompressed?: boolean;
}

export async function serveSite(dir: string, port = 0, host = '127.0.0.1', options: ServeOptions = {}): Promise<RunningServer> {
  const { precompressed = false } = options;
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'], brotli: precompressed, gzip: precompressed });
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : Buffer.from('Not found');
  const rules = readRules(dir);
  const server: Server = createServer((request, response) => {
    const path = safeDecode(new URL(request.url ?? '/', 'http://localhost').pathname);
    applyHeaders(response, headersFor(rules, path));
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
