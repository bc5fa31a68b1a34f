// Checks all content as the build does before it writes anything (src/story/load/check-content.ts), without
// building: one line per mistake naming file, entry and field, then the warnings. Exit code 1 on a mistake.
//   npm run check            (EXTRA_CONTENT_ROOTS adds fixture roots, as for the build)
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
// Vite only to load the TypeScript sources, as the build does; it serves nothing.
const vite = await createServer({ root, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
try {
  const { checkContent } = await vite.ssrLoadModule('/src/story/load/check-content.ts');
  const { stories, errors, warnings } = checkContent(root);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  for (const error of errors) console.error(error.message);
  console.log(errors.length ? `${errors.length} content ${errors.length === 1 ? 'mistake' : 'mistakes'}` : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} checked, no mistakes`);
  process.exitCode = errors.length ? 1 : 0;
} finally {
  await vite.close();
}
