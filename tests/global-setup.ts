/**
 * Builds the real site once for the whole test run and serves it on localhost. Tests read the build
 * from `siteDir` and browse it at `siteOrigin`. Set TEST_SITE_DIR to reuse an existing build.
 * Type-checks the project too, in the background while the first tests run (a test reports the result,
 * and tests that build a fixture site wait for it: tests/support/type-check.ts).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot, startTypeCheck } from './support/build-site';
import { serveSite } from './support/server';

export default async function setup(project: TestProject) {
  const siteDir = process.env.TEST_SITE_DIR ?? resolve(projectRoot, process.env.SITE_OUT_DIR ?? 'dist');
  if (!process.env.TEST_SITE_DIR) {
    const build = buildSite(siteDir);
    if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
  }
  mkdirSync(join(projectRoot, 'tmp'), { recursive: true });
  const typeCheckFile = join(projectRoot, 'tmp', `type-check-${process.pid}.json`);
  rmSync(typeCheckFile, { force: true });
  // Written whole under another name, then renamed: a test never reads half a report.
  const typeChecked = startTypeCheck().then((result) => {
    writeFileSync(`${typeCheckFile}.part`, JSON.stringify(result));
    renameSync(`${typeCheckFile}.part`, typeCheckFile);
  });
  project.provide('typeCheckFile', typeCheckFile);
  const server = await serveSite(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteOrigin', server.origin);
  return async () => {
    await typeChecked;
    rmSync(typeCheckFile, { force: true });
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteOrigin: string;
    /** Where the global setup writes `astro check`'s result when it has finished. */
    typeCheckFile: string;
  }
}
