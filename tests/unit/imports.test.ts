/**
 * Imports run one way, story → views → site → pages: src/story (the domain: schemas, loading, the article
 * parse, the story model) imports nothing of views, site or pages; src/views (pure functions from a story
 * to what a page shows) imports nothing of site or pages; src/site (components, layouts, client scripts,
 * styles, build integrations) imports no page. The schemas are leaves; there is no cycle anywhere.
 * dependency-cruiser reads the TypeScript modules; the `.astro` files, which it cannot parse, are read here
 * for their import specifiers and held to the same rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/build-site';

/** A rule that modules under `from` import nothing under `to` (except `toNot`). */
const layer = (name: string, from: string, to: string, toNot?: string): IForbiddenRuleType => ({
  name,
  severity: 'error',
  from: { path: from },
  to: toNot ? { path: to, pathNot: toNot } : { path: to },
});

const forbidden: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  layer('story-imports-no-view-site-or-page', '^src/story/', '^src/(views|site|pages)/'),
  layer('schemas-are-leaves', '^src/story/schemas/', '^src/', '^src/story/schemas/'),
  layer('views-import-no-site-or-page', '^src/views/', '^src/(site|pages)/'),
  layer('site-imports-no-page', '^src/site/', '^src/pages/'),
];

/** The rings, lowest first; a file may import its own ring or one below. */
const rings = ['story', 'views', 'site', 'pages'];
const ringOf = (path: string) => rings.findIndex((ring) => path.startsWith(`src/${ring}/`));

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? astroFiles(join(dir, entry.name)) : entry.name.endsWith('.astro') ? [join(dir, entry.name)] : [],
  );
}

describe('the import graph of src/', () => {
  it('has no cycle and no import against the direction story → views → site → pages', async () => {
    const previous = process.cwd();
    process.chdir(projectRoot);
    try {
      const { output } = await cruise(['src'], {
        validate: true,
        ruleSet: { forbidden },
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '^src/env\\.d\\.ts$' },
      });
      if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a result');
      expect(output.summary.totalCruised, 'modules read').toBeGreaterThan(100);
      const found = output.summary.violations.map((violation) => {
        const to = violation.cycle?.length ? violation.cycle.map((step) => step.name).join(' → ') : violation.to;
        return `${violation.rule.name}: ${violation.from} → ${to}`;
      });
      expect([...new Set(found)].sort()).toEqual([]);
    } finally {
      process.chdir(previous);
    }
  });

  it('has every .astro file import only its own ring or one below', () => {
    const files = astroFiles(resolve(projectRoot, 'src'));
    expect(files.length, '.astro files found').toBeGreaterThan(20);
    const against = files.flatMap((file) => {
      const from = relative(projectRoot, file);
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+['"](\.{1,2}\/[^'"?]+)/g)].map((match) => match[1]!);
      return specifiers
        .map((specifier) => relative(projectRoot, resolve(dirname(file), specifier)))
        .filter((to) => ringOf(to) > ringOf(from))
        .map((to) => `${from} → ${to}`);
    });
    expect(against).toEqual([]);
  });
});
