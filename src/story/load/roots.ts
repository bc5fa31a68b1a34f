/**
 * Where stories are read from: `content/`, plus any folders listed in EXTRA_CONTENT_ROOTS (separated by
 * the platform's path delimiter). Tests use that to build fixture stories that are never published.
 */
import { delimiter, resolve } from 'node:path';

export function contentRoots(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.EXTRA_CONTENT_ROOTS ?? '').split(delimiter).filter(Boolean);
  return [resolve(projectRoot, 'content'), ...extra.map((root) => resolve(projectRoot, root))];
}
