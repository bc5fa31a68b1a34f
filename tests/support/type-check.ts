/**
 * The project's type check (`astro check`), started by the global setup in the background. Tests that
 * build a site wait for it first: a build writes Astro's generated types in .astro/, which the check reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inject, vi } from 'vitest';
import type { BuildResult } from './build-site';

/** How long `astro check` may take on a slow machine before a waiting test gives up. */
export const TYPE_CHECK_TIMEOUT = 300_000;

/** The type check's result, once it has finished. */
export async function typeCheckResult(): Promise<BuildResult> {
  const file = inject('typeCheckFile');
  await vi.waitFor(
    () => {
      if (!existsSync(file)) throw new Error(`astro check has not finished (no ${file})`);
    },
    { timeout: TYPE_CHECK_TIMEOUT, interval: 250 },
  );
  return JSON.parse(readFileSync(file, 'utf8')) as BuildResult;
}
