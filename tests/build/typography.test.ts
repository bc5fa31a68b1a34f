/**
 * Quotation marks the site adds never double up with the reporter's own: an excerpt that holds double
 * marks is wrapped in single ones (lib/text.ts quoted(); `q.quote-in-quote` in global.css).
 */
import { describe, expect, it } from 'vitest';
import { listPages, loadPage } from '../support/site';

describe.each(listPages())('%s', (path) => {
  const $ = loadPage(path);

  it('has no doubled quotation marks in its text or labels', () => {
    const attributes = $('[aria-label], [title], [alt]')
      .toArray()
      .flatMap((element) => ['aria-label', 'title', 'alt'].map((name) => $(element).attr(name) ?? ''));
    const doubled = [$('body').text(), ...attributes].flatMap((text) => text.match(/.{0,30}(““|””).{0,30}/g) ?? []);
    expect(doubled).toEqual([]);
  });

  it('gives a <q> that holds double marks single ones outside', () => {
    const unmarked = $('q')
      .toArray()
      .filter((q) => /[“”"]/.test($(q).text()) && !$(q).hasClass('quote-in-quote'))
      .map((q) => $(q).text());
    expect(unmarked).toEqual([]);
  });
});
