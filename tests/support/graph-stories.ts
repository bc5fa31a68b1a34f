/**
 * Small synthetic stories for the relationship graph's tests: just the fields the graph reads. Actors
 * "a", "b"… are people named "A", "B"…; relations are [from, to] pairs, ids r0, r1…, of type "accuses"
 * unless a third element names another type; `mentions` gives each actor's number of mentions.
 */
import type { Story } from '../../src/story/types';

export type GraphStory = Pick<Story, 'actors' | 'relations' | 'mentions'>;

export function graphStory(actorIds: string[], pairs: ([string, string] | [string, string, string])[], mentions: Record<string, number> = {}): GraphStory {
  return {
    actors: actorIds.map((id) => ({ id, name: id.toUpperCase(), kind: 'person' })),
    relations: pairs.map(([from, to, type], index) => ({ id: `r${index}`, from, to, type: type ?? 'accuses' })),
    mentions: Object.entries(mentions).flatMap(([actorId, count]) => Array.from({ length: count }, () => ({ actorId }))),
  } as unknown as GraphStory;
}
