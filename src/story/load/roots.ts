/**
 * Where stories are read from: `content/`, plus any folders listed in EXTRA_CONTENT_ROOTS (separated by
 * the platform's path delimiter). Tests use that to build fixture stories that are never published.
 * CONTENT_ROOTS, when set, replaces the list, content/ included: a test that needs only its fixtures
 * builds them alone. The site's own files (content/site.yaml, content/vocabulary.yaml) are read either way.
 */
import { delimiter, resolve } from 'node:path';

export function contentRoots(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const folders = (list: string | undefined) => (list ?? '').split(delimiter).filter(Boolean).map((root) => resolve(projectRoot, root));
  if (env.CONTENT_ROOTS) return folders(env.CONTENT_ROOTS);
  return [resolve(projectRoot, 'content'), ...folders(env.EXTRA_CONTENT_ROOTS)];
}
