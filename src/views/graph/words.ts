/**
 * What a drawing of the relationship graph says it shows, counted from what it draws: its accessible
 * name and description, and the caption's opening sentence (the component adds the links to the lists
 * and to the whole network).
 */
import type { Story } from '../../story/types';
import type { GraphData } from './graph-data';

export interface GraphWords {
  title: string;
  description: string;
  caption: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The index's drawing: the whole graph, or its best-connected actors when `drawn` leaves some out. */
export function indexGraphWords(story: Pick<Story, 'relations'>, drawn: GraphData): GraphWords {
  const related = new Set(story.relations.flatMap((relation) => [relation.from, relation.to])).size;
  const title = 'How the story’s actors relate';
  if (drawn.nodes.length === related) {
    const stated = `${plural(drawn.edges.length, 'relation')} the article states between ${plural(drawn.nodes.length, 'actor')}`;
    return {
      title,
      description: `Network of ${stated}. The list of relations below gives the same information.`,
      caption: `The ${stated}.`,
    };
  }
  const shown = `the ${drawn.nodes.length} best-connected of the ${related} actors the article relates, and the ${plural(drawn.edges.length, 'relation')} among them, of the ${story.relations.length} it states`;
  return {
    title: `${title}: the ${drawn.nodes.length} best-connected`,
    description: `Network of ${shown}; actors with the most relations are drawn first. The lists below hold every actor and every relation.`,
    caption: `The drawing holds ${shown}: the lists below hold all of them.`,
  };
}

/** A profile's drawing: `name`'s relations, the actors at their other ends, and the relations among those. */
export function neighbourhoodWords(name: string, actorId: string, drawn: GraphData): GraphWords {
  const own = drawn.edges.filter((edge) => edge.source === actorId || edge.target === actorId).length;
  const among = drawn.edges.length - own;
  const shown = `${name}’s ${plural(own, 'relation')} with ${plural(drawn.nodes.length - 1, 'other actor')}`;
  const around = among === 0 ? '' : `, and ${among === 1 ? 'one relation' : `the ${among} relations`} among those actors, faded`;
  return {
    title: `${name} and the actors one relation away`,
    description: `Network of ${shown}${around}. The list of relations below gives ${name}’s in words; the whole network is on the actors page.`,
    caption: `${shown}${around}.`,
  };
}
