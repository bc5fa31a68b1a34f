/** The story model: validated content joined and proven against the article. Pages read only this. */
import type { ArticleFrontmatter } from './schemas/article';
import type { ActorInput } from './schemas/actor';
import type { ClaimInput } from './schemas/claim';
import type { EventInput } from './schemas/event';
import type { FigureInput, FigureReportInput } from './schemas/figure';
import type { LaterEventInput } from './schemas/later-event';
import type { MapBorder, MapInput } from './schemas/map';
import type { NoteInput } from './schemas/note';
import type { RelationInput } from './schemas/relation';
import type { StoryTermInput } from './schemas/vocabulary';
import type { ArticleBlock, ArticleSection } from './article/blocks';
import type { Citation } from './provenance';

/** A validated entry as the content layer hands it over, with the file it came from. */
export interface Sourced<T> {
  data: T;
  filePath: string;
}

/** What of a story's data could not be read (each already a mistake): entries by id, and kinds whose whole file failed. */
export interface Unread {
  ids: ReadonlySet<string>;
  kinds: ReadonlySet<keyof Omit<StoryInput, 'slug' | 'article'>>;
}

export interface StoryInput {
  slug: string;
  /** `bodyLine`: the line of the file the body starts on (after the frontmatter), for errors' line numbers. */
  article: Sourced<ArticleFrontmatter> & { body: string; bodyLine?: number };
  actors: Sourced<ActorInput>[];
  events: Sourced<EventInput>[];
  figures: Sourced<FigureInput>[];
  claims: Sourced<ClaimInput>[];
  relations: Sourced<RelationInput>[];
  notes: Sourced<NoteInput>[];
  /** Outside reports with no number (later-events.yaml); optional so inputs built before it still work. */
  laterEvents?: Sourced<LaterEventInput>[];
  /** Hand-written geography for the story's maps (maps.yaml); optional, a story may have no map. */
  maps?: Sourced<MapInput>[];
  /** Values the story adds to the site's vocabularies (vocabulary.yaml); optional, most stories add none. */
  vocabulary?: Sourced<StoryTermInput>[];
}

export type Actor = Omit<ActorInput, 'excerpt' | 'excerptParagraph'> & { citation: Citation };
export type StoryEvent = Omit<EventInput, 'excerpt' | 'excerptParagraph'> & { citation: Citation };
export type ArticleReport = Extract<FigureReportInput, { origin: 'article' }> & { citation: Citation };
export type ExternalReport = Extract<FigureReportInput, { origin: 'external' }>;
export type FigureReport = ArticleReport | ExternalReport;
export type Figure = Omit<FigureInput, 'reports'> & { reports: FigureReport[] };
export type Claim = Omit<ClaimInput, 'excerpt' | 'excerptParagraph'> & { citation: Citation };
export type Relation = Omit<RelationInput, 'excerpt' | 'excerptParagraph'> & { citation: Citation };
export type Note = NoteInput;
/** A map as views draw it: `massed` (the older spelling of a border with its figure) comes first in `borders`. */
export type StoryMap = Omit<MapInput, 'massed' | 'borders'> & { borders: MapBorder[] };
/** An outside report with no number: never tied to an excerpt, always shown with outlet, date and link. */
export type LaterEvent = LaterEventInput;

/** Where the article names an actor, by its name or an alias (found once per story by findMentions). */
export interface Mention {
  actorId: string;
  blockId: string;
  section: string | null;
  /** The words as the article writes them. */
  text: string;
  /** Offsets in the block's text. */
  start: number;
  end: number;
  /** The sentence around the mention. */
  sentence: string;
}

export interface Story {
  slug: string;
  meta: ArticleFrontmatter;
  /** The Markdown body, the reporter's text. */
  body: string;
  articlePath: string;
  blocks: ArticleBlock[];
  sections: ArticleSection[];
  actors: Actor[];
  events: StoryEvent[];
  figures: Figure[];
  claims: Claim[];
  relations: Relation[];
  notes: Note[];
  laterEvents: LaterEvent[];
  /** The story's maps by id ("deployment"); empty when the story has none. */
  maps: StoryMap[];
  /** Every place the article names an actor, in reading order. */
  mentions: Mention[];
}
