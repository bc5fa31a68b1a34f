/**
 * The search feed, written at build time from the story model for src/site/integrations/pagefind.ts, which
 * indexes it after the build and then deletes it (readers never download it).
 */
import type { APIRoute } from 'astro';
import { searchFeed } from '../../views/search/records';
import { getStories } from '../../story/stories';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchFeed(await getStories())), { headers: { 'Content-Type': 'application/json' } });
