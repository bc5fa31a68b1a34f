// The `astro build` command the benchmarks run: this process's Node (the project's Node 22) with the
// V8 options of package.json's build script (its heap cap), so a benchmark measures the build as
// `npm run build` runs it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const buildScript = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build;
const heapOptions = buildScript.match(/--max-old-space-size=\d+/g) ?? [];

/** [node, ...options, astro, 'build']: `nodeOptions` first (a profiler's, say), then the build script's. */
export const astroBuild = (...nodeOptions) => [process.execPath, ...nodeOptions, ...heapOptions, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
