/**
 * Builds the real site once for the whole test run and serves it on localhost. Tests read the build
 * from `siteDir` and browse it at `siteOrigin`. Set TEST_SITE_DIR to reuse an existing build.
 * Type-checks the project here too, before any test builds a fixture site; a test reports the result.
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot, typeCheck } from './support/build-site';
import { serveSite } from './support/server';

export default async function setup(project: TestProject) {
  const siteDir = process.env.TEST_SITE_DIR ?? resolve(projectRoot, process.env.SITE_OUT_DIR ?? 'dist');
  if (!process.env.TEST_SITE_DIR) {
    const build = buildSite(siteDir);
    if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
  }
  project.provide('typeCheck', typeCheck());
  const server = await serveSite(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteOrigin', server.origin);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteOrigin: string;
    typeCheck: { ok: boolean; output: string };
  }
}
