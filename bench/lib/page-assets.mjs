// Shared by the byte benchmarks: what a built page loads, and its compressed size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The files a page loads: its stylesheets, its scripts and every module they import, once each. */
export function pageAssets(site, html) {
  const styles = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1]).filter(Boolean);
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const seen = new Set();
  const queue = [...scripts];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(site, path), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.js)["']/g)) {
      queue.push(new URL(match[1], `http://x${path}`).pathname);
    }
  }
  return { styles, scripts: [...seen] };
}
