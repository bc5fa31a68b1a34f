/** Builds the site (or a fixture variant of it) with Astro's own CLI, as `npm run build` does. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  ok: boolean;
  output: string;
}

/**
 * A fresh folder for a test build, inside the project (tmp/, git-ignored). Astro keeps its prerender
 * files beside an output folder inside the project, but in one shared ./.astro for any folder outside
 * it, so builds that run at the same time must each have their output inside the project.
 */
export function projectBuildDir(prefix: string): string {
  mkdirSync(join(projectRoot, 'tmp'), { recursive: true });
  return mkdtempSync(join(projectRoot, 'tmp', `${prefix}-`));
}

/** Runs `astro build` into `outDir` with extra environment; never throws, so tests can assert failures. */
export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  if (!resolve(outDir).startsWith(projectRoot + sep)) {
    console.warn(`Building into ${outDir}, outside the project: do not run another build at the same time.`);
  }
  const result = spawnSync(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: outDir, ...env },
  });
  // A CI that forces colour (FORCE_COLOR) would otherwise split the lines tests read with escape codes.
  return { ok: result.status === 0, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

/**
 * Starts type-checking the project (TypeScript and the frontmatter of .astro files) with `astro check`;
 * the promise settles with its report. It writes Astro's generated types in .astro/, as every build does,
 * so no test builds a site while it runs (tests/support/type-check.ts).
 */
export function startTypeCheck(): Promise<BuildResult> {
  return new Promise((settle) => {
    const child = spawn(process.execPath, [resolve(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'check', '--minimumFailingSeverity', 'hint'], {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => settle({ ok: false, output: `${output}\n${error.message}` }));
    // astro check colours its report whatever the environment says.
    child.on('close', (status) => settle({ ok: status === 0, output: stripVTControlCharacters(output) }));
  });
}

/** Every file under `dir` (a build's output) with the SHA-256 of its bytes, by path: two equal trees are the same bytes. */
export function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}
