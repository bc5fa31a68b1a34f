/** The article's blocks as the rest of the site sees them: id, kind, plain text and section. */
export type BlockKind = 'heading' | 'paragraph' | 'photo' | 'tweet';

export interface ArticleBlock {
  /** Content-derived id, stable when other blocks change. */
  id: string;
  kind: BlockKind;
  /** The block's words as plain text (for a photo: its caption; for a tweet: its text). */
  text: string;
  /** Photo credit, or a tweet's attribution line. */
  credit?: string;
  /** True for a heading the site added (::site-heading): the site's words, never the reporter's. */
  bySite?: true;
  /** Id of the section heading the block sits under (null before the first heading). */
  section: string | null;
}

export interface ArticleSection {
  id: string;
  title: string;
  blockIds: string[];
}

declare module 'vfile' {
  interface DataMap {
    blocks: ArticleBlock[];
  }
}
