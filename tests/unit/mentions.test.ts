import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/story/article/parse';
import { findMentions } from '../../src/story/mentions';

const article = `Moscow — Russia has sent paratroopers following a plea from President Kassym-Jomart Tokayev. The Kazakh leader has vowed to quash protests.

The CSTO, a Moscow-led alliance, acted. Russia’s Foreign Ministry spoke. Russian troops moved.

Experts at the Carnegie Moscow Center wrote that it can be a big boon if Moscow succeeds.

“The Kremlin needs to divide attention,” an analyst said, and anti-government riots went on.
`;

const actors = [
  { id: 'tokayev', name: 'Kassym-Jomart Tokayev', aliases: ['Tokayev', 'President Kassym-Jomart Tokayev', 'The Kazakh leader'] },
  { id: 'russia', name: 'Russia', aliases: [] },
  { id: 'russian-government', name: 'Russian government', aliases: ['the Kremlin', 'Moscow'] },
  { id: 'foreign-ministry', name: 'Russia’s Foreign Ministry', aliases: [] },
  { id: 'carnegie', name: 'Carnegie Moscow Center', aliases: [] },
  { id: 'csto', name: 'CSTO', aliases: [] },
  { id: 'kazakh-government', name: 'Kazakhstan’s government', aliases: ['the government'] },
];

const { blocks } = parseArticle(article, 'a.md');
// Found in each test rather than once while Vitest collects the file, so that mutation testing
// (npm run mutation) credits these assertions to findMentions.
const found = () => findMentions({ blocks, actors, meta: { dateline: 'Moscow' } });
const of = (actorId: string) => found().filter((mention) => mention.actorId === actorId).map((mention) => mention.text);

describe('findMentions', () => {
  it('counts aliases such as “The Kazakh leader” for the right actor', () => {
    expect(of('tokayev')).toEqual(['President Kassym-Jomart Tokayev', 'The Kazakh leader']);
  });

  it('counts “Moscow” for Russia’s government, but not the dateline, “Moscow-led” or the think tank’s name', () => {
    expect(of('russian-government')).toEqual(['Moscow', 'The Kremlin']);
    const moscow = found().find((mention) => mention.text === 'Moscow')!;
    expect(moscow.sentence).toBe('Experts at the Carnegie Moscow Center wrote that it can be a big boon if Moscow succeeds.');
    expect(of('carnegie')).toEqual(['Carnegie Moscow Center']);
  });

  it('gives a longer name precedence over a shorter one inside it, and skips words that merely contain a name', () => {
    expect(of('foreign-ministry')).toEqual(['Russia’s Foreign Ministry']);
    // "Russia" in the ministry's name and in "Russian" is not a mention of the state.
    expect(of('russia')).toEqual(['Russia']);
    expect(of('kazakh-government')).toEqual([]);
  });

  it('records the paragraph, the offsets and the surrounding sentence of each mention', () => {
    const leader = found().find((mention) => mention.text === 'The Kazakh leader')!;
    expect(leader.blockId).toBe('p-moscow-russia-has-sent-paratroopers');
    expect(blocks[0].text.slice(leader.start, leader.end)).toBe('The Kazakh leader');
    expect(leader.sentence).toBe('The Kazakh leader has vowed to quash protests.');
  });
});
