/** Builds the site (or a fixture variant of it) with Astro's own CLI, as `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Runs `astro build` into `outDir` with extra environment; never throws, so tests can assert failures. */
export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  const result = spawnSync(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: outDir, ...env },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
