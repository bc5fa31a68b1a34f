/**
 * The data files a new story starts with (story:new): one per kind of DATA_KINDS, each an empty YAML list
 * (`[]`: the content check reads it as "no entries yet", where an empty file would be a mistake), after
 * its schema line for the editor's YAML language server, what the file holds and a commented-out example
 * entry with its fields. The examples are of an invented story; a test validates each against its schema.
 */
import { DATA_KINDS, type DataKind } from '../data-kinds';

interface DataTemplate {
  /** What the file holds, one comment line each. */
  about: string[];
  /** One valid entry, as YAML lines (written commented out). */
  example: string[];
}

export const DATA_TEMPLATES: Record<DataKind, DataTemplate> = {
  actors: {
    about: [
      'Actors: every person, state, body, outlet and group the article names (src/story/schemas/actor.ts).',
      '`kind` is a value of the actor kinds (content/vocabulary.yaml, or this story’s vocabulary.yaml).',
      '`aliases` are the exact strings the article uses for the actor; `excerpt` quotes where it introduces them.',
      'Photographers and agencies in photo credits are not actors.',
    ],
    example: [
      '- id: city-mayor',
      '  name: Jane Example',
      '  kind: person',
      '  role: The city’s mayor, who ordered the curfew.',
      '  description: Mayor of the city since 2019.',
      '  aliases: [the mayor]',
      '  affiliations: [city-council] # optional: ids of actors this one belongs to',
      '  excerpt: the city’s mayor, Jane Example',
      '  # excerptParagraph: p-the-first-five-words-of # optional: the paragraph, when the excerpt occurs twice',
    ],
  },
  events: {
    about: [
      'Events: dated occurrences the article reports, with no more precision than the article allows',
      '(src/story/schemas/event.ts). `category` is a value of the event categories (content/vocabulary.yaml).',
      'A coarse date starts where its period does: a week on its Monday, a month on its 1st.',
    ],
    example: [
      '- id: curfew-imposed',
      '  title: The city imposes a night-time curfew',
      '  category: government',
      '  date:',
      '    start: "2024-03-04"',
      '    precision: day # day, week, month or year',
      '    phrase: on Monday # the article’s own words for the date',
      '    derivation: The report is dated Tuesday 5 March 2024; the Monday before is 4 March.',
      '  status: reported # reported, scheduled or expected',
      '  place: The city # optional',
      '  actors: [city-mayor]',
      '  figures: [] # optional: ids of the figures the event counts',
      '  excerpt: imposed a night-time curfew on Monday',
      '  annotation: The report does not say how long the curfew lasts. # optional, in the site’s words',
    ],
  },
  figures: {
    about: [
      'Figures: every number the article reports about people and troops, each with its reports over time',
      '(src/story/schemas/figure.ts). `kind`, `unit` and `panel` are values of content/vocabulary.yaml.',
      'A report’s `value` is exact, lower-bound (“more than 200”), upper-bound (“as many as 300”) or vague',
      '(“dozens”, with the range the site draws and why). Reports from later sources are `origin: external`.',
    ],
    example: [
      '- id: curfew-breakers-detained',
      '  kind: detained',
      '  subject: people breaking the curfew',
      '  label: Curfew breakers detained',
      '  unit: people',
      '  panel: detentions',
      '  reports:',
      '    - origin: article',
      '      id: city-police-count',
      '      date: "2024-03-04"',
      '      claimant: city-police # actor id of whoever gave the number',
      '      value: { type: lower-bound, text: more than 200, min: 200 }',
      '      confirmation: unconfirmed # unconfirmed, confirmed, disputed or not-confirmed-by-named-party',
      '      confirmationNote: Only the police give the number; the report does not confirm it.',
      '      excerpt: more than 200 people were detained for breaking the curfew',
    ],
  },
  claims: {
    about: [
      'Claims and quotes: who said what, through which channel, and what the article says about',
      'confirmation (src/story/schemas/claim.ts). `kind` is a value of the claim kinds (content/vocabulary.yaml).',
      '`status` judges only what the article reports: unconfirmed, confirmed, contradicted or opinion.',
    ],
    example: [
      '- id: mayor-curfew-aim',
      '  speaker: city-mayor',
      '  kind: stated-aim',
      '  topic: curfew',
      '  summary: The mayor says the curfew will restore order.',
      '  excerpt: the curfew would “restore order”',
      '  status: unconfirmed',
      '  statusNote: A stated intention the report attributes and does not test.',
      '  about: [] # optional: actor ids',
      '  events: [curfew-imposed] # optional: event ids',
    ],
  },
  relations: {
    about: [
      'Typed relations between actors, each resting on an excerpt of the article (src/story/schemas/relation.ts).',
      '`type` is a value of the relation types (content/vocabulary.yaml, or this story’s vocabulary.yaml).',
    ],
    example: [
      '- id: mayor-leads-council',
      '  from: city-mayor',
      '  type: leads',
      '  to: city-council',
      '  excerpt: the mayor, who heads the city council',
      '  # note: … # optional, in the site’s words',
    ],
  },
  notes: {
    about: [
      'Notes: the site’s own analysis, on a paragraph, an event or a figure (src/story/schemas/note.ts).',
      'Only facts the article itself gives. A paragraph is named by its id (npm run story:ids lists them).',
    ],
    example: [
      '- id: note-curfew-no-end-date',
      '  target:',
      '    event: curfew-imposed # or paragraph: <paragraph id>, or figure: <figure id>',
      '  text: The report gives no end date for the curfew.',
    ],
  },
  laterEvents: {
    about: [
      'Later events: outside reports with no number in them (a number goes in figures.yaml, origin: external),',
      'never tied to the article, always shown with outlet, date and link (src/story/schemas/later-event.ts).',
      'Optional: delete this file if the story has none.',
    ],
    example: [
      '- id: curfew-lifted',
      '  date: "2024-03-20"',
      '  claimantName: The city’s mayor, in a statement',
      '  summary: The curfew would end that night.',
      '  outlet: Example News',
      '  title: City lifts its curfew # null when the source gives no title (never invent one)',
      '  publishedDate: "2024-03-20"',
      '  url: https://example.com/news/city-lifts-curfew',
    ],
  },
  maps: {
    about: [
      'Maps: the geography a map draws, written by hand (WGS84 degrees, two decimals): the area shown,',
      'its cities, which Natural Earth country stands for which actor; optionally the alliance, deployment,',
      'massed troops and borders it marks (src/story/schemas/map.ts). Optional: delete this file for no map.',
    ],
    example: [
      '- id: deployment',
      '  extent: { west: 20, south: 40, east: 30, north: 50 }',
      '  cities:',
      '    - { id: capital, name: Capital City, lon: 25.1, lat: 45.2 }',
      '  countries:',
      '    - { actor: example-state, isoNumeric: "642", labelAt: [25, 46] }',
    ],
  },
  vocabulary: {
    about: [
      'Values this story adds to the site’s lists in content/vocabulary.yaml (src/story/schemas/vocabulary.ts),',
      'each naming the list it joins. Optional: delete this file if the site’s lists are enough.',
    ],
    example: ['- list: eventCategories', '  id: curfew', '  label: Curfew', '  meaning: Orders keeping people indoors at set hours.'],
  },
};

/** The text of a new story's data file of `kind`: schema line, what it holds, an example, and `[]`. */
export function dataFileText(kind: DataKind): string {
  const { about, example } = DATA_TEMPLATES[kind];
  const stem = DATA_KINDS[kind].file.replace(/\.yaml$/, '');
  return [
    `# yaml-language-server: $schema=../../schemas/${stem}.schema.json`,
    ...about.map((line) => `# ${line}`),
    '#',
    '# [] below is an empty list (no entries yet). Replace it with entries like this one:',
    ...example.map((line) => `# ${line}`),
    '[]',
    '',
  ].join('\n');
}
