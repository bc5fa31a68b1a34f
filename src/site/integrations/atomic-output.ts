/**
 * All or nothing: `astro build` writes into a staging folder beside the output folder, and only when
 * every step has succeeded (pages, then the integrations listed before this one: sitemap, share images,
 * search index, the removal of build-only files) is the staging folder moved into place. A failed or
 * killed build leaves the previous output exactly as it was. List this integration last.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where a build of `outDir` is written until it is complete. */
export const stagingDir = (outDir: string) => `${outDir}.staging`;
/** Where the previous output waits, for the moment of the swap, before it is deleted. */
export const previousDir = (outDir: string) => `${outDir}.previous`;

/** Moves the complete build in `staging` to `outDir`, replacing what was there. */
export function swapInto(staging: string, outDir: string): void {
  const previous = previousDir(outDir);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Undoes what an interrupted build left: a swap cut between its two renames, a half-written staging folder. */
export function recoverOutput(outDir: string): void {
  const previous = previousDir(outDir);
  if (!existsSync(outDir) && existsSync(previous)) renameSync(previous, outDir);
  rmSync(previous, { recursive: true, force: true });
  rmSync(stagingDir(outDir), { recursive: true, force: true });
}

export default function atomicOutput(): AstroIntegration {
  let outDir = '';
  return {
    name: 'atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        recoverOutput(outDir);
        updateConfig({ outDir: pathToFileURL(`${stagingDir(outDir)}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        swapInto(fileURLToPath(dir).replace(/[\\/]+$/, ''), outDir);
        logger.info(`complete: moved into ${outDir}`);
      },
    },
  };
}
