// The queue as a desk uses it, on a generated 150-case sample book (the
// benchmark's seeding, so no file is needed): most urgent first, a header
// click sorts, a search finds a customer by name, reference and their own
// words, the overdue and mine filters, the choices kept across a reload, and
// the layout at 1280, 700 and 400 px wide and on a touch tablet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames, waitForFrames, centre,
} from './browser.mjs';
import { signInIfAsked } from './desk.mjs';

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
const tablet = { viewport: { width: 1024, height: 768 }, hasTouch: true, deviceScaleFactor: 2 };

// The sample's cases run through 2026, the last ones still open: seen from
// late January 2027 some of their clocks are overdue. The time stands still,
// so the idle sign-out never comes.
const later = new Date('2027-01-20T12:00:00Z');

// A fresh database seeded with `cases` sample cases, opened and signed in.
async function seeded(context, page, db, cases = 150) {
  await page.clock.setFixedTime(later);
  await page.goto(`${server.url}?db=${db}`);
  await waitForFrames(page, 3);
  await page.waitForFunction(() => window.mend?.state().opening === false, null, { timeout: 60000 });
  await page.evaluate((n) => window.Module._mend_bench_seed(n, 7, 5000), cases);
  await page.waitForFunction(() => window.Module._mend_bench_seed_pending() === 0, null, { timeout: 60000 });
  await reload(page);
}

async function reload(page) {
  await page.reload();
  await waitForFrames(page, 3);
  await page.waitForFunction(() => window.mend?.state().opening === false, null, { timeout: 60000 });
  await signInIfAsked(page);
  await nextFrames(page);
}

// The urgency order: overdue (longest overdue first), then running clocks by
// deadline, then no clock; within each the most severe, then the newest.
function urgencyKey(r) {
  const group = r.due < 0 ? 2 : r.overdue ? 0 : 1;
  return [group, group === 2 ? 0 : r.due, -r.severity, -r.openedAt];
}
function ordered(rows, key, message) {
  for (let i = 1; i < rows.length; ++i) {
    const a = key(rows[i - 1]), b = key(rows[i]);
    const cmp = Array.isArray(a) ? a.findIndex((x, j) => x !== b[j]) : -1;
    const bad = Array.isArray(a) ? cmp >= 0 && a[cmp] > b[cmp] : a > b;
    assert.ok(!bad, `${message}: row ${i - 1} ${JSON.stringify(rows[i - 1])} before ${JSON.stringify(rows[i])}`);
  }
}

// Clicks a column header as a mouse does: over it first, then the press (a
// header shares the row's hover with the row below it, so ImGui takes a press
// on it only once it was hovered the frame before).
async function clickHeader(page, header) {
  const at = centre(await findWidget(page, header));
  await page.mouse.move(at.x, at.y);
  await nextFrames(page, 2);
  await page.mouse.down();
  await page.mouse.up();
  await nextFrames(page);
}

// Clicks a column header; resolves once the app sorts by it.
async function sortBy(page, header, preference) {
  await clickHeader(page, header);
  await page.waitForFunction((p) => new RegExp(p).test(window.mend?.state().queue.preference),
    preference.source, { polling: 50, timeout: 5000 }).catch(async (e) => {
    await screenshot(page, 'queue-sort-failed');
    throw new Error(`${header}: ${(await state(page)).queue.preference}: ${e.message}`);
  });
  await nextFrames(page);
  return (await state(page)).queue;
}

// Clicks a filter control; resolves once the app's choice changed.
async function filter(page, label) {
  const before = (await state(page)).queue.preference;
  await click(page, label);
  await page.waitForFunction((p) => window.mend && window.mend.state().queue.preference !== p, before,
    { polling: 50, timeout: 5000 });
  await nextFrames(page);
  return (await state(page)).queue;
}

async function search(page, text) {
  await click(page, 'Search##queue');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text, { delay: 10 });
  await page.waitForFunction((t) => window.mend?.state().queue.search === t, text, { polling: 50 });
  await nextFrames(page);
  return (await state(page)).queue;
}

test('the queue: urgent first, sorts by header, searches, filters, keeps the choice after a reload', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await seeded(context, page, 'queue-e2e-desktop');
  let q = (await state(page)).queue;
  assert.equal(q.rows, 150);
  assert.equal(q.shown, 150);
  ordered(q.shownRows, urgencyKey, 'urgency order');
  assert.ok(q.shownRows[0].overdue || q.shownRows[0].due >= 0, 'a running clock leads');
  await screenshot(page, 'queue-1280');
  // The rows drawn are in that order too (widgets top to bottom).
  const drawn = await page.evaluate(() => window.mend.widgets()
    .filter((w) => /^M-[0-9A-Z]{4}$/.test(w.label) && w.visible).sort((a, b) => a.y - b.y).map((w) => w.label));
  assert.ok(drawn.length >= 8, `rows drawn: ${drawn.length}`);
  assert.deepEqual(drawn, q.order.slice(0, drawn.length));

  // Header clicks sort; a second click reverses.
  q = await sortBy(page, 'Customer', /^sort=customer;desc=0/);
  ordered(q.shownRows, (r) => r.customer.toLowerCase(), 'customer A-Z');
  q = await sortBy(page, 'Customer', /^sort=customer;desc=1/);
  ordered(q.shownRows, (r) => [...r.customer.toLowerCase()].map((c) => 0xffff - c.charCodeAt(0)).concat([0xffff]), 'customer Z-A');
  q = await sortBy(page, 'Severity', /^sort=severity/);
  ordered(q.shownRows, (r) => -r.severity, 'most severe first');
  await screenshot(page, 'queue-by-severity');
  q = await sortBy(page, 'Clock', /^sort=clock;desc=0/);
  ordered(q.shownRows, urgencyKey, 'urgency order again');

  // Search: a customer's name, a reference, a word of their own.
  const target = q.shownRows[7];
  q = await search(page, target.customer.split(' ')[0].toUpperCase());
  assert.ok(q.shownRows.some((r) => r.reference === target.reference), 'found by name');
  assert.ok(q.shown < 150);
  q = await search(page, target.reference.toLowerCase());
  assert.deepEqual(q.order, [target.reference]);
  await screenshot(page, 'queue-search-reference');
  await click(page, target.reference);
  const words = (await state(page)).case.words;
  await click(page, '< Queue');
  const word = words.split(/[^A-Za-z]+/).sort((a, b) => b.length - a.length)[0];
  q = await search(page, word);
  assert.ok(q.order.includes(target.reference), `found by "${word}" from "${words}"`);
  q = await search(page, '');
  assert.equal(q.shown, 150);

  // Overdue and mine.
  q = await filter(page, 'Overdue');
  assert.ok(q.shown > 0 && q.shown < 150, `overdue: ${q.shown}`);
  assert.ok(q.shownRows.every((r) => r.overdue));
  await screenshot(page, 'queue-overdue');
  await filter(page, 'Overdue');
  q = await filter(page, 'Mine');
  const me = (await state(page)).staffId;
  assert.ok(q.shownRows.every((r) => r.owner === me), `mine: ${me}`);
  await screenshot(page, 'queue-mine');
  await filter(page, 'Mine');
  // Open cases only, by kind A-Z: kept across a reload, as is "overdue".
  await click(page, 'Status##status');
  await filter(page, 'Open');
  await sortBy(page, 'What went wrong', /^sort=kind/);
  q = await filter(page, 'Overdue');
  assert.ok(q.shownRows.every((r) => r.open && r.overdue));
  const kept = q.preference;
  assert.match(kept, /^sort=kind;desc=0;status=open;kind=;overdue=1;mine=0$/);
  await page.waitForFunction(() => window.mend?.state().unsaved === 0, null, { polling: 50 });
  await reload(page);
  q = (await state(page)).queue;
  assert.equal(q.preference, kept);
  assert.equal(q.shown, q.shownRows.length);
  assert.ok(q.shownRows.every((r) => r.open && r.overdue));
  await screenshot(page, 'queue-after-reload');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the queue at 700 and 400 px keeps the customer and the clock; a tablet gets finger-sized rows', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await seeded(context, page, 'queue-e2e-narrow');
  for (const width of [700, 400]) {
    await page.setViewportSize({ width, height: 800 });
    await nextFrames(page, 6);
    const customer = await findWidget(page, 'Customer');
    const clock = await findWidget(page, 'Clock');
    assert.ok(customer.x + customer.w <= width && clock.x + clock.w <= width, `headers fit at ${width}`);
    assert.ok(customer.w >= 120, `customer column at ${width}: ${customer.w}`);
    const labels = await page.evaluate(() => window.mend.widgets().filter((w) => w.visible).map((w) => w.label));
    if (width === 400) assert.ok(!labels.includes('Taken by') && !labels.includes('Age'), 'less important columns dropped');
    await screenshot(page, `queue-${width}`);
  }
  // A row still opens its case when stacked (the customer's name is the row).
  const first = (await state(page)).queue.shownRows[0];
  await click(page, first.customer);
  assert.equal((await state(page)).case.reference, first.reference);
  assert.deepEqual(problems, []);
  await context.close();

  const t = await openApp(browser, server.url, tablet);
  await seeded(t.context, t.page, 'queue-e2e-tablet');
  const rows = await t.page.evaluate(() => window.mend.widgets()
    .filter((w) => /^M-[0-9A-Z]{4}$/.test(w.label) && w.visible));
  assert.ok(rows.length > 3);
  for (const r of rows.slice(0, -1)) assert.ok(r.h >= 44, `row ${r.label} is ${r.h} px high`);
  for (const label of ['Search##queue', 'Status##status', 'Kind##kind', 'Customer', 'Clock']) assert.ok((await findWidget(t.page, label)).h >= 44, label);
  await screenshot(t.page, 'queue-tablet');
  await tap(t.page, rows[0].label);
  assert.equal((await state(t.page)).screen, 'case');
  assert.deepEqual(t.problems, []);
  await t.context.close();
});
