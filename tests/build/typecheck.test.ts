/**
 * The project type-checks: `astro check` (TypeScript in src/, tests/, scripts and the frontmatter of
 * every .astro file) reports no error, warning or hint. Started by the global setup; no fixture build runs
 * beside it (tests/support/type-check.ts).
 */
import { describe, expect, it } from 'vitest';
import { TYPE_CHECK_TIMEOUT, typeCheckResult } from '../support/type-check';

describe('types', () => {
  it('has no type error, warning or hint anywhere in the project', { timeout: TYPE_CHECK_TIMEOUT + 10_000 }, async () => {
    const { ok, output } = await typeCheckResult();
    const summary = output.match(/Result \(\d+ files\):\s*- (\d+) errors?\s*- (\d+) warnings?\s*- (\d+) hints?/);
    expect(summary, output).not.toBeNull();
    const [errors, warnings, hints] = (summary ?? []).slice(1).map(Number);
    expect({ ok, errors, warnings, hints }, output).toEqual({ ok: true, errors: 0, warnings: 0, hints: 0 });
  });
});
