// The intake as a new user fills it: the first field has the keyboard at
// once, what the customer cares about (typed or suggested) and their tenure
// reach the case, Enter opens it, the customer's earlier cases show as soon
// as the contact matches, and Cancel asks before it throws a filled form away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames,
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
const widgetNamed = (page, suffix) => page.evaluate(
  (x) => window.mend.widgets().find((w) => w.name.endsWith(x) && w.visible) || null, suffix);

async function typeInto(page, field, text, press = click) {
  await press(page, field);
  await page.keyboard.type(text, { delay: 5 });
  await nextFrames(page);
}

test('intake by keyboard and mouse: focus, tags, tenure, Enter, earlier cases, Cancel asks', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await click(page, 'New case');
  await nextFrames(page, 2);
  // The name field has the keyboard without a click.
  await page.keyboard.type('  Ana Silva ', { delay: 5 });
  await typeInto(page, '##contact', 'ana@example.com');
  await typeInto(page, '##words', 'The cake was not ready at 3pm as promised, and the party started at 4.');
  await typeInto(page, '##cares', 'Time');
  await page.keyboard.press('Enter');
  await nextFrames(page, 2);
  await click(page, '+ kids##suggest');
  await click(page, 'Customer for##tenure');
  await click(page, '3 to 5 years');
  assert.ok(await widgetNamed(page, 'time \u00d7##tag'), 'the typed tag is a chip');
  await screenshot(page, 'intake-filled');
  await typeInto(page, '##wants', 'a refund');
  await page.keyboard.press('Enter');
  await nextFrames(page, 3);
  let s = await state(page);
  assert.equal(s.screen, 'case', 'Enter opened the case');
  assert.equal(s.case.customer, 'Ana Silva', 'the name is trimmed');
  assert.deepEqual(s.case.caresAbout, ['time', 'kids']);
  assert.equal(s.case.tenureMonths, 48);
  assert.equal(s.case.wants, 'a refund');
  const first = s.case.reference;

  // A second intake for the same contact, from the menu: the earlier case
  // shows at once.
  await click(page, 'Cases');
  await click(page, 'New case');
  await typeInto(page, '##contact', 'ANA@Example.com');
  const seen = await widgetNamed(page, '##seen-by-contact');
  assert.ok(seen, 'the earlier case is flagged before the case is opened');
  assert.match(seen.label, /once before: recover generously/);
  const row = await widgetNamed(page, '##seen-row');
  assert.ok(row && row.label.startsWith(first), `the row names ${first}`);
  await screenshot(page, 'intake-seen-before');

  // Cancel asks; Keep editing keeps the form; Escape closes the question too.
  await click(page, 'Cancel');
  await nextFrames(page, 2);
  assert.ok(await findWidget(page, 'Keep editing'));
  await screenshot(page, 'intake-discard');
  await click(page, 'Keep editing');
  await nextFrames(page, 2);
  assert.equal((await state(page)).screen, 'new-case');
  assert.ok(await widgetNamed(page, '##seen-by-contact'), 'what was typed is still there');
  await click(page, 'Cancel');
  await nextFrames(page, 2);
  await page.keyboard.press('Escape');
  await nextFrames(page, 3);
  assert.equal(await widgetNamed(page, 'Keep editing'), null);
  assert.equal((await state(page)).screen, 'new-case');
  await click(page, 'Cancel');
  await click(page, 'Discard');
  await nextFrames(page, 2);
  assert.equal((await state(page)).screen, 'queue');
  // An empty form cancels without asking; N (the menu's shortcut) opens it.
  await page.keyboard.press('n');
  await nextFrames(page, 3);
  assert.equal((await state(page)).screen, 'new-case', 'N opens a new case');
  await click(page, 'Cancel');
  await nextFrames(page, 2);
  assert.equal((await state(page)).screen, 'queue');
  assert.deepEqual(problems, []);
  await context.close();
});

test('intake as a touch tablet: tags by tap, Cancel asks', async () => {
  const { page, context, problems } = await openApp(browser, server.url, {
    viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true,
  });
  await tap(page, 'New case');
  await typeInto(page, '##name', 'Bo Chen', tap);
  await tap(page, '+ price##suggest');
  await tap(page, '+ quiet##suggest');
  const chip = await findWidget(page, 'price \u00d7##tag');
  assert.ok(chip.h >= 44, `a tag chip is ${chip.h} px tall`);
  await screenshot(page, 'intake-tablet');
  await tap(page, 'price \u00d7##tag');
  await nextFrames(page, 2);
  assert.equal(await widgetNamed(page, 'price \u00d7##tag'), null, 'a tapped chip goes');
  await tap(page, 'Cancel');
  await nextFrames(page, 2);
  await screenshot(page, 'intake-discard-tablet');
  await tap(page, 'Keep editing');
  await tap(page, 'Open case');
  await nextFrames(page, 3);
  const s = await state(page);
  assert.equal(s.screen, 'case');
  assert.deepEqual(s.case.caresAbout, ['quiet']);
  assert.deepEqual(problems, []);
  await context.close();
});
