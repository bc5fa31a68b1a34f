/**
 * Turns the article's directives into blocks with their final markup:
 *   ::site-heading[Text]          a section heading added by the site (the report has none)
 *   :::figure{credit="…"} … :::   a photo caption and its credit (there are no photo files)
 *   :::tweet{author handle date dateText} … :::   an embedded tweet, quoted
 * Any other directive is an author's mistake and fails with its line.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

type Attributes = Record<string, string | null | undefined>;

function required(attributes: Attributes, name: string, directive: string, file: VFile, node: object): string {
  const value = attributes[name];
  if (!value) file.fail(`:::${directive} needs a "${name}" attribute`, node as never);
  return value as string;
}

export default function remarkSiteBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'textDirective') {
        // Inline directives are not part of this format; keep what the author typed as text.
        const directive = node as unknown as { name: string; type: string; value?: string; children?: unknown[] };
        Object.assign(directive, { type: 'text', value: `:${directive.name}` });
        delete directive.children;
        return;
      }
      if (node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
      const attributes: Attributes = node.attributes ?? {};
      const data = (node.data ??= {});
      if (node.type === 'leafDirective' && node.name === 'site-heading') {
        data.hName = 'h2';
        data.hProperties = { dataSiteAdded: 'heading' };
        return;
      }
      if (node.type === 'containerDirective' && node.name === 'figure') {
        const credit = required(attributes, 'credit', 'figure', file, node);
        data.hName = 'figure';
        data.hProperties = { className: ['photo'], dataCredit: credit };
        return;
      }
      if (node.type === 'containerDirective' && node.name === 'tweet') {
        data.hName = 'figure';
        data.hProperties = {
          className: ['tweet'],
          dataAuthor: required(attributes, 'author', 'tweet', file, node),
          dataHandle: required(attributes, 'handle', 'tweet', file, node),
          dataDate: required(attributes, 'date', 'tweet', file, node),
          dataDateText: required(attributes, 'dateText', 'tweet', file, node),
        };
        return;
      }
      file.fail(`Unknown block "${node.name}": use ::site-heading, :::figure or :::tweet`, node);
    });
  };
}
