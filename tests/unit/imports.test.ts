/**
 * Imports run one way: no cycle anywhere in src/; the schemas import nothing else of src/; the domain
 * (src/model, src/schemas) and the shared helpers (src/lib, src/markdown) import no view or page; the
 * views (src/charts, src/graph, src/timeline) import no Astro component, page or layout. dependency-cruiser reads the TypeScript modules (.astro files are glue at the top and import
 * freely). Violations that only the coming move into src/story, src/views and src/site removes are
 * listed below with their reason; any other violation, or a listed one that is gone, fails.
 */
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
  layer('domain-imports-no-view', '^src/(model|schemas)/', '^src/(components|pages|layouts|integrations|charts|graph|timeline)/'),
  layer('schemas-are-leaves', '^src/schemas/', '^src/', '^src/schemas/'),
  layer('shared-helpers-import-no-view', '^src/(lib|markdown)/', '^src/(components|pages|layouts|integrations|charts|graph|timeline)/'),
  layer('views-import-no-glue', '^src/(charts|graph|timeline)/', '^src/(components|pages|layouts)/'),
];

/** `rule: from → to` of each violation the folder move will remove, with why it is here today. */
const knownExceptions: Record<string, string> = {
  'shared-helpers-import-no-view: src/lib/embed.ts → src/charts/types.ts':
    'an embed is sized by the chart layouts it shows; lib/embed.ts belongs with the chart views and moves there',
};

describe('the import graph of src/', () => {
  it('has no cycle and no import against the layering', async () => {
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
      expect(output.summary.totalCruised, 'modules read').toBeGreaterThan(50);
      const found = output.summary.violations.map((violation) => {
        const to = violation.cycle?.length ? violation.cycle.map((step) => step.name).join(' → ') : violation.to;
        return `${violation.rule.name}: ${violation.from} → ${to}`;
      });
      expect([...new Set(found)].sort()).toEqual(Object.keys(knownExceptions).sort());
    } finally {
      process.chdir(previous);
    }
  });
});
