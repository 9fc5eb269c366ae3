// The book in IndexedDB: saved means saved across reloads, tabs, failing
// writes, a database deleted under the app and a newer version in another
// tab. Each test has its own database (?db=NAME) so none shares state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  startServer, launch, screenshot, click, findWidget, nextFrames, waitForFrames, failPuts,
  watchPage,
} from './browser.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const state = (page) => page.evaluate(() => window.mend.state());
let databases = 0;
const freshDb = () => `mend-test-${process.pid}-${++databases}`;

// A page of the app on database `db` in `context`, collecting problems as
// browser.mjs's openApp does; `init` runs in the page before the app loads.
async function openPage(context, db, { init, problems = [] } = {}) {
  const page = await context.newPage();
  if (init) await page.addInitScript(init.fn, init.arg);
  watchPage(page, problems, server.url);
  await page.goto(`${server.url}?db=${db}`);
  await opened(page);
  return { page, problems };
}

// The app drew frames and read its book.
async function opened(page) {
  await waitForFrames(page, 3);
  await page.waitForFunction(() => !/^Opening the book/.test(window.mend?.state().storage), null, { polling: 50 });
}

async function newContext() {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
}

async function typeInto(page, field, text) {
  await click(page, field);
  await page.keyboard.type(text, { delay: 10 });
  await nextFrames(page);
}

// Opens a case by clicking through the intake; returns its reference.
async function openCase(page, name, words) {
  const s = await state(page);
  if (s.screen !== 'queue') await click(page, '< Queue');
  await click(page, 'New case');
  await typeInto(page, '##name', name);
  await typeInto(page, '##words', words);
  await click(page, 'Open case');
  const after = await state(page);
  assert.equal(after.screen, 'case', after.lastError);
  return after.case.reference;
}

async function allSaved(page, timeout = 10000) {
  await page.waitForFunction(() => window.mend?.state().unsaved === 0, null, { polling: 50, timeout });
}

async function reload(page) {
  await page.reload();
  await opened(page);
}

// After a reload: the case with this reference is in the queue, and opening
// it shows the same words.
async function expectCase(page, reference, words) {
  if ((await state(page)).screen !== 'queue') await click(page, '< Queue');
  await click(page, reference);
  const s = await state(page);
  assert.equal(s.case?.reference, reference);
  assert.equal(s.case?.words, words);
}

// The first `count` readwrite transactions abort at commit time, after every
// request in them succeeded, as a real browser's failed commit does: the
// transaction's error is an AbortError and only `abort` fires. The test sets
// window.__abortCommits to 0 to let writes through again.
const abortCommits = {
  fn: (count) => {
    window.__abortCommits = count;
    window.__abortedCommits = 0;
    const doomed = new WeakMap();  // transaction -> requests still running
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
      const tx = transaction.call(this, stores, mode, ...rest);
      if (mode === 'readwrite' && window.__abortCommits > 0) {
        window.__abortCommits -= 1;
        doomed.set(tx, 0);
      }
      return tx;
    };
    // Puts are the last requests of a write (events: a get, then its put), so
    // when none is left running every request has succeeded.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      const request = put.apply(this, args);
      const tx = this.transaction;
      if (doomed.has(tx)) {
        doomed.set(tx, doomed.get(tx) + 1);
        request.addEventListener('success', () => {
          doomed.set(tx, doomed.get(tx) - 1);
          if (doomed.get(tx) > 0) return;
          doomed.delete(tx);
          window.__abortedCommits += 1;
          const error = new DOMException('Injected: the commit failed', 'AbortError');
          Object.defineProperty(tx, 'error', { get: () => error });
          tx.abort();
        });
      }
      return request;
    };
  },
};

// The browser refuses IndexedDB, as some private modes do: indexedDB.open
// throws ('throw'), or its request fails with an error event ('error').
const refuseIndexedDb = {
  fn: (how) => {
    IDBFactory.prototype.open = function () {
      if (how === 'throw') throw new DOMException('Injected: storage is off in this mode', 'SecurityError');
      const request = { error: new DOMException('Injected: storage is off in this mode', 'UnknownError') };
      setTimeout(() => request.onerror?.({ preventDefault() {}, target: request }), 0);
      return request;
    };
  },
};

// Whether closing or reloading the tab would ask first (beforeunload).
const asksBeforeUnload = (page) => page.evaluate(() => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
});

test('a case opened by clicking is there after a reload, same reference and words', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, freshDb());
  const words = 'The table we booked for eight was given away.';
  const reference = await openCase(page, 'Dana Ilic', words);
  await allSaved(page);
  assert.equal((await state(page)).storage, 'All changes saved');
  await reload(page);
  assert.equal((await state(page)).cases, 1);
  await screenshot(page, 'queue-after-reload');
  await expectCase(page, reference, words);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a case opened in one tab appears in another tab of the same book within a second', async () => {
  const context = await newContext();
  const db = freshDb();
  const problems = [];
  const a = (await openPage(context, db, { problems })).page;
  const b = (await openPage(context, db, { problems })).page;
  await openCase(a, 'Eli Moreau', 'Wrong size delivered twice.');
  await allSaved(a);
  const saved = Date.now();
  await b.waitForFunction(() => window.mend?.state().cases === 1, null, { polling: 25, timeout: 1000 });
  assert.ok(Date.now() - saved <= 1000);
  // And back: B's case reaches A; neither loses one.
  await openCase(b, 'Fay Olsen', 'Kept waiting 40 minutes.');
  await allSaved(b);
  await a.waitForFunction(() => window.mend?.state().cases === 2, null, { polling: 25, timeout: 1000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('writes failing with QuotaExceededError show the banner, stay pending, then are stored', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, freshDb(), { init: { fn: failPuts.fn, arg: 2 } });
  const words = 'The heating was off all night.';
  const reference = await openCase(page, 'Gus Park', words);
  await page.waitForFunction(() => /no room left/.test(window.mend?.state().lastError), null, { polling: 50 });
  const failing = await state(page);
  assert.equal(failing.unsaved, 1, 'the change is kept, pending');
  assert.match(failing.storage, /^Not saved: .*retrying$/);
  await screenshot(page, 'storage-quota-banner');
  // The banner offers a copy in a file: the unsaved case is in it.
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export now')]);
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.cases.length, 1);
  assert.equal(exported.cases[0].events[0].customer_words, words);
  await allSaved(page, 15000);  // retried after 1 s, then 2 s
  assert.equal(await page.evaluate(() => window.__failPuts), 0);
  await reload(page);
  await expectCase(page, reference, words);
  assert.deepEqual(problems, []);
  await context.close();
});

test('commits aborting with AbortError show the banner, stay pending and visible, then are stored', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, freshDb(), { init: { fn: abortCommits.fn, arg: 1e9 } });
  const firstWords = 'Our anniversary cake said the wrong name.';
  const first = await openCase(page, 'Olga Petrova', firstWords);
  await page.waitForFunction(() => /AbortError/.test(window.mend?.state().lastError), null, { polling: 50 });
  let s = await state(page);
  assert.match(s.lastError, /^Not saved: the browser could not store it \(AbortError: Injected: the commit failed\)\. Your changes are kept here/);
  assert.match(s.storage, /^Not saved: .*AbortError.*retrying$/);
  assert.equal(s.unsaved, 1, 'the change is kept, pending');
  await screenshot(page, 'storage-abort-banner');
  // Another change while writes keep failing: in the book, pending, asks before unload.
  const secondWords = 'Room not cleaned on the second day.';
  const second = await openCase(page, 'Pim de Vries', secondWords);
  s = await state(page);
  assert.equal(s.cases, 2);
  assert.equal(s.unsaved, 2);
  assert.equal(await asksBeforeUnload(page), true);
  assert.ok(await page.evaluate(() => window.__abortedCommits) >= 1);
  await page.evaluate(() => { window.__abortCommits = 0; });
  await allSaved(page, 40000);  // the next retry, at most 30 s away
  assert.equal((await state(page)).storage, 'All changes saved');
  assert.equal(await asksBeforeUnload(page), false);
  await reload(page);
  assert.equal((await state(page)).cases, 2);
  await expectCase(page, first, firstWords);
  await expectCase(page, second, secondWords);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const how of ['throw', 'error']) {
  test(`IndexedDB refused (open ${how}s): one banner says what to do; cases still open, pending`, async () => {
    const context = await newContext();
    const { page, problems } = await openPage(context, freshDb(), { init: { fn: refuseIndexedDb.fn, arg: how } });
    await page.waitForFunction(() => /cannot save on this device/.test(window.mend?.state().lastError), null, { polling: 50 });
    await nextFrames(page, 10);  // nothing arriving later replaces it
    let s = await state(page);
    const name = how === 'throw' ? 'SecurityError' : 'UnknownError';
    assert.equal(s.lastError,
      `Mend cannot save on this device: this browser does not let Mend store data (${name}: Injected: ` +
      'storage is off in this mode). You can keep working, but cases stay in this tab only and are lost ' +
      'when it closes \u2014 to keep them, use Export now (or Export book\u2026 in the Data menu).');
    await findWidget(page, 'Export now');  // the banner's button
    assert.equal(s.storage, 'In this tab only \u2014 not saved to the device');
    assert.equal(await asksBeforeUnload(page), false, 'nothing unsaved yet');
    if (how === 'throw') await screenshot(page, 'storage-unavailable-banner');

    const words = 'Booked online; the hotel had no record of it.';
    const reference = await openCase(page, 'Mia Novak', words);
    await page.waitForFunction(() => /^Not saved: .*retrying$/.test(window.mend?.state().storage), null, { polling: 50 });
    s = await state(page);
    assert.equal(s.case.reference, reference);
    assert.equal(s.case.words, words);
    assert.equal(s.unsaved, 1, 'pending, not dropped');
    assert.equal(s.lastError, '', 'no second error banner over the first');
    assert.equal(await asksBeforeUnload(page), true);
    await openCase(page, 'Noor Haddad', 'The minibar was charged twice.');
    await click(page, '< Queue');
    s = await state(page);
    assert.equal(s.cases, 2);
    assert.equal(s.unsaved, 2);
    await findWidget(page, reference);  // both in the queue
    if (how === 'throw') await screenshot(page, 'storage-unavailable-working');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the database deleted under the app: the next save re-creates it with everything shown', async () => {
  const context = await newContext();
  const db = freshDb();
  const { page, problems } = await openPage(context, db);
  const first = await openCase(page, 'Hana Sato', 'Order lost.');
  await allSaved(page);
  const deleted = await page.evaluate((name) => new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve('deleted');
    req.onerror = () => resolve(`error ${req.error}`);
    req.onblocked = () => resolve('blocked');
  }), db);
  assert.equal(deleted, 'deleted', 'the app lets go of the database');
  const second = await openCase(page, 'Ivo Brandt', 'Charged for a cancelled order.');
  await allSaved(page);
  await reload(page);
  assert.equal((await state(page)).cases, 2);
  await expectCase(page, first, 'Order lost.');
  await expectCase(page, second, 'Charged for a cancelled order.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a newer version opened in another tab: this tab asks for a reload and keeps drawing', async () => {
  const context = await newContext();
  const db = freshDb();
  const { page, problems } = await openPage(context, db);
  const upgraded = await page.evaluate(async (name) => {
    const current = (await indexedDB.databases()).find((d) => d.name === name).version;
    return new Promise((resolve) => {
      const req = indexedDB.open(name, current + 1);
      req.onupgradeneeded = () => req.result.createObjectStore('newer');
      req.onsuccess = () => { req.result.close(); resolve('upgraded'); };
      req.onerror = () => resolve(`error ${req.error}`);
      req.onblocked = () => resolve('blocked');
    });
  }, db);
  assert.equal(upgraded, 'upgraded', 'the app closed its connection instead of blocking');
  await page.waitForFunction(() => /updated in another tab/.test(window.mend?.state().lastError), null, { polling: 50 });
  await screenshot(page, 'storage-newer-version');
  const frames = await page.evaluate(() => window.mend.frames());
  await waitForFrames(page, frames + 2);  // not hung
  // A change now stays pending, with the reason.
  await click(page, 'Dismiss');
  await openCase(page, 'Jo Kim', 'Late again.');
  await page.waitForFunction(() => /reload to continue/.test(window.mend?.state().storage), null, { polling: 50 });
  assert.equal((await state(page)).unsaved, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('closing or reloading asks first while a change is unsaved', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, freshDb(), { init: { fn: failPuts.fn, arg: 1e9 } });
  const asks = () => asksBeforeUnload(page);
  assert.equal(await asks(), false, 'nothing unsaved: no question');
  await openCase(page, 'Kai Berg', 'The refund never arrived.');
  assert.equal((await state(page)).unsaved, 1);
  assert.equal(await asks(), true);
  // The browser's own dialog, as a person closing the tab would meet it.
  const dialog = new Promise((resolve) => page.once('dialog', async (d) => {
    resolve(d.type());
    await d.accept();
  }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await dialog, 'beforeunload');
  assert.deepEqual(problems, []);
  await context.close();
});

test('what one save costs, against a raw put of the same bytes in the same page', async (t) => {
  const context = await newContext();
  const { page, problems } = await openPage(context, freshDb());
  await openCase(page, 'Lea Roth', 'Measured.');
  await allSaved(page);
  const figures = await page.evaluate(async (name) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stored = await new Promise((resolve) => {
      const req = db.transaction('events').objectStore('events').getAll();
      req.onsuccess = () => resolve(req.result[0]);
    });
    const key = (i, tag) => `01KZZZZZZZZZZZ${tag}${String(i).padStart(11, '0')}`;
    const app = [];
    const raw = [];
    for (let i = 0; i < 50; ++i) {
      let t0 = performance.now();
      await window.mendStorage.write([{ kind: 1, key: key(i, 'A'), value: stored.slice() }]);
      app.push(performance.now() - t0);
      t0 = performance.now();
      await new Promise((resolve, reject) => {
        const tx = db.transaction('events', 'readwrite', { durability: 'strict' });
        tx.objectStore('events').put(stored.slice(), key(i, 'R'));
        tx.oncomplete = resolve;
        tx.onabort = () => reject(tx.error);
      });
      raw.push(performance.now() - t0);
    }
    db.close();
    const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
    return { bytes: stored.length, app: [pct(app, 0.5), pct(app, 0.95)], raw: [pct(raw, 0.5), pct(raw, 0.95)] };
  }, await page.evaluate(() => window.mendStorage.name));
  const f = (x) => x.toFixed(2);
  t.diagnostic(`one event of ${figures.bytes} bytes: Mend's save p50 ${f(figures.app[0])} ms, p95 ${f(figures.app[1])} ms; ` +
               `raw put p50 ${f(figures.raw[0])} ms, p95 ${f(figures.raw[1])} ms`);
  assert.ok(figures.app[0] < 50, 'a save stays well under a frame budget');
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 12's browser faults beyond the ones above: a put refused with an
// AbortError, a commit refused for want of room (QuotaExceededError), the
// app's connection closed under it, and the tab closed with a write under
// way. Each ends with every confirmed case present once and the app saving.
const failWrites = {
  fn: ({ where, name, count }) => {
    window.__failWrites = count;
    const fail = () => new DOMException(`Injected: ${name} at ${where}`, name);
    if (where === 'put') {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (this.name !== 'meta' && window.__failWrites > 0) {
          window.__failWrites -= 1;
          throw fail();
        }
        return put.apply(this, args);
      };
      return;
    }
    // At commit: the transaction's requests succeed, then it aborts with `name`.
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
      const tx = transaction.call(this, stores, mode, ...rest);
      if (mode === 'readwrite' && window.__failWrites > 0 && [].concat(stores).includes('events')) {
        window.__failWrites -= 1;
        const error = fail();
        Object.defineProperty(tx, 'error', { get: () => error });
        setTimeout(() => { try { tx.abort(); } catch (e) { /* already finished */ } }, 0);
      }
      return tx;
    };
  },
};

for (const [where, name] of [['put', 'AbortError'], ['commit', 'QuotaExceededError']]) {
  test(`${name} at ${where}: the banner says so, the case stays pending, then is stored`, async () => {
    const context = await newContext();
    // Writes fail until the test heals them: a retry that came too soon
    // would take the banner away before a slow machine's test looked.
    const { page, problems } = await openPage(context, freshDb(),
                                              { init: { fn: failWrites.fn, arg: { where, name, count: 1e9 } } });
    const words = `The ${where} failed on purpose.`;
    const reference = await openCase(page, 'Rae Lund', words);
    await page.waitForFunction(() => window.mend && window.mend.state().lastError !== '', null, { polling: 50 });
    const s = await state(page);
    assert.match(s.lastError, new RegExp(`^Not saved: .*${name}: Injected`));
    assert.equal(s.unsaved, 1, 'the case is kept, pending');
    assert.equal(s.screen, 'case');
    assert.ok(await page.evaluate(() => window.__failWrites) < 1e9, 'the fault happened');
    await page.evaluate(() => { window.__failWrites = 0; });
    await allSaved(page, 15000);  // retried after 1 s (or 2, 4… after more failures)
    assert.equal((await state(page)).storage, 'All changes saved');
    await reload(page);
    assert.equal((await state(page)).cases, 1);
    await expectCase(page, reference, words);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// Keeps every connection the page opens, so the test can close them.
const keepConnections = {
  fn: () => {
    window.__connections = [];
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      request.addEventListener('success', () => window.__connections.push(request.result));
      return request;
    };
  },
};

test('the database connection closed under the app: the next save opens it again', async () => {
  const context = await newContext();
  const { page, problems } = await openPage(context, freshDb(), { init: { fn: keepConnections.fn } });
  const first = await openCase(page, 'Tove Lind', 'Closed once.');
  await allSaved(page);
  const closed = await page.evaluate(() => {
    window.__connections.forEach((db) => db.close());
    return window.__connections.length;
  });
  assert.ok(closed >= 1);
  const second = await openCase(page, 'Uma Roy', 'Saved after the close.');
  await allSaved(page);
  assert.equal((await state(page)).lastError, '');
  await reload(page);
  assert.equal((await state(page)).cases, 2);
  await expectCase(page, first, 'Closed once.');
  await expectCase(page, second, 'Saved after the close.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the tab closed with a write under way, then opened again: the saved case is there once', async () => {
  const context = await newContext();
  const db = freshDb();
  const one = await openPage(context, db);
  const first = await openCase(one.page, 'Vera Holt', 'Saved before the close.');
  await allSaved(one.page);
  await openCase(one.page, 'Wim Aalto', 'Written as the tab closed.');
  await one.page.close();  // no beforeunload: the tab simply goes, the write with it or not
  const two = await openPage(context, db);
  let s = await state(two.page);
  assert.ok(s.cases === 1 || s.cases === 2, `${s.cases} cases`);
  await expectCase(two.page, first, 'Saved before the close.');
  const third = await openCase(two.page, 'Xan Moor', 'Saved after the reopening.');
  await allSaved(two.page);
  await reload(two.page);
  s = await state(two.page);
  assert.ok(s.cases === 2 || s.cases === 3, `${s.cases} cases`);
  await expectCase(two.page, third, 'Saved after the reopening.');
  assert.deepEqual([...one.problems, ...two.problems], []);
  await context.close();
});
