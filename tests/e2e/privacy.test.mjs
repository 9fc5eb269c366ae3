// Customers' personal data (issue 9 part 4), as the owner of the sample
// business handles it: the book exported once, then the retention rule set to
// six months in Business > Settings; the app anonymises every case closed
// before then by itself. The next export holds no name, contact or words of
// those customers anywhere, every such case carries an `anonymised` event and
// nothing else was lost (the case count, the settings, the schema, `mend
// validate`); after a reload the stored book itself (every IndexedDB store)
// holds none of them, the queue's search no longer finds them, and the
// dashboard reads exactly as before. Then one recent customer is forgotten at
// their request from the case screen: none of their cases, old or new, holds
// or links to their name or contact any more, in the export or the store.
// A member of staff who does not manage is not offered that. Desktop with
// the mouse, then the main flow on a touch tablet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames, waitState, appState,
  revealInPart, root,
} from './browser.mjs';

const work = path.join(root, 'build', 'e2e-privacy');
const mend = path.join(root, 'build', 'native', 'mend');
const tablet = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const MONTHS = 6;
let server, browser, validateBook;

before(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  validateBook = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'web', 'mend-book.schema.json'), 'utf8')));
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const widgets = (page) => page.evaluate(() => window.mend.widgets().filter((w) => w.visible));

async function signIn(page, name, pin, press) {
  await waitState(page, (st) => st.signInNeeded);
  await press(page, name);
  for (const digit of pin) await press(page, digit);
  await press(page, 'Sign in');
  await waitState(page, (st) => st.signedIn);
}

async function typeInto(page, field, text, press) {
  await press(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 10 });
  await page.keyboard.press('Tab');
  await nextFrames(page);
}

async function openBusiness(page, tab, press) {
  await press(page, 'Business');
  await press(page, tab, { window: '##Menu' });
  await waitState(page, (st) => st.screen === 'business');
  await nextFrames(page);
}

// Scrolls the screen under the pointer at `at` until the widget is wholly in
// view (a long form, a tablet's shorter window); items far out of view are
// not listed, so it sweeps down, then (once the screen stops moving) up.
async function reveal(page, label, at) {
  for (const sweep of [200, -200]) {
    let before = null;
    for (let i = 0; i < 25; i++) {
      const [w, h, layout] = await page.evaluate((l) => [
        window.mend.widgets().find((x) => (x.label === l || x.name === l) && x.visible) || null,
        window.innerHeight, JSON.stringify(window.mend.widgets().map((x) => Math.round(x.y)))], label);
      if (w && w.vh >= w.h - 1 && w.y >= 60 && w.y + w.h <= h - 4) return;
      if (!w && layout === before) break;  // this end reached
      before = layout;
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, w ? (w.y < 60 ? -150 : 150) : sweep);
      await nextFrames(page);
    }
  }
}

// The whole book downloaded through the menu: its text and its parsed form.
async function exportBook(page, press, name) {
  await press(page, 'Data');
  await press(page, 'Export book…', { window: '##Menu' });
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, 'Export')]);
  const to = path.join(work, name);
  await file.saveAs(to);
  const text = fs.readFileSync(to, 'utf8');
  return { text, book: JSON.parse(text), file: to };
}

// Everything this origin keeps on the device: every value of every
// IndexedDB store of the book (binary packs hold strings as raw UTF-8, so the
// decoded bytes can be searched for text), and web storage.
async function storedText(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open(window.mendStorage.name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const decoder = new TextDecoder('utf-8');
    const parts = [];
    const stores = [...db.objectStoreNames];
    for (const name of stores) {
      const values = await new Promise((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const v of values) {
        if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) parts.push(decoder.decode(v));
        else parts.push(typeof v === 'string' ? v : JSON.stringify(v));
      }
    }
    db.close();
    parts.push(JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }));
    return { stores, text: parts.join('\n') };
  });
}

// How a contact is matched when searching text: as the app normalises it
// (case and spaces do not make another customer), so every way it was typed
// is found.
const squeeze = (s) => s.toLowerCase().replace(/\s+/g, '');

// Settings::anonymise_after_months before `now`, as core/privacy computes
// it: calendar months in UTC, the day clamped to the month's length.
function monthsBefore(now, months) {
  const d = new Date(now);
  const y = d.getUTCFullYear(), m = d.getUTCMonth() - months;
  const length = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const inDay = now - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Date.UTC(y, m, Math.min(d.getUTCDate(), length)) + inDay;
}

// A case's state from its exported events: open or not, when it last
// closed, its intake, and its anonymised events.
function fold(c) {
  let open = false, closedAt = 0;
  for (const e of c.events) {
    if (e.type === 'opened' || e.type === 'reopened') open = true;
    if (e.type === 'closed') { open = false; closedAt = Date.parse(e.at); }
  }
  const opened = c.events.find((e) => e.type === 'opened');
  return {
    id: c.id, events: c.events, open, closedAt, opened, openedAt: Date.parse(opened.at), reference: opened.reference,
    anonymised: c.events.filter((e) => e.type === 'anonymised'),
  };
}

// What the first export says the retention rule will take: the cases closed
// before the cut-off (those within an hour of it are left out either way),
// and the customers' names, contacts and words they hold that appear nowhere
// else in the book (a live case of the same or a same-named customer, a
// member of staff, the sample's few stories).
function plan(book, cutoff) {
  const folded = book.cases.map(fold);
  const near = (f) => !f.open && Math.abs(f.closedAt - cutoff) < 3600e3;
  const old = folded.filter((f) => !f.open && f.closedAt > 0 && f.closedAt < cutoff && !near(f));
  const oldIds = new Set(old.map((f) => f.id));
  const nearIds = new Set(folded.filter(near).map((f) => f.id));
  const rest = JSON.stringify({ ...book, cases: book.cases.filter((c) => !oldIds.has(c.id) && !nearIds.has(c.id)) });
  const restLower = rest.toLowerCase(), restSqueezed = squeeze(rest);
  const names = new Set(), contacts = new Set(), words = new Set();
  const shared = { names: new Set(), contacts: new Set(), words: new Set() };
  for (const f of old) {
    const { name, contact } = f.opened.customer;
    if (name && name.length >= 3) (restLower.includes(name.toLowerCase()) ? shared.names : names).add(name);
    if (contact) (restSqueezed.includes(squeeze(contact)) ? shared.contacts : contacts).add(contact);
    for (const said of [f.opened.customer_words, f.opened.customer_wants])
      if (said) (restLower.includes(said.toLowerCase()) ? shared.words : words).add(said);
  }
  return { folded, old, oldIds, nearIds, names, contacts, words, shared };
}

// Which of `names`, `contacts` and `words` occur in `text`.
function found(text, { names = [], contacts = [], words = [] }) {
  const lower = text.toLowerCase(), squeezed = squeeze(text);
  return [
    ...[...names].filter((n) => lower.includes(n.toLowerCase())),
    ...[...contacts].filter((c) => squeezed.includes(squeeze(c))),
    ...[...words].filter((w) => lower.includes(w.toLowerCase())),
  ];
}

// An exported case's free text, each of which anonymising empties.
function freeText(c) {
  const out = [];
  for (const e of c.events) {
    if (e.type === 'opened') out.push(e.customer.name, e.customer_words ?? '', e.customer_wants ?? '');
    for (const k of ['note', 'text', 'reason'])
      if (e.type !== 'anonymised' && typeof e[k] === 'string') out.push(e[k]);
  }
  return out.filter((s) => s !== '');
}

// The dashboard over every case (from 2000 on), as its charts count them
// (read at the desk, with the mouse).
async function dashboardFigures(page) {
  await click(page, 'Dashboard');
  await waitState(page, (st) => st.screen === 'dashboard' && st.dashboard);
  const field = await findWidget(page, '##dashboard-from');
  await page.mouse.click(field.x + 10, field.y + field.h / 2);
  await nextFrames(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2000-01-01');
  await nextFrames(page);
  await click(page, 'Show these dates');
  const s = await waitState(page, (st) => st.dashboard && st.dashboard.range === 3).catch(async (e) => {
    await screenshot(page, 'privacy-dashboard-failed');
    const st = await appState(page);
    throw new Error(`dashboard: ${JSON.stringify(st.dashboard)}, textInput ${st.textInput}: ${e.message.slice(0, 200)}`);
  });
  await nextFrames(page);
  const { dashboard: d } = await appState(page);
  assert.equal(d.cases, s.cases, 'every case of the book');
  return {
    cases: d.cases, kinds: d.kinds, causes: d.causes, recoveredShare: d.recoveredShare,
    totalCost: d.totalCost, totalValue: d.totalValue, repeatCustomers: d.repeatCustomers,
  };
}

// Types `text` into the queue's search; resolves to the queue's state.
async function searchQueue(page, text, press) {
  await press(page, 'Cases');
  await press(page, 'Case queue', { window: '##Menu' });
  await press(page, 'Search##queue');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 10 });
  await page.waitForFunction((t) => window.mend?.state().queue.search === t, text, { polling: 50 });
  await nextFrames(page);
  return (await appState(page)).queue;
}

// Opens a case from the queue by searching for its reference.
async function openByReference(page, reference, press, shot) {
  const q = await searchQueue(page, reference, press);
  assert.deepEqual(q.shownRows.map((r) => r.reference), [reference]);
  if (shot) await screenshot(page, shot);
  await press(page, reference);
  return waitState(page, (st) => st.screen === 'case' && st.case.reference === reference);
}

// The retention rule set in Business > Settings and left to run: resolves
// to the app's state once the count it reports stopped growing and all of it
// is saved.
async function setRetention(page, press, shots) {
  await openBusiness(page, 'Settings', press);
  const at = { x: page.viewportSize().width / 2, y: page.viewportSize().height * 0.6 };
  await reveal(page, '##anonymise-after', at);
  await typeInto(page, '##anonymise-after', String(MONTHS), press);
  await press(page, 'Save##settings');
  let s = await waitState(page, (st) => st.anonymiseAfterMonths === MONTHS && st.retentionAnonymised > 0, 20000);
  // Steps of 200 cases a frame: stable over a few polls, and saved.
  let last = -1, same = 0;
  while (same < 5) {
    await nextFrames(page, 4);
    s = await appState(page);
    same = s.retentionAnonymised === last && s.unsaved === 0 ? same + 1 : 0;
    last = s.retentionAnonymised;
  }
  await reveal(page, '##anonymise-after', at);
  await nextFrames(page);
  if (shots) await screenshot(page, `${shots}-settings`);
  return s;
}

// The export after the retention rule ran, against what the first export
// said it would take.
function checkRetentionExport(before, after, expected, cutoff) {
  const { book, text } = after;
  assert.equal(book.cases.length, before.book.cases.length, 'no case is removed');
  assert.equal(book.settings.anonymise_after_months, MONTHS);
  assert.ok(validateBook(book), JSON.stringify(validateBook.errors?.slice(0, 3)));
  const leaked = found(text, expected);
  assert.deepEqual(leaked, [], 'an old case\'s customer is still in the export');
  const byId = new Map(book.cases.map((c) => [c.id, c]));
  for (const f of expected.old) {
    const c = byId.get(f.id);
    const marks = c.events.filter((e) => e.type === 'anonymised');
    assert.equal(marks.length, 1, `${f.reference} has one anonymised event`);
    assert.equal(marks[0].reason, 'retention');
    const opened = c.events.find((e) => e.type === 'opened');
    assert.equal(opened.customer.name, '', `${f.reference}'s name`);
    if (f.opened.customer.contact) assert.match(opened.customer.contact, /^anon:[0-9a-f]{24}$/);
    assert.equal(marks[0].contact, opened.customer.contact, 'the event keeps the pseudonym');
    assert.deepEqual(freeText(c), [], `${f.reference} keeps no free text`);
    // The counts stay: every event is still there, the same type at the same time.
    const was = before.book.cases.find((x) => x.id === f.id);
    assert.deepEqual(c.events.filter((e) => e.type !== 'anonymised').map((e) => [e.id, e.type, e.at, e.actor]),
                     was.events.map((e) => [e.id, e.type, e.at, e.actor]));
  }
  // Only those: every case closed after the cut-off, or still open, is as it was.
  for (const c of book.cases) {
    if (expected.oldIds.has(c.id) || expected.nearIds.has(c.id)) continue;
    const was = before.book.cases.find((x) => x.id === c.id);
    assert.deepEqual(c, was, `${fold(c).reference} (closed ${new Date(fold(c).closedAt).toISOString()}, cut-off ${new Date(cutoff).toISOString()}) is untouched`);
  }
}

// The customer to forget, from the export made before anonymising (where
// every case still has its contact): one with a recent case (opened within
// the last five months, so the rule left it alone), ideally with more cases,
// one of them anonymised by the rule since, and with a name no other
// customer has.
function pickCustomer(book, anonymisedIds) {
  const now = Date.now();
  const folded = book.cases.map(fold);
  const byContact = new Map();
  for (const f of folded) {
    const key = squeeze(f.opened.customer.contact || '');
    if (!key) continue;
    if (!byContact.has(key)) byContact.set(key, []);
    byContact.get(key).push(f);
  }
  const nameOwners = new Map();
  for (const [key, cases] of byContact)
    for (const f of cases) {
      const n = f.opened.customer.name.toLowerCase();
      if (!nameOwners.has(n)) nameOwners.set(n, new Set());
      nameOwners.get(n).add(key);
    }
  const candidates = [];
  for (const [key, cases] of byContact) {
    const recent = cases.filter((f) => !anonymisedIds.has(f.id) && now - f.openedAt < 150 * 86400e3 &&
                                       f.opened.customer.name);
    if (recent.length === 0) continue;
    const name = recent[0].opened.customer.name;
    if (nameOwners.get(name.toLowerCase()).size > 1) continue;
    const score = (cases.some((f) => anonymisedIds.has(f.id)) ? 10 : 0) + cases.length;
    candidates.push({ key, cases, open: recent.at(-1), name, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates[0];
}

// Forgets the open case's customer from the case screen's customer history.
async function forget(page, press, shots) {
  await press(page, 'Customer history');
  await revealInPart(page, 'Forget this customer\u2026', 'Customer history');
  if (shots) await screenshot(page, `${shots}-customer-history`);
  await press(page, 'Forget this customer\u2026');
  await revealInPart(page, 'Forget them', 'Customer history');
  await findWidget(page, 'Keep');
  if (shots) await screenshot(page, `${shots}-forget-confirm`);
  await press(page, 'Forget them');
  return waitState(page, (st) => st.case.anonymised === 'request' && st.unsaved === 0 &&
                                  /^Customer forgotten in \d+ cases/.test(st.notice));
}

// After forgetting `who`: the export holds nothing of them, and every case of
// theirs is anonymised on request with one token, linked to nothing. What
// still links a case to them is returned (checked at the end of the run, so
// the rest of it runs too).
function checkForgotten(exported, who, before) {
  const { book, text } = exported;
  assert.equal(book.cases.length, before.book.cases.length);
  assert.ok(validateBook(book), JSON.stringify(validateBook.errors?.slice(0, 3)));
  const leaked = found(text, { names: [who.name], contacts: who.cases.map((f) => f.opened.customer.contact) });
  assert.deepEqual(leaked, [], 'the forgotten customer is still in the export');
  const tokens = new Set();
  for (const f of who.cases) {
    const c = book.cases.find((x) => x.id === f.id);
    const st = fold(c);
    assert.ok(st.anonymised.some((e) => e.reason === 'request'), `${f.reference} is anonymised on request`);
    assert.equal(st.opened.customer.name, '');
    assert.deepEqual(freeText(c), [], `${f.reference} keeps no free text`);
    tokens.add(st.opened.customer.contact);
  }
  assert.equal(tokens.size, 1, 'one token for all of the customer\'s cases');
  const [token] = tokens;
  assert.match(token, /^anon:[0-9a-f]{24}$/);
  // A retention pseudonym of theirs is keyed to the contact by the book's key
  // (which the export holds too): a request replaces it everywhere, the
  // anonymised events included (core/privacy/anonymise.hpp).
  const links = [];
  for (const f of who.cases) {
    const was = before.book.cases.find((x) => x.id === f.id);
    for (const e of was.events.filter((x) => x.type === 'anonymised' && x.contact && x.contact !== token))
      if (text.includes(e.contact))
        links.push(`${f.reference}: the retention pseudonym ${e.contact} of the forgotten customer is still in the export`);
  }
  return links;
}

async function runPrivacy(t, { options, press, shots, full }) {
  const { context, page, problems } = await openApp(browser, server.url, { acceptDownloads: true, ...options });
  await waitState(page, (st) => st.screen && !st.opening && st.firstRun);
  await press(page, 'Try Mend with a sample business');
  await waitState(page, (st) => st.signInNeeded && st.unsaved === 0);
  await signIn(page, 'Maya Harbour', '1234', press);
  let s = await appState(page);
  assert.equal(s.anonymiseAfterMonths, 0, 'off by default');
  assert.equal(s.retentionAnonymised, 0);

  // Before: what the book holds, what the device stores, what the dashboard says.
  const first = await exportBook(page, press, `${shots}-before.json`);
  assert.equal(first.book.settings.anonymise_after_months ?? 0, 0);
  const cutoff = monthsBefore(Date.now(), MONTHS);
  const expected = plan(first.book, cutoff);
  assert.ok(expected.old.length >= 10, `the sample has cases closed over ${MONTHS} months ago (${expected.old.length})`);
  assert.ok(expected.names.size >= 5 && expected.contacts.size >= 5,
            `names and contacts to look for: ${expected.names.size}, ${expected.contacts.size}`);
  t.diagnostic(`${expected.old.length} of ${first.book.cases.length} cases closed before the cut-off; looking for ` +
               `${expected.names.size} names, ${expected.contacts.size} contacts, ${expected.words.size} words ` +
               `(left out, found elsewhere in the book: ${expected.shared.names.size} names, ` +
               `${expected.shared.contacts.size} contacts, ${expected.shared.words.size} words)`);
  let dashboard;
  if (full) {
    const stored = await storedText(page);
    assert.deepEqual(found(stored.text, expected), [...expected.names, ...expected.contacts, ...expected.words],
                     'the stored book holds them before: the search can see them');
    dashboard = await dashboardFigures(page);
    const name = [...expected.names][0];
    assert.ok((await searchQueue(page, name, press)).shown >= 1, `the queue finds "${name}" before`);
  }

  // The rule: six months, saved; the app anonymises the old cases by itself.
  s = await setRetention(page, press, shots);
  assert.equal(s.cases, first.book.cases.length);
  const after = await exportBook(page, press, `${shots}-after.json`);
  checkRetentionExport(first, after, expected, cutoff);
  const marked = after.book.cases.filter((c) => c.events.some((e) => e.type === 'anonymised'));
  assert.equal(s.retentionAnonymised, marked.length, 'the count the settings report');
  assert.match(execFileSync(mend, ['validate', after.file]).toString(), /: ok$/m);

  // The queue's search no longer finds an old case by its customer's name.
  if (full) {
    const name = [...expected.names][0];
    const q = await searchQueue(page, name, press);
    assert.equal(q.shown, 0, `the queue still finds "${name}"`);
  }

  // An anonymised case, on screen.
  const shown = expected.old.find((f) => f.opened.customer.contact && !f.events.some((e) => e.type === 'reopened')) ||
                expected.old[0];
  s = await openByReference(page, shown.reference, press, shots && `${shots}-queue-row`);
  assert.equal(s.case.anonymised, 'retention');
  assert.equal(s.case.customer, '');
  assert.equal(s.case.words, '');
  assert.match(s.case.contact, /^anon:[0-9a-f]{24}$/);
  await nextFrames(page);
  if (shots) await screenshot(page, `${shots}-anonymised-case`);
  await press(page, 'Timeline');
  await nextFrames(page);
  if (shots && full) await screenshot(page, `${shots}-anonymised-timeline`);

  if (full) {
    // The stored book, read back after a reload: none of it there either,
    // and the dashboard the same.
    await page.reload();
    await waitState(page, (st) => st.screen && !st.opening);
    await signIn(page, 'Maya Harbour', '1234', press);
    s = await appState(page);
    assert.equal(s.cases, first.book.cases.length);
    const stored = await storedText(page);
    assert.ok(['chunks', 'events', 'records'].every((n) => stored.stores.includes(n)), stored.stores.join());
    assert.deepEqual(found(stored.text, expected), [], 'the stored book still holds an old case\'s customer');
    assert.deepEqual(await dashboardFigures(page), dashboard, 'the dashboard is unchanged by anonymising');
  }

  // One customer forgotten at their request, from a recent case of theirs.
  const anonymisedIds = new Set(marked.map((c) => c.id));
  const who = pickCustomer(first.book, anonymisedIds);
  assert.ok(who, 'a recent customer to forget');
  t.diagnostic(`forgetting ${who.cases.length} case(s) of one customer, ${who.cases.filter((f) => anonymisedIds.has(f.id)).length} anonymised by the rule already`);
  s = await openByReference(page, who.open.reference, press);
  assert.equal(s.case.customer, who.name);
  s = await forget(page, press, shots);
  assert.equal(s.case.customer, '');
  assert.match(s.case.contact, /^anon:[0-9a-f]{24}$/);
  assert.equal(s.notice, `Customer forgotten in ${who.cases.length} cases.`);
  await nextFrames(page);
  if (shots) await screenshot(page, `${shots}-forgotten`);
  // Asked for once: no second offer on a case already forgotten.
  assert.ok(!(await widgets(page)).some((w) => w.label === 'Forget this customer\u2026'));
  const third = await exportBook(page, press, `${shots}-forgotten.json`);
  const links = checkForgotten(third, who, after);
  if (full) {
    const stored = await storedText(page);
    assert.deepEqual(found(stored.text, { names: [who.name], contacts: who.cases.map((f) => f.opened.customer.contact) }),
                     [], 'the stored book still holds the forgotten customer');
    for (const e of after.book.cases.filter((c) => who.cases.some((f) => f.id === c.id))
      .flatMap((c) => c.events.filter((x) => x.type === 'anonymised' && x.contact)))
      if (stored.text.includes(e.contact))
        links.push(`the stored book still holds the retention pseudonym ${e.contact} of the forgotten customer`);
    assert.deepEqual(await dashboardFigures(page), dashboard, 'the dashboard is unchanged by forgetting');

    // A member of staff who does not manage may read the customer history
    // but is not offered to forget anyone.
    await press(page, 'Switch user');
    await signIn(page, 'Ana Ruiz', '1111', press);
    // A repeat customer's live case: the history lists their other cases.
    const groups = new Map();
    for (const f of expected.folded) {
      const key = squeeze(f.opened.customer.contact || '');
      groups.set(key, [...(groups.get(key) || []), f]);
    }
    const repeat = [...groups.entries()].find(([key, cases]) =>
      key && key !== who.key && cases.length > 1 && cases.some((f) => !anonymisedIds.has(f.id)));
    const other = repeat ? repeat[1].find((f) => !anonymisedIds.has(f.id)) : expected.folded.find((f) => f.open);
    await openByReference(page, other.reference, press);
    await press(page, 'Customer history');
    await nextFrames(page);
    const labels = (await widgets(page)).map((w) => w.label);
    if (repeat) assert.ok(labels.some((l) => /^Open M-/.test(l)), 'the customer history is shown');
    assert.ok(!labels.includes('Forget this customer\u2026'), 'staff are offered to forget a customer');
    if (shots) await screenshot(page, `${shots}-staff-history`);
  }
  assert.deepEqual(problems, []);
  await context.close();
  assert.deepEqual([...new Set(links)], [], 'a forgotten customer is still linked to their contact');
}

test('retention and forgetting a customer at a desk, with the mouse', async (t) => {
  await runPrivacy(t, { options: { viewport: { width: 1280, height: 800 } }, press: click, shots: 'privacy-desktop', full: true });
});

test('retention and forgetting a customer on a touch tablet', async (t) => {
  await runPrivacy(t, { options: tablet, press: tap, shots: 'privacy-tablet', full: false });
});
