/**
 * The project type-checks: `astro check` (TypeScript in src/, tests/, scripts and the frontmatter of
 * every .astro file) reports no error, warning or hint. Run by the global setup, before fixture builds.
 */
import { describe, expect, inject, it } from 'vitest';

describe('types', () => {
  it('has no type error, warning or hint anywhere in the project', () => {
    const { ok, output } = inject('typeCheck');
    const summary = output.match(/Result \(\d+ files\):\s*- (\d+) errors?\s*- (\d+) warnings?\s*- (\d+) hints?/);
    expect(summary, output).not.toBeNull();
    const [errors, warnings, hints] = (summary ?? []).slice(1).map(Number);
    expect({ ok, errors, warnings, hints }, output).toEqual({ ok: true, errors: 0, warnings: 0, hints: 0 });
  });
});
