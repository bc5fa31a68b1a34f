/**
 * Checks all content before `astro build` writes anything (astro:config:setup runs before the content
 * layer syncs and before any page is rendered), printing exactly the lines `npm run check` prints: one per
 * mistake naming file, line, entry and field, then a warning for whatever the site drops. Any mistake stops
 * the build with the previous output untouched.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../../story/load/check-content';
import { checkSummary } from '../../story/load/check-summary';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const result = checkContent(fileURLToPath(config.root));
        for (const error of result.errors) console.error(error.message);
        for (const warning of result.warnings) logger.warn(warning);
        if (result.errors.length) {
          console.error(checkSummary(result));
          // A content mistake is the editor's to fix, not a crash: thrown, Astro would bury the lines above
          // under "An unhandled error occurred", a location inside the checker and a stack trace. Nothing
          // has been written yet, so stopping here leaves the previous output as it was.
          process.exit(1);
        }
        logger.info(checkSummary(result));
      },
    },
  };
}
