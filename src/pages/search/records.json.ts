/**
 * The search feed, written at build time from the story model for src/integrations/pagefind.ts, which
 * indexes it after the build and then deletes it (readers never download it).
 */
import type { APIRoute } from 'astro';
import { searchFeed } from '../../integrations/search-records';
import { getStories } from '../../lib/stories';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchFeed(await getStories())), { headers: { 'Content-Type': 'application/json' } });
