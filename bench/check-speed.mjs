// How long `npm run check` takes to list an editor's mistakes (not part of the tests): copies a story of
// content/ under a new slug, makes ten mistakes of ten kinds in four of its files (events, figures,
// relations, claims: each in its own entry, by editing the YAML so comments and layout stay), runs
// `npm run check -- <copy>` several times as a whole process and writes the lines it printed and the
// median wall time to bench/results/check-speed.md.
//   node bench/check-speed.mjs [--story <slug>] [--runs 5]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';

const projectRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { story: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const slug = values.story ?? readdirSync(join(projectRoot, 'content/articles')).sort()[0].replace(/\.md$/, '');
const copy = `${slug}-check-copy`;

mkdirSync(join(projectRoot, 'tmp'), { recursive: true });
const root = join(mkdtempSync(join(projectRoot, 'tmp', 'check-speed-')), 'content');
cpSync(join(projectRoot, 'content/articles', `${slug}.md`), join(root, 'articles', `${copy}.md`));
cpSync(join(projectRoot, 'content/stories', slug), join(root, 'stories', copy), { recursive: true });

/** Edits one data file of the copy: `change(list)` gets the YAML document's top-level list. */
function edit(file, change) {
  const path = join(root, 'stories', copy, file);
  const document = parseDocument(readFileSync(path, 'utf8'));
  change(document.contents.items);
  writeFileSync(path, document.toString({ lineWidth: 0 }));
}
const mistakes = [];
const make = (what, run) => {
  run();
  mistakes.push(what);
};

edit('events.yaml', (events) => {
  make('events[0]: an excerpt with a word left out', () => {
    const words = events[0].get('excerpt').split(' ');
    events[0].set('excerpt', [...words.slice(0, 2), ...words.slice(3)].join(' '));
  });
  make('events[1]: a date that is not in the calendar', () => events[1].setIn(['date', 'start'], `${events[1].getIn(['date', 'start']).slice(0, 4)}-02-30`));
  make('events[2]: an actor id mistyped', () => events[2].setIn(['actors', 0], `${events[2].getIn(['actors', 0])}x`));
  make('events[3]: a category no vocabulary has', () => events[3].set('category', `${events[3].get('category')}x`));
});
edit('figures.yaml', (figures) => {
  make('figures[0]: a kind no vocabulary has', () => figures[0].set('kind', `${figures[0].get('kind')}x`));
  make('figures[1]: a unit no vocabulary has', () => figures[1].set('unit', `${figures[1].get('unit')}x`));
  make('figures[2]: a key mistyped', () => figures[2].set('lable', figures[2].get('label')));
});
edit('relations.yaml', (relations) => {
  make('relations[0]: a relation type no vocabulary has', () => relations[0].set('type', `${relations[0].get('type')}x`));
  make('relations[1]: a relation from an actor to itself', () => relations[1].set('to', relations[1].get('from')));
});
edit('claims.yaml', (claims) => {
  make('claims[0]: a speaker id mistyped', () => claims[0].set('speaker', `${claims[0].get('speaker')}x`));
});

const runs = Number(values.runs);
const times = [];
let output = '';
for (let run = 0; run < runs; run += 1) {
  const started = process.hrtime.bigint();
  const result = spawnSync('npm', ['run', '--silent', 'check', '--', copy], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, EXTRA_CONTENT_ROOTS: relative(projectRoot, root) } });
  times.push(Number(process.hrtime.bigint() - started) / 1e9);
  output = `${result.stderr}${result.stdout}`.trim();
}
rmSync(join(root, '..'), { recursive: true, force: true });

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const lines = output.split('\n').filter((line) => line.includes('  entry "'));
const report = `## ${new Date().toISOString().slice(0, 10)}: ${mistakes.length} mistakes in a copy of ${slug}

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; \`npm run check -- ${copy}\` as a whole process (Node start, Vite
loading the sources, reading and proving every story of content/ and the copy), ${runs} runs.

- Median wall time: **${median.toFixed(2)} s** (min ${sorted[0].toFixed(2)} s, max ${sorted.at(-1).toFixed(2)} s)
- Mistakes made: ${mistakes.length}; entry lines printed: ${lines.length}

Mistakes made: ${mistakes.join('; ')}.

\`\`\`
${output.split(relative(projectRoot, root)).join('<copy>')}
\`\`\`
`;
writeFileSync(join(projectRoot, 'bench/results/check-speed.md'), `# npm run check on a story with ten mistakes\n\n${report}`);
console.log(report);
if (lines.length !== mistakes.length) process.exitCode = 1;
