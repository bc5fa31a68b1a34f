// Records the ids of every article block (sections, paragraphs, photos, tweets) from the built site into
// tests/snapshots/article-ids.json. Run after `npm run build` when you have added blocks on purpose;
// ids that disappear must be kept working with an `idAliases` entry in the article's frontmatter.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.SITE_OUT_DIR ?? 'dist';
const storiesDir = join(dist, 'stories');
const snapshotPath = 'tests/snapshots/article-ids.json';
const previous = existsSync(snapshotPath) ? JSON.parse(readFileSync(snapshotPath, 'utf8')) : {};
const snapshot = { ...previous };
for (const slug of readdirSync(storiesDir)) {
  const page = join(storiesDir, slug, 'index.html');
  if (!existsSync(page)) continue;
  const html = readFileSync(page, 'utf8');
  // The article's own blocks only: the body, up to the site's note that follows it ("About this text").
  const start = html.indexOf('class="article-body"');
  const end = html.indexOf('<aside class="site-words', start);
  const body = html.slice(start, end === -1 ? undefined : end);
  const ids = [...body.matchAll(/<(?:h2|p|figure)[^>]*\sid="([^"]+)"/g)].map((match) => match[1]);
  snapshot[slug] = [...new Set([...(previous[slug] ?? []), ...ids])];
}
writeFileSync(snapshotPath, `${JSON.stringify(snapshot, null, 2)}\n`);
console.log(`Wrote ${snapshotPath}`);
