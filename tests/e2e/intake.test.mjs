// Opening a case from the intake form with real typing and clicks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames } from './browser.mjs';

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

async function typeInto(page, field, text) {
  await click(page, field);
  await page.keyboard.type(text, { delay: 20 });
  await nextFrames(page);
}

test('a typed intake opens a case with a reference and its playbook', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await click(page, 'New case');
  await typeInto(page, '##name', 'Ana Silva');
  await typeInto(page, '##contact', 'ana@example.com');
  await typeInto(page, '##words', 'The cake for my daughter\'s party was not ready at 3pm as promised.');
  await screenshot(page, 'intake-filled');
  await click(page, 'Open case');
  const s = await state(page);
  assert.equal(s.lastError, '');
  assert.equal(s.screen, 'case');
  assert.equal(s.cases, 1);
  assert.match(s.notice, /^Case M-[0-9A-Z]{4} opened\.$/);
  assert.equal(s.case.customer, 'Ana Silva');
  assert.equal(s.case.contact, 'ana@example.com');
  assert.equal(s.notice, `Case ${s.case.reference} opened.`);
  await findWidget(page, '< Queue');
  await screenshot(page, 'case-opened');
  await click(page, '< Queue');
  assert.equal((await state(page)).screen, 'queue');
  await screenshot(page, 'queue-one-case');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an intake with neither name nor contact is refused with a clear message', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await click(page, 'New case');
  await click(page, 'Open case');
  const s = await state(page);
  assert.equal(s.screen, 'new-case', 'stays on the form, nothing lost');
  assert.equal(s.cases, 0);
  assert.match(s.lastError, /name or a contact/);
  await screenshot(page, 'intake-refused');
  await click(page, 'Dismiss');
  assert.equal((await state(page)).lastError, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Backspace edits text typed on a tablet', async () => {
  const { context, page, problems } = await openApp(browser, server.url, {
    viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, hasTouch: true,
  });
  await tap(page, 'New case');
  await tap(page, '##name');
  // The tap on a text field focused the hidden input that raises the
  // tablet's on-screen keyboard; typing goes through it.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'mend-keyboard');
  await page.keyboard.type('Bobx', { delay: 20 });
  await page.keyboard.press('Backspace');
  await nextFrames(page);
  await tap(page, 'Open case');
  const s = await state(page);
  assert.equal(s.screen, 'case');
  assert.equal(s.case.customer, 'Bob', 'Backspace removed the x');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'mend-keyboard',
                  'the keyboard closes when no field takes text');
  await screenshot(page, 'case-opened-tablet');
  assert.deepEqual(problems, []);
  await context.close();
});

test('paste from and copy to the system clipboard', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('Order #4411 arrived cold'));
  await click(page, 'New case');
  await typeInto(page, '##name', 'Dee');
  await click(page, '##words');
  await page.keyboard.press('Control+V');
  await nextFrames(page);
  // And the other way: Ctrl+A, Ctrl+C in a field puts its text on the clipboard.
  await click(page, '##name');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await nextFrames(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Dee');
  await screenshot(page, 'clipboard');
  await click(page, 'Open case');
  const s = await state(page);
  assert.equal(s.screen, 'case');
  assert.equal(s.case.words, 'Order #4411 arrived cold');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the queue lists every case most urgent first and opens one; the menu bar says where cases are kept', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  const customers = [
    ['Ana Silva', 'ana@example.com', 'The cake was not ready at 3pm as promised.'],
    ['Bo Chen', '+44 20 7946 0018', 'Charged twice for one night.'],
    ['Ana Silva', 'ANA@example.com ', 'The replacement cake was the wrong flavour.'],
  ];
  const references = [];
  for (const [name, contact, words] of customers) {
    if (references.length > 0) await click(page, '< Queue');
    await click(page, 'New case');
    await typeInto(page, '##name', name);
    await typeInto(page, '##contact', contact);
    await typeInto(page, '##words', words);
    await click(page, 'Open case');
    const s = await state(page);
    assert.equal(s.screen, 'case');
    references.push(s.case.reference);
  }
  // The third case is Ana's second: the case screen warns (double deviation).
  await screenshot(page, 'case-repeat-customer');
  // IndexedDB confirms each change once its transaction completes.
  await page.waitForFunction(() => window.mend?.state().unsaved === 0, null, { polling: 50 });
  const saved = await state(page);
  assert.equal(saved.unsaved, 0, 'every change confirmed by the store');
  assert.equal(saved.storage, 'All changes saved');
  await click(page, '< Queue');
  for (const ref of references) await findWidget(page, ref);
  const rows = await page.evaluate(() => window.mend.widgets()
    .filter((w) => /^M-[0-9A-Z]{4}$/.test(w.label)).map((w) => [w.label, w.y]));
  const order = rows.sort((a, b) => a[1] - b[1]).map(([label]) => label);
  // Same severity, each first-response clock due a fixed time after opening:
  // the nearest deadline, the first case opened, leads (urgency order).
  assert.deepEqual(order, references, 'most urgent first');
  await screenshot(page, 'queue-three-cases');
  await click(page, references[1]);
  const shown = await state(page);
  assert.equal(shown.screen, 'case');
  assert.equal(shown.case.reference, references[1]);
  assert.equal(shown.case.customer, 'Bo Chen');
  await screenshot(page, 'case-from-queue');
  assert.deepEqual(problems, []);
  await context.close();
});
