// Export and import of a whole book file, as a person does them (Data →
// Export book… → Export; Data → Import book… and the file picker), against
// the page's own JSON: JSON.stringify of the same book's parsed object for
// the export, JSON.parse of the same file's text for the import, timed in
// the same page. Four figures: export and import at 10,000 and 100,000 cases.
// The import's details keep how long until everything was stored, the wasm
// heap it leaves and the longest pause between frames meanwhile.
//   node tests/bench/files.mjs [CASES ...]     (default: 10000 100000)
// BENCH_RUNS (default 5) runs per size; BENCH_RUNS_LARGE for 100,000 cases
// and more. Needs `make web` and build/native/mend. Writes build/bench/files.json.
import fs from 'node:fs';
import { startServer, launch, click } from '../e2e/browser.mjs';
import { signInIfAsked } from '../e2e/desk.mjs';
import { figure, writeFigures, runs, sampleBook, stats, serverArgs, bookOpened, seedBook } from './lib.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(10000, 100000);
const runsFor = (n) => (n >= 100000 ? Math.max(1, Number(process.env.BENCH_RUNS_LARGE) || runs) : runs);
const long = { timeout: 900000, polling: 100 };

// Runs in the page before the app. Stamps, in performance.now() ms: the press
// that asks for the export (the first pointer release once armed), the
// export's file handed to the browser (lib_files.js offer() makes its blob
// URL), the file picked for import (the app's input's change event, heard
// before its own listener), and what `watch` (set per run) sees each frame;
// and the longest gap between frames since the last reset. To tell where
// the time goes: the export's copy out of wasm memory (HEAPU8.slice, after
// the C++ side made the file), the import's file read (arrayBuffer), and
// the frames begun meanwhile.
function watchFiles() {
  const w = { armed: false, requested: null, offered: null, offeredBytes: 0, chosen: null,
              stamps: {}, frames: [], watch: null, longest: 0, last: performance.now() };
  window.filesBench = w;
  window.addEventListener('pointerup', () => {
    if (w.armed) { w.armed = false; w.requested = performance.now(); }
  }, true);
  const create = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    if (blob instanceof Blob && blob.type === 'application/json') {
      w.offered = performance.now();
      w.offeredBytes = blob.size;
    }
    return create.call(URL, blob);
  };
  const slice = Uint8Array.prototype.slice;
  Uint8Array.prototype.slice = function (from, to) {
    const timed = w.requested !== null && w.offered === null && to - from > 1e6;
    if (timed) w.stamps.copyStart = performance.now();
    const out = slice.call(this, from, to);
    if (timed) w.stamps.copyEnd = performance.now();
    return out;
  };
  const arrayBuffer = Blob.prototype.arrayBuffer;
  Blob.prototype.arrayBuffer = function () {
    return arrayBuffer.call(this).then((bytes) => {
      if (w.chosen !== null && w.stamps.read === undefined) w.stamps.read = performance.now();
      return bytes;
    });
  };
  document.addEventListener('change', (e) => {
    if (e.target && e.target.id === 'mend-import-file') w.chosen = performance.now();
  }, true);
  const frame = (t) => {
    w.longest = Math.max(w.longest, t - w.last);
    w.last = t;
    if ((w.requested !== null && w.offered === null) || (w.chosen !== null && w.stamps.reviewed === undefined))
      w.frames.push(t);
    if (w.watch) w.watch();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// The book file as a File in the page, through a file input of our own
// (Playwright hands the browser the path: 235 MB never cross the protocol),
// then the baseline: its text JSON.parse'd, and the parsed object
// JSON.stringify'd, each timed alone. Nothing is kept once it returns.
async function plainJson(page, file) {
  await page.evaluate(() => {
    if (document.getElementById('bench-file')) return;
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    input.hidden = true;
    document.body.appendChild(input);
  });
  await page.setInputFiles('#bench-file', file);
  return page.evaluate(async () => {
    const text = await document.getElementById('bench-file').files[0].text();
    let t = performance.now();
    const book = JSON.parse(text);
    const parseMs = performance.now() - t;
    t = performance.now();
    const out = JSON.stringify(book);
    const stringifyMs = performance.now() - t;
    return { parseMs, stringifyMs, sameLength: out.length === text.length };
  });
}

const state = (page) => page.evaluate(() => window.mend.state());

// Export: the book seeded once into the context's database through Mend's
// own store (as open.mjs does), then per run a fresh page opens it, exports
// it through the menu, and times JSON.stringify of the sample file's book
// (the same book: same generator, same seed).
async function exports(browser, server, cases, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: false });
  const url = `${server.url}?db=bench-files-${cases}`;
  const setup = await context.newPage();
  await setup.goto(url);
  await bookOpened(setup);
  await seedBook(setup, cases);
  await setup.close();
  const results = [];
  for (let r = 0; r < runsFor(cases); ++r) {
    const page = await context.newPage();
    await page.addInitScript(watchFiles);
    await page.goto(url);
    await bookOpened(page);
    if ((await state(page)).cases !== cases) throw new Error('the seeded book did not open');
    await signInIfAsked(page);
    await click(page, 'Data');
    await click(page, 'Export book…', { window: '##Menu' });
    await page.evaluate(() => { window.filesBench.armed = true; });
    await click(page, 'Export');
    await page.waitForFunction(() => window.filesBench.offered !== null, null, long);
    // Where it went: frames begun before the file was made, the making (from
    // the last of them), the copy out of wasm memory, and the blob.
    const mend = await page.evaluate(() => {
      const w = window.filesBench, s = w.stamps;
      const before = w.frames.filter((t) => t < s.copyStart);
      return { ms: w.offered - w.requested, bytes: w.offeredBytes, framesBefore: before.length,
               toFrameMs: before[before.length - 1] - w.requested, makeMs: s.copyStart - before[before.length - 1],
               copyMs: s.copyEnd - s.copyStart, blobMs: w.offered - s.copyEnd };
    });
    const baseline = await plainJson(page, file);
    await page.close();
    const { ms, bytes, ...parts } = mend;
    results.push({ mendMs: ms, exportedBytes: bytes, ...parts, stringifyMs: baseline.stringifyMs,
                   parseMs: baseline.parseMs, sameLength: baseline.sameLength });
  }
  await context.close();
  return results;
}

// Import: per run a fresh context (an empty database), the file picked
// through the menu, timed from the file chosen to the review shown (read and
// checked: what the figure compares), then Import pressed, to everything
// stored; then JSON.parse of the same file's text in the same page.
async function imports(browser, server, cases, file) {
  const results = [];
  for (let r = 0; r < runsFor(cases); ++r) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(watchFiles);
    await page.goto(`${server.url}?db=bench-files-import-${cases}-${r}`);
    await bookOpened(page);
    await page.evaluate((n) => {
      const w = window.filesBench;
      w.longest = 0;
      w.watch = () => {
        if (w.chosen === null) return;
        const s = window.mend.state();
        if (w.stamps.reviewed === undefined && s.import && !s.import.reading) w.stamps.reviewed = performance.now();
        if (w.stamps.stored === undefined && s.cases === n && s.unsaved === 0) w.stamps.stored = performance.now();
      };
    }, cases);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      (async () => { await click(page, 'Data'); await click(page, 'Import book…', { window: '##Menu' }); })(),
    ]);
    await chooser.setFiles(file);
    await page.waitForFunction(() => window.filesBench.stamps.reviewed !== undefined, null, long);
    const review = (await state(page)).import;
    if (!review.valid || review.errorCount || review.cases !== cases)
      throw new Error(`the review did not offer the book: ${JSON.stringify(review).slice(0, 500)}`);
    const pressed = await page.evaluate(() => performance.now());
    await click(page, 'Import', { window: 'Import book' });
    await page.waitForFunction(() => window.filesBench.stamps.stored !== undefined, null, long);
    const mend = await page.evaluate((pressed) => {
      const w = window.filesBench;
      w.watch = null;
      return {
        reviewMs: w.stamps.reviewed - w.chosen, readMs: w.stamps.read - w.chosen,
        checkFrames: w.frames.filter((t) => t > w.stamps.read).length,
        storedMs: w.stamps.stored - pressed,
        longestFrameGapMs: w.longest, heapBytes: window.Module._mend_heap_bytes(),
        heapInUse: window.Module._mend_heap_in_use(),
      };
    }, pressed);
    const baseline = await plainJson(page, file);
    await context.close();
    results.push({ ...mend, parseMs: baseline.parseMs });
  }
  return results;
}

const server = await startServer(serverArgs);
const browser = await launch();
const figures = [];
const details = {};
const began = Date.now();
try {
  for (const n of sizes) {
    const file = sampleBook(n);
    const jsonBytes = fs.statSync(file).size;
    const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
    const count = n.toLocaleString('en');
    let t = Date.now();
    const ex = await exports(browser, server, n, file);
    const exportSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    const im = await imports(browser, server, n, file);
    const importSeconds = (Date.now() - t) / 1000;
    details[n] = { jsonBytes, exports: ex, imports: im, exportSeconds, importSeconds };
    const some = ex.length < 5 ? ` (${ex.length} runs: 5 took too long)` : '';
    figures.push(figure({
      name: `Export ${count} cases`, unit: 'ms', goal: 0.75,
      mend: ex.map((x) => x.mendMs), baseline: ex.map((x) => x.stringifyMs),
      note: `Export pressed to the file's blob offered (${mb(ex[0].exportedBytes)}), against JSON.stringify of the same book${some}`,
    }));
    figures.push(figure({
      name: `Import ${count} cases`, unit: 'ms', goal: 0.75,
      mend: im.map((x) => x.reviewMs), baseline: im.map((x) => x.parseMs),
      note: `file chosen to the review shown (read and checked: the codec plus the copy from the file; storing is in details), ` +
        `against JSON.parse of its text${some}`,
    }));
    const med = (list, key) => stats(list.map((x) => x[key])).median;
    console.log(`${count} cases (${mb(jsonBytes)}): export ${med(ex, 'mendMs').toFixed(0)} ms ` +
      `(${mb(ex[0].exportedBytes)}${ex.every((x) => x.exportedBytes === jsonBytes) ? ', the sample file\'s size' : ', NOT the sample file\'s size'}), ` +
      `stringify ${med(ex, 'stringifyMs').toFixed(0)} ms; import review ${med(im, 'reviewMs').toFixed(0)} ms, ` +
      `stored ${med(im, 'storedMs').toFixed(0)} ms after Import, parse ${med(im, 'parseMs').toFixed(0)} ms; ` +
      `wasm heap ${mb(med(im, 'heapBytes'))}, longest frame gap ${med(im, 'longestFrameGapMs').toFixed(0)} ms; ` +
      `${exportSeconds.toFixed(0)} s + ${importSeconds.toFixed(0)} s`);
  }
} finally {
  await browser.close();
  server.stop();
}
details.seconds = (Date.now() - began) / 1000;
writeFigures('files', figures, details);
