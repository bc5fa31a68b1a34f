/**
 * The built actors pages: an index listing every actor with a role marked as the site's words, a profile
 * per actor, every mention linking to a paragraph of the article that holds the name, every relation in
 * the list (on the index and on both ends' profiles) with the article's words, the index's graph drawing
 * every relation (or, in a story too large to draw legibly, its best-connected actors), and each profile's
 * graph drawing the actor's neighbourhood only, the actor emphasised. For every story in content/, none named.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchors } from '../../src/views/anchors';
import { LEGIBLE_ACTORS } from '../../src/views/graph/subgraph';
import { routes } from '../../src/views/routes';
import { normalizeText } from '../../src/story/text';
import { projectRoot } from '../support/build-site';
import { listPages, loadPage } from '../support/site';
import { storyFromFiles } from '../support/story-from-files';

const stories = readdirSync(join(projectRoot, 'content/articles')).map((file) => storyFromFiles(join(projectRoot, 'content'), file.replace(/\.md$/, '')));

describe.each(stories.map((story) => [story.slug, story] as const))('the actors of %s', (slug, story) => {
  const { mentions } = story;
  const related = new Set(story.relations.flatMap((relation) => [relation.from, relation.to]));
  const profiles = new Map<string, CheerioAPI>();
  let article: CheerioAPI;
  let index: CheerioAPI;

  beforeAll(() => {
    article = loadPage(routes.story(slug));
    index = loadPage(routes.actors(slug));
    for (const actor of story.actors) profiles.set(actor.id, loadPage(routes.actor(slug, actor.id)));
  });

  /** The article element a link such as `/stories/x/#p-id` lands on. */
  function landing(href: string) {
    const url = new URL(href, 'http://site.local');
    expect(url.pathname).toBe(routes.story(slug));
    const target = article(`[id="${url.hash.slice(1)}"]`);
    expect(target.length, `no element ${url.hash} on the article page`).toBe(1);
    return target;
  }

  describe('actors index', () => {
    it('links every actor to its own profile page, and builds no other profile', () => {
      const linked = index('.actor-index-item a').map((_, a) => index(a).attr('href')).get();
      expect(linked.sort()).toEqual(story.actors.map((actor) => routes.actor(slug, actor.id)).sort());
      const built = listPages().filter((path) => path.startsWith(routes.actors(slug)) && path !== routes.actors(slug));
      expect(built.sort()).toEqual(story.actors.map((actor) => routes.actor(slug, actor.id)).sort());
    });

    it('groups the actors by kind, and marks each role as the site’s words', () => {
      expect(index('.actors-group').length).toBeGreaterThanOrEqual(5);
      for (const actor of story.actors) {
        const item = index(`.actor-index-item[data-actor="${actor.id}"]`);
        const role = item.find('.actor-role');
        expect(normalizeText(role.text()), actor.id).toContain(normalizeText(actor.role));
        expect(role.find('.site-words-label').text(), actor.id).toMatch(/site’s words/i);
      }
    });

    it('lists every relation as #relation-<id>, with its words quoted and a link to the paragraph that holds them', () => {
      for (const relation of story.relations) {
        const item = index(`#relation-${relation.id}`);
        expect(item.length, relation.id).toBe(1);
        expect(normalizeText(item.find('blockquote').text())).toContain(normalizeText(relation.citation.articleText));
        const paragraph = landing(item.find('.relation-source a').attr('href')!);
        expect(normalizeText(paragraph.text())).toContain(normalizeText(relation.citation.articleText));
        expect(item.find(`.permalink[href="#relation-${relation.id}"]`).length, relation.id).toBe(1);
      }
    });

    it('draws every related actor, or the most it can legibly, and every relation among those drawn, in both drawings', () => {
      for (const drawing of ['.graph-wide', '.graph-narrow']) {
        const svg = index(drawing);
        expect(svg.length).toBe(1);
        expect(svg.attr('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        const drawn = new Set(svg.find('.graph-node').map((_, node) => index(node).attr('data-actor')).get());
        expect(drawn.size).toBe(Math.min(related.size, LEGIBLE_ACTORS));
        expect([...drawn].filter((id) => !related.has(id))).toEqual([]);
        const among = story.relations.filter((r) => drawn.has(r.from) && drawn.has(r.to)).map((r) => r.id);
        expect(svg.find('.graph-edge').map((_, edge) => index(edge).attr('data-relation')).get().sort()).toEqual(among.sort());
      }
      expect(index('[data-actor-graph][role="img"]').attr('aria-label')).toBeTruthy();
      expect(index(`[id="${anchors.relationsGraph()}"]`).length).toBe(1);
    });
  });

  describe.each(story.actors.map((actor) => [actor.id, actor] as const))('profile of %s', (id, actor) => {
    const $ = () => profiles.get(id)!;

    it('names the actor, their kind, and their role and description as the site’s words', () => {
      expect(normalizeText($()('h1').text())).toBe(normalizeText(actor.name));
      const summary = $()('.actor-summary');
      expect(summary.hasClass('site-words')).toBe(true);
      expect(normalizeText(summary.text())).toContain(normalizeText(actor.role));
      expect(normalizeText(summary.text())).toContain(normalizeText(actor.description));
    });

    it('lists every mention, marked in its sentence, linking to the paragraph that holds it', () => {
      const own = mentions.filter((mention) => mention.actorId === id);
      const marks = $()('mark.mention-mark').map((_, mark) => $()(mark).text()).get();
      expect(marks).toEqual(own.map((mention) => mention.text));
      $()('.mention-item').each((_, item) => {
        const paragraph = landing($()(item).find('a.mention-link').attr('href')!);
        for (const mark of $()(item).find('mark').toArray()) {
          expect(paragraph.text()).toContain($()(mark).text());
        }
        expect(normalizeText(paragraph.text())).toContain(normalizeText($()(item).find('blockquote').text()));
      });
    });

    it('lists its relations with the same ids as the index, and the actor at the other end', () => {
      const own = story.relations.filter((relation) => relation.from === id || relation.to === id);
      expect($()('.relation-item').map((_, item) => $()(item).attr('id')).get().sort()).toEqual(own.map((relation) => `relation-${relation.id}`).sort());
      for (const relation of own) {
        const other = relation.from === id ? relation.to : relation.from;
        expect($()(`#relation-${relation.id} a[href="${routes.actor(slug, other)}"]`).length, relation.id).toBeGreaterThan(0);
      }
    });

    it('draws a graph only for an actor with relations', () => {
      expect($()('.actor-graph').length > 0).toBe(related.has(id));
    });

    // Only actors with relations have a drawing to check; the test above checks the others have none.
    if (related.has(id)) it('draws the actor’s neighbourhood only: the actor, the actors one relation away and the relations among them', () => {
      const own = story.relations.filter((r) => r.from === id || r.to === id);
      const near = new Set(own.flatMap((r) => [r.from, r.to]));
      const among = story.relations.filter((r) => near.has(r.from) && near.has(r.to)).map((r) => r.id);
      for (const drawing of ['.graph-wide', '.graph-narrow']) {
        const svg = $()(drawing);
        expect(svg.length, drawing).toBe(1);
        expect(svg.find('.graph-node').map((_, node) => $()(node).attr('data-actor')).get().sort(), drawing).toEqual([...near].sort());
        expect(svg.find('.graph-edge').map((_, edge) => $()(edge).attr('data-relation')).get().sort(), drawing).toEqual([...among].sort());
        expect(svg.find('.graph-node.is-focus').attr('data-actor'), drawing).toBe(id);
        expect(svg.find('.graph-edge.is-near').map((_, edge) => $()(edge).attr('data-relation')).get().sort(), drawing).toEqual(own.map((r) => r.id).sort());
      }
      const caption = $()('.actor-graph-caption');
      expect(normalizeText(caption.text())).toContain(normalizeText(`${actor.name}’s ${own.length} relation`));
      expect(caption.find(`a[href="${routes.relationsGraph(slug)}"]`).length).toBe(1);
    });

    it('lists the claims they made or carried, the figures they gave and the events they took part in, with links', () => {
      const links = new Set($()('a').map((_, a) => $()(a).attr('href')).get());
      const claims = story.claims.filter((c) => c.speaker === id || c.via === id);
      const events = story.events.filter((e) => e.actors.includes(id));
      const wanted = [...claims.flatMap((claim) => [routes.claim(slug, claim.id), routes.paragraph(slug, claim.citation.blockId)]), ...events.map((event) => routes.event(slug, event.id))];
      expect(wanted.filter((href) => !links.has(href))).toEqual([]);
      const reports = story.figures.flatMap((figure) =>
        figure.reports.filter((report) => report.origin === 'article' && (report.claimant === id || report.via === id)).map((report) => ({ figure, report })),
      );
      const shown = reports.map(({ figure, report }) => {
        const item = $()(`.report-item[data-report="${report.id}"]`);
        return { id: report.id, value: item.find('.report-value').text().includes(report.value.text), linked: item.find(`a[href="${routes.figure(slug, figure.id)}"]`).length > 0 };
      });
      expect(shown).toEqual(reports.map(({ report }) => ({ id: report.id, value: true, linked: true })));
    });

    it('shows its affiliations in both directions', () => {
      const section = $()('#affiliations').closest('section');
      const linked = new Set(section.find('a').map((_, a) => $()(a).attr('href')).get());
      const wanted = [...actor.affiliations, ...story.actors.filter((candidate) => candidate.affiliations.includes(id)).map((member) => member.id)];
      expect(wanted.filter((other) => !linked.has(routes.actor(slug, other)))).toEqual([]);
    });

    it('gives every section a permalink beside its heading', () => {
      $()('.actors-section-head').each((_, head) => {
        const heading = $()(head).find('h2, h3').first();
        expect($()(head).find(`.permalink[href="#${heading.attr('id')}"]`).length).toBe(1);
      });
      expect($()('.actors-section-head').length).toBeGreaterThanOrEqual(6);
    });
  });
});
