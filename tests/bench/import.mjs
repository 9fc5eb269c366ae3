// Importing a big book file through the page, as a person would (file picker,
// review, Import): how long it takes, the wasm heap it leaves, and the
// longest pause between frames meanwhile.
//   node tests/bench/import.mjs [CASES ...]      (default: 100000)
// Needs `make web` and build/native/mend. Writes build/bench/import.json.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launch, waitForFrames, click, root } from '../e2e/browser.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(100000);
const work = path.join(root, 'build', 'bench');
fs.mkdirSync(work, { recursive: true });
const mend = path.join(root, 'build', 'native', 'mend');

// Longest gap between animation frames since the last reset.
function watchFrames() {
  const watch = { longest: 0, last: performance.now() };
  window.mendFrames = watch;
  const frame = (t) => {
    watch.longest = Math.max(watch.longest, t - watch.last);
    watch.last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function measure(browser, server, cases) {
  const file = path.join(work, `book-${cases}.json`);
  if (!fs.existsSync(file)) execFileSync(mend, ['sample', '--cases', String(cases), '--seed', '1', '-o', file]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(watchFrames);
  await page.goto(`${server.url}?db=bench-import-${cases}-${process.pid}`);
  await waitForFrames(page, 3);
  await page.waitForFunction(() => window.mend.state().opening === false, null, { polling: 50 });
  const started = Date.now();
  await page.evaluate(() => { window.mendFrames.longest = 0; });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => { await click(page, 'Data'); await click(page, 'Import book…', { window: '##Menu' }); })(),
  ]);
  await chooser.setFiles(file);
  await page.waitForFunction(() => { const s = window.mend.state(); return s.import && !s.import.reading; },
    null, { polling: 100, timeout: 900000 });
  const reviewed = Date.now();
  const errors = await page.evaluate(() => window.mend.state().import.errors);
  await click(page, 'Import');
  await page.waitForFunction((n) => window.mend.state().cases === n && window.mend.state().unsaved === 0,
    cases, { polling: 100, timeout: 900000 });
  const stored = Date.now();
  const r = await page.evaluate(() => ({
    heapBytes: window.Module._mend_heap_bytes(),
    heapInUse: window.Module._mend_heap_in_use(),
    longestFrameGapMs: window.mendFrames.longest,
  }));
  await context.close();
  return { cases, jsonBytes: fs.statSync(file).size, reviewMs: reviewed - started, storedMs: stored - started,
           errors, ...r };
}

const server = await startServer();
const browser = await launch();
const results = [];
try {
  for (const n of sizes) {
    const r = await measure(browser, server, n);
    results.push(r);
    const mb = (b) => (b / 1e6).toFixed(0) + ' MB';
    console.log(`${n} cases (${mb(r.jsonBytes)}): review after ${r.reviewMs} ms, all stored after ${r.storedMs} ms; ` +
      `wasm heap ${mb(r.heapBytes)} (${(r.heapBytes / r.jsonBytes).toFixed(2)}x), in use ${mb(r.heapInUse)}; ` +
      `longest frame gap ${r.longestFrameGapMs.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  server.stop();
}
fs.writeFileSync(path.join(work, 'import.json'), JSON.stringify(results, null, 2));
