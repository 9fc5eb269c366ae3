// How fast a big book opens, against the plain baseline the persistence issue
// names: the same cases stored one JSON record per case and read with one
// getAll, timed in the same page, `runs` times per size. Also the wasm heap
// after opening against the book's JSON bytes, and the longest pause between
// frames while the book opened.
//   node tests/bench/open.mjs [CASES ...]        (default: 1000 10000 100000)
// Needs `make web` and build/native/mend. Writes build/bench/open.json.
import fs from 'node:fs';
import { startServer, launch } from '../e2e/browser.mjs';
import { figure, writeFigures, sampleBook, runs, serverArgs, bookOpened, seedBook } from './lib.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(1000, 10000, 100000);

// Runs in the page before the app: notes when the book has opened and the
// longest gap between animation frames until then.
function watchOpening() {
  const watch = { longestFrameGap: 0, openedAt: null };
  window.mendBench = watch;
  let last = performance.now();
  const frame = (t) => {
    // Gaps while the book opens: from the store's first read on (not the
    // app's own start-up before it).
    const load = window.mendStorage && window.mendStorage.loads[0];
    if (load && last >= load.started) watch.longestFrameGap = Math.max(watch.longestFrameGap, t - last);
    last = t;
    const s = window.mend && window.mend.state && window.mend.state();
    if (s && s.opening === false && watch.openedAt === null) watch.openedAt = performance.now();
    if (watch.openedAt === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// The baseline's database: one record per case, the case's JSON as a string.
// Fed from node in batches (a whole 240 MB book parsed inside the page would
// take the renderer's memory).
async function seedBaseline(page, cases, file) {
  const name = 'bench-baseline-' + cases;
  const open = () => page.evaluate((name) => new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('cases');
    req.onsuccess = () => {
      const c = req.result.transaction('cases').objectStore('cases').count();
      c.onsuccess = () => { req.result.close(); resolve(c.result); };
    };
    req.onerror = () => reject(req.error);
  }), name);
  if ((await open()) === cases) return;
  const book = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (let i = 0; i < book.cases.length; i += 2000) {
    const batch = book.cases.slice(i, i + 2000).map((c) => [c.id, JSON.stringify(c)]);
    await page.evaluate(([name, batch]) => new Promise((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('cases', 'readwrite');
        for (const [id, json] of batch) tx.objectStore('cases').put(json, id);
        tx.oncomplete = () => { req.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), [name, batch]);
  }
}

// The floor: Mend's own chunks read raw with one getAll, nothing decoded.
async function rawChunkRead(page, db) {
  return page.evaluate(async (name) => {
    const started = performance.now();
    const conn = await new Promise((resolve) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
    });
    const values = await new Promise((resolve) => {
      const req = conn.transaction('chunks').objectStore('chunks').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    const ms = performance.now() - started;
    conn.close();
    return { ms, chunks: values.length, bytes: values.reduce((n, v) => n + v.byteLength, 0) };
  }, db);
}

// One getAll of every case record (the values arrive; nothing is parsed).
async function baselineGetAll(page, cases) {
  return page.evaluate(async (cases) => {
    const started = performance.now();
    const db = await new Promise((resolve) => {
      const req = indexedDB.open('bench-baseline-' + cases, 1);
      req.onsuccess = () => resolve(req.result);
    });
    const values = await new Promise((resolve) => {
      const req = db.transaction('cases').objectStore('cases').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    const ms = performance.now() - started;
    db.close();
    return { ms, records: values.length };
  }, cases);
}

// Mend's database filled through its own store, and the baseline's; once per
// size (kept between runs of the benchmark: the databases live in the
// browser profile of the run only, so once per run of this script).
async function setUp(context, server, cases, file) {
  const setup = await context.newPage();
  await setup.goto(`${server.url}?db=bench-${cases}`);
  await bookOpened(setup);
  await seedBook(setup, cases);
  await setup.close();
  const blank = await context.newPage();  // same origin, without the app
  await blank.goto(`${server.url}licenses/`);
  await seedBaseline(blank, cases, file);
  await blank.close();
}

// One run: a new page opens the book, then the baseline getAll runs in it.
async function openOnce(context, server, cases) {
  const page = await context.newPage();
  if (process.env.BENCH_LOG) page.on('console', (m) => console.log(`[page] ${m.text()}`));
  await page.addInitScript(watchOpening);
  await page.goto(`${server.url}?db=bench-${cases}`);
  await page.waitForFunction(() => window.mendBench && window.mendBench.openedAt !== null, null,
    { timeout: 600000, polling: 100 });
  const run = await page.evaluate(() => {
    const load = window.mendStorage.loads[0];
    return {
      openMs: window.mendBench.openedAt - load.started,
      readMs: load.read - load.started,
      longestFrameGapMs: window.mendBench.longestFrameGap,
      cases: window.mend.state().cases,
      heapBytes: window.Module._mend_heap_bytes(),
      heapInUse: window.Module._mend_heap_in_use(),
    };
  });
  run.baselineGetAllMs = (await baselineGetAll(page, cases)).ms;
  run.rawChunkReadMs = (await rawChunkRead(page, `bench-${cases}`)).ms;
  await page.close();
  if (run.cases !== cases) throw new Error(`opened ${run.cases} cases of ${cases}`);
  return run;
}

const server = await startServer(serverArgs);
const browser = await launch();
const figures = [];
const details = {};
try {
  for (const cases of sizes) {
    const file = sampleBook(cases);
    const jsonBytes = fs.statSync(file).size;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await setUp(context, server, cases, file);
    const all = [];
    for (let i = 0; i < runs; ++i) all.push(await openOnce(context, server, cases));
    await context.close();
    details[cases] = { jsonBytes, runs: all };
    const k = cases >= 1000 ? `${cases / 1000}k` : String(cases);
    figures.push(figure({
      name: `open a book of ${k} cases until the queue shows them all`, unit: 'ms',
      mend: all.map((r) => r.openMs), baseline: all.map((r) => r.baselineGetAllMs),
      goal: cases >= 100000 ? 0.25 : null,
      note: `baseline: one getAll of the cases stored one JSON record each (${(jsonBytes / 1e6).toFixed(0)} MB); ` +
        `longest frame gap while opening ${Math.max(...all.map((r) => r.longestFrameGapMs)).toFixed(0)} ms`,
    }));
    if (cases === Math.max(...sizes)) {
      figures.push(figure({
        name: `wasm heap after opening ${k} cases`, unit: 'B',
        mend: all.map((r) => r.heapBytes), baseline: [jsonBytes], goal: 1.0,
        note: `the book's JSON bytes; malloc in use ${(all[0].heapInUse / 1e6).toFixed(0)} MB`,
      }));
    }
  }
} finally {
  await browser.close();
  server.stop();
}
writeFigures('open', figures, details);
