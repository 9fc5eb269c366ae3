// How fast a big book opens, against the plain baseline the persistence issue
// names: the same cases stored one JSON record per case and read with one
// getAll, timed in the same page. Also the wasm heap after opening and the
// longest pause between frames while the book opened.
//   node tests/bench/open.mjs [CASES ...]        (default: 10000 100000)
// Needs `make web` and build/native/mend. Writes build/bench/open.json.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launch, waitForFrames, root } from '../e2e/browser.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(10000, 100000);
const work = path.join(root, 'build', 'bench');
fs.mkdirSync(work, { recursive: true });
const mend = path.join(root, 'build', 'native', 'mend');
const seed = 1;

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

async function measure(browser, server, cases) {
  const file = path.join(work, `book-${cases}.json`);
  if (!fs.existsSync(file))
    execFileSync(mend, ['sample', '--cases', String(cases), '--seed', String(seed), '-o', file]);
  const jsonBytes = fs.statSync(file).size;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const db = `bench-${cases}`;

  // Set-up: Mend's database filled through its own store, and the baseline's.
  const setup = await context.newPage();
  await setup.goto(`${server.url}?db=${db}`);
  await waitForFrames(setup, 3);
  await setup.waitForFunction(() => window.mend.state().opening === false, null, { timeout: 600000 });
  if ((await setup.evaluate(() => window.mend.state().cases)) !== cases) {
    await setup.evaluate(([n, s]) => window.Module._mend_bench_seed(n, s, 5000), [cases, seed]);
    await setup.waitForFunction(() => window.Module._mend_bench_seed_pending() === 0, null,
      { timeout: 900000, polling: 200 });
  }
  await setup.close();
  const blank = await context.newPage();  // same origin, without the app
  await blank.goto(`${server.url}licenses/`);
  await seedBaseline(blank, cases, file);
  await blank.close();

  // The measured page: Mend opens the book, then the baseline getAll runs.
  const page = await context.newPage();
  if (process.env.BENCH_LOG) page.on('console', (m) => console.log(`[page ${Math.round(performance.now())}] ${m.text()}`));
  await page.addInitScript(watchOpening);
  await page.goto(`${server.url}?db=${db}`);
  await page.waitForFunction(() => window.mendBench && window.mendBench.openedAt !== null, null,
    { timeout: 600000, polling: 100 });
  const mendOpen = await page.evaluate(() => {
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
  const baseline = await baselineGetAll(page, cases);
  const raw = await rawChunkRead(page, db);
  await context.close();
  return {
    cases, jsonBytes, ...mendOpen, baselineGetAllMs: baseline.ms, baselineRecords: baseline.records,
    rawChunkReadMs: raw.ms, chunks: raw.chunks, chunkBytes: raw.bytes,
    speedup: baseline.ms / mendOpen.openMs,
    heapPerJson: mendOpen.heapBytes / jsonBytes, inUsePerJson: mendOpen.heapInUse / jsonBytes,
  };
}

const server = await startServer();
const browser = await launch();
const results = [];
try {
  for (const n of sizes) {
    const r = await measure(browser, server, n);
    results.push(r);
    const mb = (b) => (b / 1e6).toFixed(0) + ' MB';
    console.log(`${n} cases (${mb(r.jsonBytes)} JSON): Mend opens in ${r.openMs.toFixed(0)} ms ` +
      `(read ${r.readMs.toFixed(0)} ms), plain getAll ${r.baselineGetAllMs.toFixed(0)} ms ` +
      `-> ${r.speedup.toFixed(1)}x faster; raw read of its ${r.chunks} chunks (${mb(r.chunkBytes)}) ` +
      `${r.rawChunkReadMs.toFixed(0)} ms; longest frame gap ${r.longestFrameGapMs.toFixed(0)} ms; ` +
      `wasm heap ${mb(r.heapBytes)} (${r.heapPerJson.toFixed(2)}x JSON), in use ${mb(r.heapInUse)} ` +
      `(${r.inUsePerJson.toFixed(2)}x); ${r.cases} cases shown`);
  }
} finally {
  await browser.close();
  server.stop();
}
fs.writeFileSync(path.join(work, 'open.json'), JSON.stringify(results, null, 2));
