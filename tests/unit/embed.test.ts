import { describe, expect, it } from 'vitest';
import { embedSnippet, embedThemeFrom, embedUrl, oEmbedResponse, parentResizeScript } from '../../src/lib/embed';

const site = 'https://reader.example.org';

describe('embed options from the URL', () => {
  it('accepts light, dark and auto, and treats anything else as auto', () => {
    expect(embedThemeFrom('?theme=dark')).toBe('dark');
    expect(embedThemeFrom('?theme=light&x=1')).toBe('light');
    expect(embedThemeFrom('')).toBe('auto');
    expect(embedThemeFrom('?theme=<script>')).toBe('auto');
  });

  it('puts the panel and a fixed theme in the path, so the page is built in those colours', () => {
    expect(embedUrl(site, 'story', 'deployment')).toBe('https://reader.example.org/embed/story/deployment/');
    expect(embedUrl(site, 'story', 'deployment', 'auto')).toBe('https://reader.example.org/embed/story/deployment/');
    expect(embedUrl(site, 'story', 'casualties', 'dark')).toBe('https://reader.example.org/embed/story/casualties/dark/');
    expect(embedUrl(site, 'story', 'casualties', 'light')).toBe('https://reader.example.org/embed/story/casualties/light/');
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
    const response = oEmbedResponse(site, 'story', 'casualties', 'Casualties: “dozens” & more');
    expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_url: 'https://reader.example.org/' });
    expect(response.html).toBe(snippet);
  });
});

describe('parent resize script', () => {
  it('is a few hundred bytes and listens only for the embed’s height message', () => {
    const script = parentResizeScript();
    expect(script.length).toBeLessThan(600);
    expect(script).toContain("d.type!=='kazakhstan-reader:embed-height'");
    expect(script).toContain('f[i].contentWindow===e.source');
  });
});
