/**
 * Checks all content before `astro build` writes anything (astro:config:setup runs before the content
 * layer syncs and before any page is rendered): one line per mistake naming file, entry and field, and
 * a warning for whatever the site drops. Any mistake stops the build with the previous output untouched.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../../story/load/check-content';
import { ContentErrors } from '../../story/content-error';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const { stories, errors, warnings } = checkContent(fileURLToPath(config.root));
        for (const warning of warnings) logger.warn(warning);
        if (errors.length) {
          const stop = new ContentErrors(errors);
          // Its lines say where each mistake is; a stack trace of the checker would only bury them.
          stop.stack = stop.message;
          throw stop;
        }
        logger.info(`${stories.length} ${stories.length === 1 ? 'story' : 'stories'} checked`);
      },
    },
  };
}
