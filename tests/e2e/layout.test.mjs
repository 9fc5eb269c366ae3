// How the book is laid out in IndexedDB (database version 2): bulk writes go
// to binary chunks, small saves to the journal, a long journal is folded into
// chunks, and a version-1 database (one record per event) walks up to it with
// nothing lost. Each test has its own database.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launch, click, waitForFrames, root, watchPage } from './browser.mjs';
import { signInIfAsked } from './desk.mjs';

const mend = path.join(root, 'build', 'native', 'mend');
const work = path.join(root, 'build', 'e2e-layout');
let server, browser, sample;

before(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  // 250 cases: about 2,500 events, past the 2,000 that make a load compact.
  execFileSync(mend, ['sample', '--cases', '250', '--seed', '3', '-o', path.join(work, 'sample.json')]);
  sample = JSON.parse(fs.readFileSync(path.join(work, 'sample.json'), 'utf8'));
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const state = (page) => page.evaluate(() => window.mend.state());
const dbName = (what) => `mend-layout-${process.pid}-${what}`;

async function openPage(context, db, problems) {
  const page = await context.newPage();
  watchPage(page, problems, server.url);
  await page.goto(`${server.url}?db=${db}`);
  await opened(page);
  return page;
}
async function opened(page) {
  await waitForFrames(page, 3);
  await page.waitForFunction(() => window.mend?.state().opening === false, null, { polling: 50 });
}

// How many values each object store of `db` holds, read in the page.
function countStores(page, db) {
  return page.evaluate((name) => new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      const conn = req.result;
      const names = [...conn.objectStoreNames];
      const tx = conn.transaction(names);
      const counts = { version: conn.version };
      for (const n of names) {
        const c = tx.objectStore(n).count();
        c.onsuccess = () => { counts[n] = c.result; };
      }
      tx.oncomplete = () => { conn.close(); resolve(counts); };
    };
    req.onerror = () => reject(req.error);
  }), db);
}

// The book's cases as the browser exports them.
async function exportedCases(page, name) {
  await click(page, 'Data');
  await click(page, 'Export book…', { window: '##Menu' });
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, 'Export')]);
  const to = path.join(work, name);
  await file.saveAs(to);
  return JSON.parse(fs.readFileSync(to, 'utf8')).cases;
}

const eventCount = (cases) => cases.reduce((n, c) => n + c.events.length, 0);

test('a version-1 database opens: its events are folded into chunks and none is lost', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const db = dbName('v1');
  // Version 1's layout, written as Mend 0.x wrote it: one record per event,
  // its value the format byte 1 and the event's JSON.
  const events = sample.cases.flatMap((c) => c.events.map((e) => [e.id, JSON.stringify(e)]));
  const setup = await context.newPage();
  await setup.goto(`${server.url}licenses/`).catch(() => {});
  await setup.evaluate(([name, events]) => new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('events');
      req.result.createObjectStore('records');
      req.result.createObjectStore('meta').put(1, 'format');
    };
    req.onsuccess = () => {
      const tx = req.result.transaction('events', 'readwrite');
      const encoder = new TextEncoder();
      for (const [id, json] of events) {
        const body = encoder.encode(json);
        const value = new Uint8Array(body.length + 1);
        value[0] = 1;
        value.set(body, 1);
        tx.objectStore('events').put(value, id);
      }
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  }), [db, events]);
  await setup.close();

  const problems = [];
  const page = await openPage(context, db, problems);
  assert.equal((await state(page)).cases, sample.cases.length);
  // The load found a journal of ~2,500 events and folded it into chunks of
  // up to 100 cases.
  await page.waitForFunction(async (name) => new Promise((resolve) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      const c = req.result.transaction('events').objectStore('events').count();
      c.onsuccess = () => { req.result.close(); resolve(c.result === 0); };
    };
  }), db, { polling: 100, timeout: 10000 });
  const counts = await countStores(page, db);
  assert.equal(counts.version, 2);
  assert.equal(counts.events, 0);
  assert.equal(counts.chunks, Math.ceil(sample.cases.length / 100));

  await page.reload();
  await opened(page);
  assert.equal((await state(page)).cases, sample.cases.length);
  const cases = await exportedCases(page, 'after-upgrade.json');
  assert.equal(eventCount(cases), eventCount(sample.cases));
  assert.deepEqual(cases, sample.cases, 'every event exactly as it was written');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an import is written as chunks; a save after it goes to the journal; another tab sees both', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const db = dbName('import');
  const problems = [];
  const a = await openPage(context, db, problems);
  const b = await openPage(context, db, problems);
  const [chooser] = await Promise.all([
    a.waitForEvent('filechooser'),
    (async () => { await click(a, 'Data'); await click(a, 'Import book…', { window: '##Menu' }); })(),
  ]);
  await chooser.setFiles(path.join(work, 'sample.json'));
  await a.waitForFunction(() => { const s = window.mend?.state(); return s.import && !s.import.reading; },
    null, { polling: 50 });
  await click(a, 'Import');
  await a.waitForFunction((n) => window.mend?.state().cases === n && window.mend?.state().unsaved === 0,
    sample.cases.length, { polling: 50, timeout: 20000 });
  let counts = await countStores(a, db);
  assert.equal(counts.events, 0, 'nothing in the journal: the import went to chunks');
  assert.equal(counts.chunks, Math.ceil(sample.cases.length / 100));
  // The other tab hears of the chunks and shows the cases.
  await b.waitForFunction((n) => window.mend?.state().cases === n, sample.cases.length,
    { polling: 50, timeout: 5000 });
  // A person's save: one record in the journal (the sample has staff: sign in first).
  await signInIfAsked(b);
  await click(b, 'New case');
  await click(b, '##name');
  await b.keyboard.type('Lena Fox', { delay: 10 });
  await click(b, 'Open case');
  await b.waitForFunction(() => window.mend?.state().unsaved === 0, null, { polling: 50 });
  counts = await countStores(b, db);
  assert.equal(counts.events, 1);
  await a.waitForFunction((n) => window.mend?.state().cases === n, sample.cases.length + 1,
    { polling: 50, timeout: 5000 });
  await a.reload();
  await opened(a);
  assert.equal((await state(a)).cases, sample.cases.length + 1);
  assert.deepEqual(problems, []);
  await context.close();
});
