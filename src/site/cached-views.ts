/**
 * The views that cost most to build (bench/results/build-profile.md), through the build cache: the same
 * story, options and code give the same result, so a build computes it once and later builds read it.
 * Each key also holds the merged vocabulary, since labels (and so their measured widths) come from it.
 */
import { createHash } from 'node:crypto';
import type { Story } from '../story/types';
import { VOCABULARY } from '../story/vocabulary';
import { panelSprites as computeSprites, renderPanel as computePanel } from '../views/charts/registry';
import type { RenderedChart, RenderOptions } from '../views/charts/types';
import { actorGraph as computeActorGraph, storyGraph as computeGraph } from '../views/graph/story-graph';
import { cachedJson, stableText, type CodeParts } from './build-cache';

// The views ring and the story ring it reads: a superset of each result's code, so no edit goes unseen.
const VIEW_CODE = ['src/views', 'src/story'];
const GRAPH: CodeParts = { sources: VIEW_CODE, packages: ['d3-force'] };
const CHARTS: CodeParts = { sources: VIEW_CODE, packages: ['d3-geo', 'd3-scale', 'd3-time', 'topojson-client', 'world-atlas'] };

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
let vocabularyHash: string | undefined;
const vocabulary = () => (vocabularyHash ??= hash(stableText(VOCABULARY)));

const storyHashes = new WeakMap<object, string>();
/** A story's content as a hash, computed once per story object. */
function storyHash(story: object): string {
  let value = storyHashes.get(story);
  if (value === undefined) {
    value = hash(stableText(story));
    storyHashes.set(story, value);
  }
  return value;
}

const graphHashes = new WeakMap<object, string>();
/** A story's actors and relations as a hash, computed once per story object, not once per profile. */
function graphHash(story: Pick<Story, 'actors' | 'relations'>): string {
  let value = graphHashes.get(story);
  if (value === undefined) {
    value = hash(stableText({ actors: story.actors, relations: story.relations }));
    graphHashes.set(story, value);
  }
  return value;
}

type StoryGraph = ReturnType<typeof computeGraph>;
/** storyGraph (src/views/graph/story-graph.ts) through the cache: the index's force layouts at both sizes. */
export function storyGraph(story: Pick<Story, 'actors' | 'relations' | 'mentions'>): StoryGraph {
  // Mentions only break ties between equally connected actors when a large story's drawing is cut down.
  const mentioned = story.mentions.map((mention) => mention.actorId);
  const input = stableText({ vocabulary: vocabulary(), graph: graphHash(story), mentioned });
  return cachedJson('graph', GRAPH, input, () => computeGraph(story));
}

/** actorGraph (src/views/graph/story-graph.ts) through the cache: a profile's neighbourhood, laid out. */
export function actorGraph(story: Pick<Story, 'actors' | 'relations'>, actorId: string): StoryGraph | undefined {
  const input = stableText({ vocabulary: vocabulary(), graph: graphHash(story), actorId });
  // The cache keeps JSON: an actor with no relation is kept as null.
  return cachedJson('actor-graph', GRAPH, input, () => computeActorGraph(story, actorId) ?? null) ?? undefined;
}

/** renderPanel (src/views/charts/registry.ts) through the cache: one panel's charts at one width. */
export function renderPanel(story: Story, panel: string, options: RenderOptions): RenderedChart[] {
  const input = stableText({ vocabulary: vocabulary(), story: storyHash(story), panel, options });
  return cachedJson('chart', CHARTS, input, () => computePanel(story, panel, options));
}

/** panelSprites (src/views/charts/registry.ts) through the cache: the map's land, drawn once per page. */
export function panelSprites(story: Story, panel: string, spriteId: string): string[] {
  const input = stableText({ vocabulary: vocabulary(), story: storyHash(story), panel, spriteId });
  return cachedJson('chart-sprite', CHARTS, input, () => computeSprites(story, panel, spriteId));
}
