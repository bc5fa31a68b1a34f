/**
 * Reports what the build cache (src/site/build-cache.ts) saved: how many results this build reused and
 * how many it computed, and where they are kept, after deleting entries long unused. Listed after every
 * integration that uses the cache.
 */
import type { AstroIntegration } from 'astro';
import { cacheCounts, cacheDir, maxAgeDays, pruneCache } from '../build-cache';

export default function buildCacheReport(): AstroIntegration {
  return {
    name: 'build-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { reused, computed } = cacheCounts();
        if (process.env.BUILD_CACHE === 'off') logger.info('build cache off (BUILD_CACHE=off)');
        else {
          const pruned = pruneCache();
          logger.info(`build cache: ${reused} entries reused, ${computed} computed, in ${cacheDir()}${pruned > 0 ? `; ${pruned} unused for ${maxAgeDays()} days deleted` : ''}`);
        }
      },
    },
  };
}
