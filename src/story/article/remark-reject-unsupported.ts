/**
 * The article's format has paragraphs, headings and the site's directives, nothing else. A list, quote
 * block, code block, table or rule would hold the reporter's words outside any block the data can cite
 * (its excerpts would then be reported "not found"), and an image would be shown though the site has no
 * photo files. Each fails with its line, saying what to write instead.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const INSTEAD: Record<string, string> = {
  list: 'a list is not part of the article format: write each item as a paragraph',
  blockquote: 'a quote block (>) is not part of the article format: write the quotation as a paragraph',
  code: 'a code block is not part of the article format: write the text as a paragraph',
  table: 'a table is not part of the article format: write its content as paragraphs',
  thematicBreak: 'a rule (---, ***) is not part of the article format: use ::site-heading[…] to start a section',
  image: 'an image is not shown by this site (it has no photo files): write its caption in :::figure{credit="…"}',
  imageReference: 'an image is not shown by this site (it has no photo files): write its caption in :::figure{credit="…"}',
};

export default function remarkRejectUnsupported() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const problem = INSTEAD[node.type];
      if (problem) file.fail(problem, node);
    });
  };
}
