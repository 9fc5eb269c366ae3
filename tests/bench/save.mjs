// What saving one event costs: a member of staff saves a reply to a case as a
// note, and the store confirms it (one strict readwrite transaction, see
// web/lib/lib_store.js), against the floor IndexedDB itself sets: a raw
// single put of the same bytes into a database of its own in the same page,
// also with durability 'strict', timed from the put to the transaction's
// complete. Two figures: the p50 and the p95 of a run's saves.
//   node tests/bench/save.mjs         (BENCH_RUNS, default 5; BENCH_SAVES per run, default 30)
// Needs `make web`. Writes build/bench/save.json.
import { startServer, launch, click, findWidget, nextFrames, waitState, waitForFrames } from '../e2e/browser.mjs';
import { signInIfAsked } from '../e2e/desk.mjs';
import { figure, writeFigures, runs, percentile, stats, serverArgs } from './lib.mjs';

const saves = Math.max(1, Number(process.env.BENCH_SAVES) || 30);

// Runs in the page before the app: keeps each event value the app puts (the
// app's own fresh array, not a copy, so the timed write is untouched), for
// the baseline to put the same bytes.
function watchPuts() {
  window.benchPuts = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (this.name === 'events') window.benchPuts.push(value);
    return put.call(this, value, key);
  };
  // When each of the app's write transactions began and completed, to tell
  // the time before it (the store's queue, the lock's gate) from the time in it.
  window.benchTx = [];
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite' && this.name !== 'bench-save-baseline') {
      const frames = () => (window.mend ? window.mend.frames() : 0);
      const t = { began: performance.now(), complete: null, frames: frames() };
      window.benchTx.push(t);
      tx.addEventListener('complete', () => {
        t.complete = performance.now();
        t.frames = frames() - t.frames;  // the app's frames drawn meanwhile
      });
    }
    return tx;
  };
}

// The baseline: the bytes of the app's last saved event, put once under a
// fresh key into the page's baseline database (opened before any timing, as
// the app's connection is). Returns ms from the put to `complete`.
function rawPut(page, key) {
  return page.evaluate(async (key) => {
    if (!window.benchDb) {
      window.benchDb = await new Promise((resolve, reject) => {
        const req = indexedDB.open('bench-save-baseline', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('events');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    const bytes = window.benchPuts[window.benchPuts.length - 1];
    const started = performance.now();
    const tx = window.benchDb.transaction('events', 'readwrite', { durability: 'strict' });
    tx.objectStore('events').put(bytes, key);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    return performance.now() - started;
  }, key);
}

// One note saved as a person would: a character added to the reply, then
// "Save to the case as a note". The store's own record of the write
// (mendStorage.timings: from the write leaving the store's queue, which is
// at once for a lone save, to its transaction's complete) is the Mend side;
// it must be exactly one write of exactly one event.
async function saveNote(page, i) {
  const before = await page.evaluate(() => [window.mendStorage.timings.length, window.benchPuts.length]);
  if (before[0] >= 200) throw new Error('mendStorage.timings keeps the last 200 writes: too many saves per page');
  await click(page, '##reply');
  await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
  await click(page, 'Save to the case as a note');
  await page.waitForFunction((n) => window.mendStorage.timings.length > n, before[0], { polling: 20 });
  await nextFrames(page, 1);
  const after = await page.evaluate(() => ({
    writes: window.mendStorage.timings.length, puts: window.benchPuts.length,
    ms: window.mendStorage.timings[window.mendStorage.timings.length - 1],
    tx: window.benchTx[window.benchTx.length - 1],
    bytes: window.benchPuts[window.benchPuts.length - 1].byteLength,
    unsaved: window.mend.state().unsaved,
  }));
  if (after.writes !== before[0] + 1 || after.puts !== before[1] + 1 || after.unsaved !== 0)
    throw new Error(`a save was not one write of one event: ${JSON.stringify({ before, after })}`);
  return { ms: after.ms, bytes: after.bytes, inTxMs: after.tx.complete - after.tx.began,
           frames: after.tx.frames };
}

// One run: a fresh database with the sample business, signed in as Ana, then
// `saves` notes (plus one not counted, the first write on a cold path for
// each side) across the open cases, each followed by the raw put.
async function run(browser, server, r) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(watchPuts);
  await page.goto(`${server.url}?db=bench-save-${process.pid}-${r}`);
  await waitForFrames(page, 3);
  await waitState(page, (s) => s.screen && !s.opening);
  await click(page, 'Try Mend with a sample business');
  await waitState(page, (s) => s.cases > 0 && s.unsaved === 0);
  await signInIfAsked(page);
  // The sample's open cases lead the queue (three of them: a closed case
  // takes no notes), so each takes an equal share of the saves.
  const refs = (await waitState(page, (s) => s.queue)).queue.shownRows.filter((c) => c.open)
    .map((c) => c.reference);
  const perCase = Math.ceil((saves + 1) / refs.length);
  const mend = [], baseline = [], bytes = [], inTx = [], frames = [];
  let taken = -1;  // the first pair warms up
  for (const ref of refs) {
    if (taken >= saves) break;
    await click(page, ref);
    await waitState(page, (s) => s.screen === 'case');
    await click(page, 'Reply');
    for (let k = 0; k < perCase && taken < saves; ++k, ++taken) {
      const saved = await saveNote(page, taken + 1);
      const raw = await rawPut(page, `raw-${taken + 1}`);
      if (taken < 0) continue;
      mend.push(saved.ms);
      baseline.push(raw);
      bytes.push(saved.bytes);
      inTx.push(saved.inTxMs);
      frames.push(saved.frames);
    }
    await click(page, '< Queue');
  }
  await context.close();
  if (mend.length < saves) throw new Error(`only ${mend.length} saves: the saves were not all counted`);
  return { mend, baseline, bytes, inTx, frames };
}

const server = await startServer(serverArgs);
const browser = await launch();
const started = Date.now();
const perRun = [];
try {
  for (let r = 0; r < runs; ++r) {
    const one = await run(browser, server, r);
    perRun.push(one);
    console.log(`run ${r + 1}: ${one.mend.length} saves; Mend p50 ${percentile(one.mend, 0.5).toFixed(2)} ms, ` +
      `p95 ${percentile(one.mend, 0.95).toFixed(2)} ms; raw put p50 ${percentile(one.baseline, 0.5).toFixed(2)} ms, ` +
      `p95 ${percentile(one.baseline, 0.95).toFixed(2)} ms; Mend inside its transaction p50 ` +
      `${percentile(one.inTx, 0.5).toFixed(2)} ms, p95 ${percentile(one.inTx, 0.95).toFixed(2)} ms; ` +
      `${one.frames.filter((f) => f > 0).length} saves had frames drawn during their transaction`);
  }
} finally {
  await browser.close();
  server.stop();
}
const per = (side, p) => perRun.map((one) => percentile(one[side], p));
const bytes = stats(perRun.flatMap((one) => one.bytes));
const note = (p) => `${p} of ${saves} notes saved per run (one event, ${bytes.min}–${bytes.max} B) to confirmed, ` +
  `against a raw strict put of the same bytes`;
writeFigures('save', [
  figure({ name: 'Save one event, p50', unit: 'ms', mend: per('mend', 0.5), baseline: per('baseline', 0.5),
           goal: 1.5, note: note('p50') }),
  figure({ name: 'Save one event, p95', unit: 'ms', mend: per('mend', 0.95), baseline: per('baseline', 0.95),
           goal: 1.5, note: note('p95') }),
], { savesPerRun: saves, eventBytes: { min: bytes.min, median: bytes.median, max: bytes.max },
     seconds: (Date.now() - started) / 1000, runs: perRun });
