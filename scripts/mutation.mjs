// Mutation testing of the pure layers (not part of `npm test`): runs Stryker (stryker.config.mjs) over
// src/story and src/views with the fast unit and markdown tests, then appends a dated section to
// bench/results/mutation.md: the mutation score by folder, overall for src/story and src/views, and every
// surviving mutant, grouped by file, with the note on that file from scripts/mutation-notes.json.
// Only the newest section keeps its list of survivors, so the file stays short. Stryker runs once per
// part (a few folders each, PARTS in stryker.config.mjs), each keeping its own report and incremental
// file in reports/mutation/, so a stopped run loses only its own part.
//
//   npm run mutation                          every part (incremental: mutants whose code and tests did
//                                             not change keep their last result), then the section
//   npm run mutation -- --part views-core     one part (repeatable); the others' last reports are used
//   npm run mutation -- --force               tests every mutant again
//   npm run mutation -- --report-only         writes a section from the last reports (reports/mutation/)
//   npm run mutation -- --label "text"        the section's heading says what was measured
//   npm run mutation -- --note "text"         a paragraph under the heading (repeatable)
//   npm run mutation -- --no-section          runs Stryker only; a later --report-only writes the section
//   npm run mutation -- --report-only --reports <folder>   the section from reports kept in another folder
//   npm run mutation -- --report-only --baseline <folder>
//                                             also compares with the reports of another suite kept in
//                                             <folder> (the old suite, run with the same config): the
//                                             score of each, part by part, and every mutant the old one
//                                             detects that the new one does not
//   npm run mutation -- --report-only --without-strength-tests
//                                             the score of the suite without tests/unit/strength-*: those
//                                             run last (vitest.mutation.config.ts), so a mutant only they
//                                             detected was undetected without them
//
// Exit status 1 when Stryker fails or the overall score is below 80 %.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PARTS as PART_GLOBS } from '../stryker.config.mjs';

const root = resolve(import.meta.dirname, '..');
const PARTS = Object.keys(PART_GLOBS);
const reportFile = (part) => join(root, values.reports, `${part}.json`);
/** How long a part's last Stryker run took (Stryker's JSON report does not say). */
const timingFile = (part) => join(root, values.reports, `${part}.timing.json`);
const resultsFile = join(root, 'bench/results/mutation.md');
const notesFile = join(root, 'scripts/mutation-notes.json');
const TARGET = 80;

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    part: { type: 'string', multiple: true },
    label: { type: 'string' },
    note: { type: 'string', multiple: true },
    'without-strength-tests': { type: 'boolean', default: false },
    'no-section': { type: 'boolean', default: false },
    reports: { type: 'string', default: 'reports/mutation' },
    baseline: { type: 'string' },
  },
});
const parts = values.part ?? PARTS;
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--part must be one of ${PARTS.join(', ')}`);

const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout.trim();

const wall = {};
const loadBefore = loadavg()[0];
if (!values['report-only']) {
  mkdirSync(join(root, 'reports/mutation'), { recursive: true });
  for (const part of parts) {
    const started = Date.now();
    const args = ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', ...(values.force ? ['--force'] : [])];
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, MUTATION_PART: part } });
    wall[part] = (Date.now() - started) / 1000;
    writeFileSync(timingFile(part), JSON.stringify({ seconds: wall[part], finished: new Date().toISOString(), load: loadavg()[0] }));
    if (run.status !== 0) {
      console.error(`Stryker exited with ${run.status} on src/${part}; no section written.`);
      process.exit(1);
    }
  }
}
const measured = PARTS.filter((part) => existsSync(reportFile(part)));
const missing = PARTS.filter((part) => !measured.includes(part));
if (!measured.length) {
  console.error('No report in reports/mutation/: run `npm run mutation` first.');
  process.exit(1);
}

const reports = Object.fromEntries(measured.map((part) => [part, JSON.parse(readFileSync(reportFile(part), 'utf8'))]));
const timings = Object.fromEntries(measured.filter((part) => existsSync(timingFile(part))).map((part) => [part, JSON.parse(readFileSync(timingFile(part), 'utf8'))]));
if (values['no-section']) process.exit(0);
const notes = existsSync(notesFile) ? JSON.parse(readFileSync(notesFile, 'utf8')) : {};

// Stryker's statuses (mutation-testing-report-schema). Detected: a test failed or the mutant hung.
// Undetected: the tests ran and passed, or no test ran the mutated code. Ignored: static mutants,
// which run only while a module or a test file loads (ignoreStatic), and `Stryker disable` comments.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Counts of one set of mutants. */
function tally(mutants) {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
  const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length;
  const undetected = mutants.filter((mutant) => UNDETECTED.has(mutant.status)).length;
  return {
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    ignored: count('Ignored'),
    errors: count('CompileError') + count('RuntimeError'),
    detected,
    undetected,
    score: detected + undetected ? (100 * detected) / (detected + undetected) : NaN,
  };
}

/**
 * A mutant's status had tests/unit/strength-* not been there. They run after every other test file, and
 * Stryker stops at the first failing test, so a mutant killed by one of them passed all the others.
 */
const STRENGTH = /(^|\/)tests\/unit\/strength-[^/]*\.test\.ts$/;
function withoutStrengthTests(report) {
  const fileOfTest = new Map(Object.entries(report.testFiles ?? {}).flatMap(([file, { tests }]) => tests.map((test) => [test.id, file.replace(/\\/g, '/')])));
  const isOld = (id) => !STRENGTH.test(fileOfTest.get(id) ?? '');
  return (mutant) => {
    if (mutant.status === 'Ignored' || mutant.status === 'NoCoverage' || mutant.status === 'CompileError' || mutant.status === 'RuntimeError') return mutant;
    const covered = (mutant.coveredBy ?? []).some(isOld);
    const undetected = covered ? 'Survived' : mutant.static ? 'Ignored' : 'NoCoverage';
    if (mutant.status === 'Killed') return { ...mutant, status: (mutant.killedBy ?? []).some(isOld) ? 'Killed' : undetected };
    // A hang is put down to the tests that ran first when they cover the mutant.
    if (mutant.status === 'Timeout') return covered ? mutant : { ...mutant, status: undetected };
    return { ...mutant, status: undetected };
  };
}

const files = Object.values(reports).flatMap((report) => {
  const as = values['without-strength-tests'] ? withoutStrengthTests(report) : (mutant) => mutant;
  return Object.entries(report.files).map(([path, file]) => [path, { ...file, mutants: file.mutants.map(as) }]);
}).map(([path, file]) => ({
  path: path.replace(/\\/g, '/').replace(/^.*?(?=src\/)/, ''),
  mutants: file.mutants,
  lines: file.source.split('\n'),
}));
// A file the config now leaves out ('!path' in PARTS) is left out of an older report too.
const excluded = new Set(Object.values(PART_GLOBS).flat().filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1)));
files.splice(0, files.length, ...files.filter((file) => !excluded.has(file.path)));
files.sort((a, b) => a.path.localeCompare(b.path));
const folders = [...new Set(files.map((file) => dirname(file.path)))].sort();
const mutantsUnder = (prefix) => files.filter((file) => file.path.startsWith(`${prefix}/`)).flatMap((file) => file.mutants);
const mutantsIn = (folder) => files.filter((file) => dirname(file.path) === folder).flatMap((file) => file.mutants);

const pct = (score) => (Number.isNaN(score) ? '–' : `${score.toFixed(1)} %`);
const row = (name, counts) =>
  `| ${name} | **${pct(counts.score)}** | ${counts.killed} | ${counts.timeout} | ${counts.survived} | ${counts.noCoverage} | ${counts.ignored} |`;

const overall = tally(files.flatMap((file) => file.mutants));
const duration = (s) => (s === undefined ? '–' : s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`);
const stampOf = (file) => new Date(statSync(file).mtime).toISOString().replace(/\.\d+Z$/, 'Z');
const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src', 'tests').length > 0;
const cpu = cpus();
const anyReport = reports[measured[0]];

const section = [];
section.push(`## ${values.label ?? 'Run'} — ${stamp} (commit ${commit}${dirty ? ', with uncommitted changes to src/ or tests/' : ''})`);
section.push('');
section.push(
  `Machine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
    `Stryker ${anyReport.framework?.version ?? ''} with 2 test runners; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (the machine is shared with other work).`,
);
for (const paragraph of values.note ?? []) section.push('', paragraph);
if (values['without-strength-tests']) {
  section.push('', 'Scored without tests/unit/strength-*: they run after every other test file and Stryker stops at the first failing test, so a mutant only they killed counts here as surviving (or as not covered, or ignored when only they ran its code inside a test).');
}
section.push('');
section.push('| Part | Mutates | Report of | Stryker run (wall clock) | 1-minute load average at its end |');
section.push('|---|---|---|---:|---:|');
for (const part of PARTS) {
  const globs = PART_GLOBS[part].join(', ');
  if (!measured.includes(part)) {
    section.push(`| ${part} | ${globs} | **not measured** | – | – |`);
    continue;
  }
  const timing = timings[part];
  section.push(`| ${part} | ${globs} | ${stampOf(reportFile(part))} | ${duration(timing?.seconds)} | ${timing ? timing.load.toFixed(1) : '–'} |`);
}
section.push('');
section.push('Incremental: a mutant whose code and covering tests did not change since the run before keeps its result; `--force` tests all.');
section.push('');
if (missing.length) section.push(`**Not measured: ${missing.join(', ')}**; the scores below cover the parts measured only.`, '');
section.push(`**Overall (${measured.length === PARTS.length ? 'src/story and src/views' : 'the parts measured'}): ${pct(overall.score)}** — ${overall.detected} of ${overall.detected + overall.undetected} mutants detected; ${overall.ignored} ignored (static or disabled), not in the score.`);
section.push('');
section.push('| Folder (its own files) | Score | Killed | Timeout | Survived | No coverage | Ignored |');
section.push('|---|---:|---:|---:|---:|---:|---:|');
for (const layer of ['src/story', 'src/views']) {
  section.push(row(`**${layer}/** (all)`, tally(mutantsUnder(layer))));
  for (const folder of folders.filter((folder) => folder === layer || folder.startsWith(`${layer}/`))) section.push(row(folder, tally(mutantsIn(folder))));
}
section.push('');
section.push(
  'Score = detected / (detected + undetected): a mutant is detected when a test fails (killed) or it hangs (timeout), undetected when the tests pass (survived) or no test runs its code (no coverage). ' +
    'Ignored mutants are static ones, run only while a module or a test file loads (Stryker would rerun the whole suite, reloaded, for each), and those a `Stryker disable` comment turns off with its reason.',
);

// The old suite against the new, part by part, on the mutants both runs made (same source, same config).
const comparison = [];
if (values.baseline) {
  const mutantKey = (path, mutant) => `${path}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} → ${mutant.replacement ?? ''}`;
  const keyed = (report) =>
    new Map(
      Object.entries(report.files)
        .map(([path, file]) => [path.replace(/\\/g, '/').replace(/^.*?(?=src\/)/, ''), file])
        .filter(([path]) => !excluded.has(path))
        .flatMap(([path, file]) => file.mutants.map((mutant) => [mutantKey(path, mutant), mutant])),
    );
  comparison.push('### The old suite and the new', '');
  comparison.push(`Both runs use the same source and the same Stryker and Vitest configuration; the old suite is the unit and markdown tests before issue 25 (reports in \`${values.baseline}\`).`, '');
  comparison.push('| Part | Old suite | New suite | Detected by the old, not by the new |');
  comparison.push('|---|---:|---:|---:|');
  const lost = [];
  for (const part of measured) {
    const baselineFile = join(root, values.baseline, `${part}.json`);
    if (!existsSync(baselineFile)) {
      comparison.push(`| ${part} | not measured | ${pct(tally([...keyed(reports[part]).values()]).score)} | – |`);
      continue;
    }
    const before = keyed(JSON.parse(readFileSync(baselineFile, 'utf8')));
    const after = keyed(reports[part]);
    const partLost = [...before].filter(([key, mutant]) => DETECTED.has(mutant.status) && !DETECTED.has(after.get(key)?.status)).map(([key, mutant]) => `${key} (old: ${mutant.status}, new: ${after.get(key)?.status ?? 'not made'})`);
    lost.push(...partLost);
    comparison.push(`| ${part} | ${pct(tally([...before.values()]).score)} | ${pct(tally([...after.values()]).score)} | ${partLost.length} |`);
  }
  comparison.push('');
  if (lost.length) comparison.push('Detected by the old suite only:', '', ...lost.map((line) => `- \`${line}\``), '');
  else comparison.push('The new suite detects every mutant the old one detects.', '');
}

// The survivors, by file: one line per mutator, each mutant as line:column → its replacement.
const survivors = [];
survivors.push('<!-- survivors:start -->');
survivors.push('');
survivors.push('### Undetected mutants, by file');
survivors.push('');
survivors.push('Each as `line:column Mutator → replacement` (cut at 40 characters), in file order; _nc_ marks a mutant that no test runs. The note beside each file says why they remain.');
for (const file of files) {
  const left = file.mutants.filter((mutant) => UNDETECTED.has(mutant.status)).sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  if (!left.length) continue;
  survivors.push('');
  survivors.push(`**${file.path}** (${left.length}): ${notes[file.path] ?? '_no note yet_'}`);
  const items = left.map((mutant) => {
    const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ');
    const cut = replacement.length > 40 ? `${replacement.slice(0, 39)}…` : replacement;
    return `${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} → \`${cut.replace(/`/g, "'")}\`${mutant.status === 'NoCoverage' ? ' _nc_' : ''}`;
  });
  survivors.push(`- ${items.join('; ')}`);
}
survivors.push('');
survivors.push('<!-- survivors:end -->');

const header = [
  '# Mutation score',
  '',
  'Written by `npm run mutation` (scripts/mutation.mjs, Stryker with stryker.config.mjs and vitest.mutation.config.ts); each run appends a section, and only the newest keeps its list of undetected mutants. Not part of `npm test`.',
  '',
].join('\n');
let previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : header;
previous = previous.replace(/<!-- survivors:start -->[\s\S]*?<!-- survivors:end -->\n*/g, '');
writeFileSync(resultsFile, `${previous.trimEnd()}\n\n${[...section, '', ...comparison, ...survivors].join('\n')}\n`);
console.log(`${pct(overall.score)} over src/story and src/views; section appended to ${resultsFile}`);
process.exitCode = overall.score >= TARGET ? 0 : 1;
