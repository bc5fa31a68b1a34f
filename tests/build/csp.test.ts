/**
 * Content-Security-Policy: every page carries the strict policy in a <meta> tag before anything it loads,
 * the host's `_headers` sends the same policy (with frame-ancestors: embeds may be framed anywhere, the
 * rest only by the site), and the built HTML needs nothing the policy forbids: no inline script or
 * style, no event-handler attribute, no javascript: URL. Nothing loadable is fetched from another origin.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssReferences, isOffOrigin, pageReferences, scriptReferences } from '../support/references';
import { headersFor, parseHeaders } from '../support/server';
import { listPages, loadPage, siteDir } from '../support/site';

const dir = siteDir();
const pages = listPages(dir);

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** What makes a policy strict; returns the problems found. */
function strictnessProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const sources = (name: string) => policy.get(name) ?? policy.get('default-src') ?? [];
  if ((policy.get('default-src') ?? []).join(' ') !== "'self'") problems.push("default-src must be exactly 'self'");
  for (const name of ['script-src', 'style-src']) {
    const forbidden = sources(name).filter((source) => !["'self'", "'wasm-unsafe-eval'"].includes(source));
    if (forbidden.length) problems.push(`${name} allows ${forbidden.join(' ')}`);
  }
  for (const [name, values] of policy) {
    if (values.includes("'unsafe-eval'")) problems.push(`${name} allows 'unsafe-eval'`);
    if (values.includes("'unsafe-inline'")) problems.push(`${name} allows 'unsafe-inline'`);
    if (name !== 'frame-ancestors' && values.some((value) => value === '*' || /^https?:$/.test(value))) {
      problems.push(`${name} allows any host`);
    }
  }
  if ((policy.get('object-src') ?? []).join(' ') !== "'none'") problems.push("object-src must be 'none'");
  if (!policy.has('base-uri')) problems.push('base-uri is missing');
  return problems;
}

function metaPolicy(path: string): string | undefined {
  return loadPage(path, dir)('meta[http-equiv="Content-Security-Policy" i]').attr('content');
}

describe('the policy delivered with every page', () => {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const reference = parsePolicy(metaPolicy('/') ?? '');

  it('the home page’s <meta> policy is strict', () => {
    expect(reference.size).toBeGreaterThan(0);
    expect(strictnessProblems(reference)).toEqual([]);
  });

  it.each(pages)('%s has the same strict <meta> policy, ahead of everything it loads', (path) => {
    const $ = loadPage(path, dir);
    const metas = $('meta[http-equiv="Content-Security-Policy" i]');
    expect(metas).toHaveLength(1);
    expect(parsePolicy(metas.attr('content') ?? '')).toEqual(reference);
    // A <meta> policy only governs what comes after it.
    const first = $('head').children().toArray();
    const at = first.indexOf(metas.get(0)!);
    const loadsBefore = first.slice(0, at).filter((element) => ['script', 'link', 'style', 'base'].includes(element.tagName));
    expect(loadsBefore.map((element) => element.tagName)).toEqual([]);
  });

  it('the build ships a _headers file whose policy for pages matches the <meta> policy', () => {
    expect(existsSync(headersFile)).toBe(true);
    const headers = headersFor(rules, '/');
    const header = parsePolicy(headers.get('content-security-policy') ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'self'"]);
    header.delete('frame-ancestors');
    expect(header).toEqual(reference);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  });

  it.each(pages)('%s gets the header policy for its kind of page', (path) => {
    const value = headersFor(rules, path).get('content-security-policy') ?? '';
    // One policy only: a second (comma-joined) policy would also apply and could forbid framing embeds.
    expect(value).not.toContain(',');
    const policy = parsePolicy(value);
    expect(strictnessProblems(policy)).toEqual([]);
    expect(policy.get('frame-ancestors')).toEqual(path.startsWith('/embed/') ? ['*'] : ["'self'"]);
  });
});

/** Attributes whose value the browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc']);

describe('nothing inline that the policy would block', () => {
  it.each(pages)('%s', (path) => {
    const $ = loadPage(path, dir);
    const problems: string[] = [];
    $('script').each((_, element) => {
      const script = $(element);
      const type = (script.attr('type') ?? '').toLowerCase();
      if (!script.attr('src') && !['application/json', 'application/ld+json'].includes(type)) {
        problems.push(`inline <script>: ${script.html()?.slice(0, 80)}`);
      }
    });
    for (const element of $('style').toArray()) problems.push(`<style> block: ${$(element).html()?.slice(0, 80)}`);
    for (const element of $('[style]').toArray()) problems.push(`style="${$(element).attr('style')}" on <${element.tagName}>`);
    $('*').each((_, element) => {
      if (!('attribs' in element)) return;
      for (const [name, value] of Object.entries(element.attribs)) {
        if (/^on/i.test(name)) problems.push(`event handler ${name}= on <${element.tagName}>`);
        if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^javascript:/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
          problems.push(`javascript: URL in ${name}= on <${element.tagName}>`);
        }
      }
    });
    expect(problems).toEqual([]);
  });
});

describe('nothing loadable comes from another origin', () => {
  it.each(pages)('%s loads only files of its own origin', (path) => {
    const offOrigin = pageReferences(loadPage(path, dir))
      .filter((reference) => reference.kind === 'resource' && isOffOrigin(reference.url, []))
      .map((reference) => `${reference.where} ${reference.url}`);
    expect(offOrigin).toEqual([]);
  });

  const assets: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (['.css', '.js', '.mjs'].includes(extname(name))) assets.push(path.slice(dir.length));
    }
  };
  walk(dir);

  it.each(assets)('%s loads only files of its own origin', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const urls = extname(file) === '.css' ? cssReferences(text) : scriptReferences(text);
    expect(urls.filter((url) => isOffOrigin(url, []))).toEqual([]);
  });
});
