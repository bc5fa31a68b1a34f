import { describe, expect, it } from 'vitest';
import { EMBED_LAYOUTS, EMBED_PAGES, embedSnippet, embedThemeFrom, embedUrl, oEmbedResponse, parentResizeScript } from '../../src/views/charts/embed';

const site = 'https://reader.example.org';

describe('embed options from the URL', () => {
  it('accepts light, dark and auto from a host, and ignores anything else (the page keeps its own theme)', () => {
    expect(embedThemeFrom('?theme=dark')).toBe('dark');
    expect(embedThemeFrom('?theme=light&x=1')).toBe('light');
    expect(embedThemeFrom('?theme=auto')).toBe('auto');
    expect(embedThemeFrom('')).toBeUndefined();
    expect(embedThemeFrom('?theme=<script>')).toBeUndefined();
  });

  it('is light at the plain address; dark and following the reader are their own pages', () => {
    expect(embedUrl(site, 'story', 'deployment')).toBe('https://reader.example.org/embed/story/deployment/');
    expect(embedUrl(site, 'story', 'deployment', 'light')).toBe('https://reader.example.org/embed/story/deployment/');
    expect(embedUrl(site, 'story', 'casualties', 'dark')).toBe('https://reader.example.org/embed/story/casualties/dark/');
    expect(embedUrl(site, 'story', 'casualties', 'auto')).toBe('https://reader.example.org/embed/story/casualties/auto/');
  });

  it('builds one page per theme besides the plain address, each naming its colours', () => {
    expect(EMBED_PAGES).toEqual([
      { path: undefined, theme: 'light' },
      { path: 'light', theme: 'light' },
      { path: 'dark', theme: 'dark' },
      { path: 'auto', theme: 'auto' },
    ]);
  });

  it('lays charts out from a width narrower than a 280 px frame, so none is ever scaled down there', () => {
    const widths = EMBED_LAYOUTS.map((layout) => layout.width);
    expect(Math.min(...widths)).toBeLessThanOrEqual(280 - 16);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
  });
});

describe('embed snippet', () => {
  const snippet = embedSnippet(site, 'story', 'casualties', 'Casualties: “dozens” & more');

  it('is an iframe with a fixed fallback height and an escaped title, plus the resize script', () => {
    expect(snippet).toContain('<iframe src="https://reader.example.org/embed/story/casualties/"');
    expect(snippet).toContain('title="Casualties: “dozens” &amp; more"');
    expect(snippet).toMatch(/height="\d{3}"/);
    expect(snippet).toContain('<script src="https://reader.example.org/embed.js" async></script>');
  });

  it('is what the oEmbed response carries', () => {
    const response = oEmbedResponse(site, 'story', 'casualties', 'Casualties: “dozens” & more', 'A Site');
    expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_url: 'https://reader.example.org/' });
    expect(response.html).toBe(snippet);
  });
});

describe('parent resize script', () => {
  it('is a few hundred bytes and listens only for the embed’s height message', () => {
    const script = parentResizeScript();
    expect(script.length).toBeLessThan(700);
    expect(script).toContain("d.type!=='story-embed:height'");
    expect(script).toContain('f[i].contentWindow===e.source');
  });

  it('trusts only this site’s origin and finite numeric heights (run against fake messages)', () => {
    const frame = { contentWindow: {}, src: 'https://site.example/embed/s/p/', style: { height: '' } };
    const listeners: ((event: unknown) => void)[] = [];
    const window = {
      addEventListener: (_type: string, listener: (event: unknown) => void) => listeners.push(listener),
      document: { currentScript: { src: 'https://site.example/embed.js' }, querySelectorAll: () => [frame] },
      location: { href: 'https://host.example/article' },
    };
    new Function('window', 'document', 'addEventListener', 'location', parentResizeScript())(window, window.document, window.addEventListener, window.location);
    const send = (origin: string, data: unknown) => listeners.forEach((listener) => listener({ origin, data, source: frame.contentWindow }));
    send('https://evil.example', { type: 'story-embed:height', height: 500 });
    send('https://site.example', { type: 'story-embed:height', height: '19999' });
    send('https://site.example', { type: 'story-embed:height', height: Infinity });
    send('https://site.example', { type: 'story-embed:height', height: 50_000 });
    send('https://site.example', null);
    expect(frame.style.height).toBe('');
    send('https://site.example', { type: 'story-embed:height', height: 640.2 });
    expect(frame.style.height).toBe('641px');
  });
});
