// `make bench`: every figure of Mend against its baseline, measured in one
// run on this machine, gathered into one markdown table (build/bench/bench.md,
// printed) and the same as JSON (build/bench/bench.json). Each script runs in
// its own node process (a 100,000-case book is heavy; one failing script
// does not stop the others) and writes build/bench/<script>.json.
//   node tests/bench/run.mjs [SCRIPT ...]     (default: all of them)
//   node tests/bench/run.mjs --table          (only gathers the last results)
// The table has every script's last results; those not run this time say
// when they were measured. BENCH_RUNS=N changes the runs per timing
// (default 5). Never fails on a missed goal: it reports it. Fails only when
// a script could not measure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { root } from '../e2e/browser.mjs';
import { work, formatRow, tableHead } from './lib.mjs';

const all = ['page', 'open', 'save', 'files', 'frames'];
const args = process.argv.slice(2);
const chosen = args.includes('--table') ? [] : args.length ? args : all;
const started = Date.now();
const failed = [];
for (const script of chosen) {
  console.log(`\n== ${script} (${new Date().toISOString()})`);
  const t = Date.now();
  const r = spawnSync(process.execPath, [path.join(root, 'tests', 'bench', `${script}.mjs`)], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(script);
  console.log(`== ${script}: ${r.status === 0 ? 'done' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

const version = (cmd, args) => {
  try { return execFileSync(cmd, args, { encoding: 'utf8' }).split('\n')[0].trim(); } catch { return 'unknown'; }
};
const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || 'unknown CPU';
const machine = {
  cpu, cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: (fs.readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="(.*)"/) || [])[1] || os.platform(),
  chromium: version(process.env.MEND_CHROMIUM || '/usr/bin/chromium', ['--version']),
  emscripten: version('emcc', ['--version']),
  node: process.version,
};
const commit = version('git', ['-C', root, 'rev-parse', '--short', 'HEAD']);

// Every script's last figures; a script that failed this time is left out.
const figures = [];
const earlier = [];
for (const script of all) {
  const file = path.join(work, `${script}.json`);
  if (failed.includes(script) || !fs.existsSync(file)) continue;
  const out = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!chosen.includes(script)) earlier.push(`${script}.mjs ${out.date.slice(0, 16).replace('T', ' ')} UTC`);
  for (const f of out.figures) figures.push({ script, ...f });
}
const date = new Date().toISOString().slice(0, 10);
const minutes = ((Date.now() - started) / 60000).toFixed(0);
const lines = [
  `Mend ${commit}, ${date}, ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ` +
    `${machine.os}, ${machine.chromium} headless with SwiftShader WebGL, Emscripten ${(machine.emscripten.match(/\d+\.\d+\.\d+/) || ['?'])[0]}; ` +
    `${chosen.length ? `${minutes} min. ` : ''}Ratio = Mend's median / the baseline's median, both measured in the same run.` +
    (earlier.length ? ` Measured earlier: ${earlier.join(', ')}.` : ''),
  '',
  tableHead,
  ...figures.map(formatRow),
  '',
  ...figures.filter((f) => f.note).map((f, i) => `${i + 1}. ${f.name}: ${f.note}`),
];
if (failed.length) lines.push('', `Not measured (the script failed): ${failed.join(', ')}`);
fs.writeFileSync(path.join(work, 'bench.md'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(work, 'bench.json'),
  JSON.stringify({ commit, date: new Date().toISOString(), machine, minutes: Number(minutes), failed, figures }, null, 2));
console.log('\n' + lines.join('\n'));
console.log(`\n(build/bench/bench.md and bench.json; ${figures.filter((f) => f.met === false).length} goals missed)`);
process.exit(failed.length ? 1 : 0);
