// What every benchmark script shares: sample books, run statistics, and the
// figure rows that `make bench` (tests/bench/run.mjs) gathers into one table.
//
// A figure compares Mend with a baseline measured in the same run, on the
// same machine, because absolute times drift from run to run here. Its ratio
// is Mend's median over the baseline's median; its goal is the largest ratio
// the issue accepts (and, for some figures, an absolute limit too). A missed
// goal is reported, never an error.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { root, waitForFrames } from '../e2e/browser.mjs';

export const work = path.join(root, 'build', 'bench');
fs.mkdirSync(work, { recursive: true });
export const seed = 1;
// At least five runs for every timing (the issue's rule); BENCH_RUNS= to change.
export const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
// The app served: dist/ (`make web`), or BENCH_DIST=folder to measure another
// build of it (a build folder configured with -DMEND_DIST=...).
export const serverArgs = process.env.BENCH_DIST ? ['--root', path.resolve(process.env.BENCH_DIST)] : [];

// A `mend sample` book of `cases` cases with the fixed seed, made once and
// kept in build/bench/.
export function sampleBook(cases) {
  const file = path.join(work, `book-${cases}.json`);
  if (!fs.existsSync(file)) {
    const mend = path.join(root, 'build', 'native', 'mend');
    execFileSync(mend, ['sample', '--cases', String(cases), '--seed', String(seed), '-o', file]);
  }
  return file;
}

// Waits until the app on `page` has drawn and opened its book (however big).
export async function bookOpened(page) {
  await waitForFrames(page, 3);
  await page.waitForFunction(() => window.mend.state().opening === false, null,
    { timeout: 900000, polling: 100 });
}

// Fills the database of the opened app on `page` with the sample book of
// `cases` cases through Mend's own store, unless it holds them already.
// Reload to open what was written. Resolves to whether it wrote.
export async function seedBook(page, cases) {
  if ((await page.evaluate(() => window.mend.state().cases)) === cases) return false;
  await page.evaluate(([n, s]) => window.Module._mend_bench_seed(n, s, 5000), [cases, seed]);
  await page.waitForFunction(() => window.Module._mend_bench_seed_pending() === 0, null,
    { timeout: 900000, polling: 200 });
  return true;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

// min / median / max of a list of run values.
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { runs: values, min: sorted[0], median, max: sorted[sorted.length - 1] };
}

// One row of the table. `mend` and `baseline` are lists of run values in
// `unit`; goal is the largest acceptable ratio (null: reported, no goal);
// `limit` an optional absolute ceiling on Mend's median ({ value, text });
// `note` says what was measured.
export function figure({ name, unit, mend, baseline, goal, limit = null, note = '' }) {
  const m = stats(mend);
  const b = stats(baseline);
  const ratio = m.median / b.median;
  const met = goal === null ? null : ratio <= goal && (!limit || m.median <= limit.value);
  return { name, unit, mend: m, baseline: b, ratio, goal, limit, met, note };
}

// Writes build/bench/<script>.json: { script, date, figures, details }.
export function writeFigures(script, figures, details = {}) {
  const out = { script, date: new Date().toISOString(), figures, details };
  fs.writeFileSync(path.join(work, `${script}.json`), JSON.stringify(out, null, 2));
  for (const f of figures) console.log(formatRow(f));
}

export function formatValue(v, unit) {
  if (unit === 'B') return v >= 1e6 ? `${(v / 1e6).toFixed(2)} MB` : `${(v / 1e3).toFixed(1)} KB`;
  if (unit === 'ms') return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 0)} ms`;
  return `${v.toFixed(2)} ${unit}`;
}

const spread = (s, unit) =>
  s.runs.length > 1
    ? `${s.runs.length}: ${formatValue(s.min, unit)} / ${formatValue(s.median, unit)} / ${formatValue(s.max, unit)}`
    : '1';

// | figure | Mend | baseline | ratio | goal | runs (min / median / max) |
export function formatRow(f) {
  const goal = f.goal === null ? '—'
    : `≤ ${f.goal}×${f.limit ? ` and ≤ ${f.limit.text}` : ''}: ${f.met ? 'met' : '**missed**'}`;
  return `| ${f.name} | ${formatValue(f.mend.median, f.unit)} | ${formatValue(f.baseline.median, f.unit)} | ` +
    `${f.ratio.toFixed(2)}× | ${goal} | Mend ${spread(f.mend, f.unit)}; baseline ${spread(f.baseline, f.unit)} |`;
}

export const tableHead =
  '| figure | Mend | baseline | ratio | goal | runs (min / median / max) |\n|---|---|---|---|---|---|';
