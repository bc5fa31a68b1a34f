/**
 * An actor's alias is how the article names it; one the article never writes (a typo, a spelling from
 * another source) finds no mentions. The site can still be built honestly, so each is a warning naming
 * the alias that was dropped, not an error. An alias the article writes only inside a longer name is
 * used: mentions.ts gives that passage to the longer name, and coverage.ts still counts it.
 */
import { ContentError } from './content-error';
import type { Story } from './types';

/** One warning per alias of `story` that none of the reporter's blocks contains, worded as a mistake is. */
export function unusedAliasWarnings(story: Pick<Story, 'blocks' | 'actors'>, actorsFile: string): ContentError[] {
  const texts = story.blocks.filter((block) => !block.bySite && block.kind !== 'heading').map((block) => block.text);
  const written = (alias: string) => {
    const capitalised = alias.charAt(0).toUpperCase() + alias.slice(1);
    return texts.some((text) => text.includes(alias) || text.includes(capitalised));
  };
  return story.actors.flatMap((actor) =>
    actor.aliases.flatMap((alias, index) =>
      written(alias) ? [] : [new ContentError(actorsFile, actor.id, `aliases[${index}]`, `"${alias}" is not in the article's text, so it finds no mentions (dropped)`)],
    ),
  );
}
