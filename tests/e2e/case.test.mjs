// The guided case screen: steps in order (a refusal shown beside the button
// that caused it), phrases copied, the follow-up, the outcome and analysis,
// close and reopen, the Follow-ups screen, a reload, and an export in which
// every event names the member of staff who acted. Once with a mouse at
// 1280x800, once as a touch tablet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames, waitForFrames, root,
  revealInPart,
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

// Scrolls the case's part until the widget is in view (a tablet shows less).
const reveal = (page, label) => revealInPart(page, label, 'Steps');
const clickIn = async (page, label, options) => { await reveal(page, label); await click(page, label, options); };
const tapIn = async (page, label, options) => { await reveal(page, label); await tap(page, label, options); };

async function typeInto(page, field, text, press = clickIn) {
  await press(page, field);
  await page.keyboard.type(text, { delay: 10 });
  await nextFrames(page);
}

async function openCase(page, press = click) {
  await press(page, 'New case');
  await typeInto(page, '##name', 'Ana Silva', press);
  await typeInto(page, '##contact', 'ana@example.com', press);
  await typeInto(page, '##words', 'The birthday cake was not ready at 3pm as promised.', press);
  await press(page, 'Open case');
  const s = await state(page);
  assert.equal(s.screen, 'case');
  return s.case.reference;
}

// The widget whose full ImGui name ends with `suffix` (refusals are named
// "<the core's reason>##refusal-<control>").
async function widgetNamed(page, suffix) {
  return page.evaluate((x) => window.mend.widgets().find((w) => w.name.endsWith(x) && w.visible) || null, suffix);
}

test('a whole guided case with the mouse at 1280x800', async () => {
  const { context, page, problems } = await openApp(browser, server.url, { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const reference = await openCase(page);
  await screenshot(page, 'case-steps');

  // Step 3 first: refused, and the reason sits beside its Done button.
  await clickIn(page, 'Done##step:ask');
  const done3 = await findWidget(page, 'Done##step:ask');
  const refusal = await widgetNamed(page, '##refusal-step:ask');
  assert.ok(refusal, 'the refusal is drawn');
  assert.match(refusal.label, /do "Apologise" before "Ask how to make it better"/);
  assert.ok(refusal.y >= done3.y && refusal.y - (done3.y + done3.h) < 40, 'right under the button');
  assert.deepEqual((await state(page)).case.stepsDone, []);
  await screenshot(page, 'case-step-refused');

  // A suggested phrase goes to the clipboard with one click.
  await clickIn(page, '"I am so sorry."');
  assert.equal((await state(page)).clipboard, 'I am so sorry.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'I am so sorry.');
  await screenshot(page, 'case-phrase-copied');

  await clickIn(page, 'Done##step:apologise');
  await clickIn(page, 'Done##step:own');
  await typeInto(page, '##note', 'A new cake by 5pm, same design');
  await clickIn(page, 'Done##step:ask');
  let s = await state(page);
  assert.deepEqual(s.case.stepsDone, ['apologise', 'own', 'ask']);
  assert.equal(await widgetNamed(page, '##refusal-step:ask'), null, 'the refusal is gone once done');
  await screenshot(page, 'case-steps-done');

  // Follow-up: scheduled (the suggestion is filled in), listed, then done.
  await clickIn(page, 'Follow-up');
  await typeInto(page, '##follow-up-note', 'Call to check the party went well');
  await clickIn(page, 'Schedule follow-up##follow-up');
  assert.equal((await state(page)).case.followUps, 1);
  await screenshot(page, 'case-follow-up-scheduled');
  await clickIn(page, 'Follow-ups');
  s = await state(page);
  assert.equal(s.screen, 'follow-ups');
  assert.equal(s.followUpsListed, 1);
  await screenshot(page, 'follow-ups-screen');
  await clickIn(page, `Open ${reference}`);
  assert.equal((await state(page)).screen, 'case');
  await clickIn(page, 'Follow-up');
  await typeInto(page, '##follow-up-done-note', 'They loved the new cake');
  await clickIn(page, 'Record follow-up done##follow-up-done');
  assert.equal((await state(page)).case.followUpDone, true);
  await screenshot(page, 'case-follow-up-done');

  // Close needs an outcome: refused first, then outcome and analysis, then closed.
  await clickIn(page, 'Outcome and close');
  await clickIn(page, 'Close case##close');
  assert.match((await widgetNamed(page, '##refusal-close')).label, /verdict/);
  assert.equal((await state(page)).case.open, true);
  await clickIn(page, 'satisfied');
  await clickIn(page, 'retained');
  await clickIn(page, 'Record outcome##outcome');
  await typeInto(page, '##root-cause', 'understaffed');
  await typeInto(page, '##action', 'A second baker on Saturdays');
  await clickIn(page, 'Record analysis##analysis');
  s = await state(page);
  assert.equal(s.case.verdict, 1);
  assert.equal(s.case.rootCause, 'understaffed');
  await screenshot(page, 'case-outcome');

  // Closing the loop: the message to the customer is drafted from the action,
  // copied, and recorded as sent (a follow-up done, its words in the timeline).
  await clickIn(page, 'Copy message##loop');
  const message = (await state(page)).clipboard;
  assert.match(message, /^Dear Ana Silva, thank you again/);
  assert.match(message, /Because of you, we have made a change: A second baker on Saturdays\. /);
  await clickIn(page, 'Record as sent##loop-sent');
  await screenshot(page, 'case-closing-the-loop');
  await clickIn(page, 'Close case##close');
  assert.equal((await state(page)).case.open, false);
  await screenshot(page, 'case-closed');

  // Reopen with a reason, and the first step can be done again.
  await clickIn(page, 'Reopen##reopen');
  assert.ok(await widgetNamed(page, '##refusal-reopen'), 'a reopen without a reason is refused');
  await typeInto(page, '##reopen-reason', 'The cake was the wrong flavour');
  await clickIn(page, 'Reopen##reopen');
  s = await state(page);
  assert.equal(s.case.open, true);
  assert.equal(s.case.reopens, 1);
  await clickIn(page, 'Steps');
  await clickIn(page, 'Done##step:apologise');
  assert.deepEqual((await state(page)).case.stepsDone, ['apologise']);
  await screenshot(page, 'case-reopened-step-again');
  await clickIn(page, 'Timeline');
  await screenshot(page, 'case-timeline');
  const events = (await state(page)).case.events;
  assert.equal(events, 12);

  // Everything is still there after a reload.
  await page.waitForFunction(() => window.mend?.state().unsaved === 0, null, { polling: 50 });
  await page.reload();
  await waitForFrames(page, 3);
  await page.waitForFunction(() => window.mend?.state().opening === false, null, { polling: 50 });
  await clickIn(page, reference);
  s = await state(page);
  assert.equal(s.case.events, events);
  assert.deepEqual(s.case.stepsDone, ['apologise']);
  assert.equal(s.case.reopens, 1);
  assert.equal(s.case.followUpDone, true);
  assert.equal(s.case.rootCause, 'understaffed');
  assert.ok(s.case.actors.every((a) => a === 'staff'), JSON.stringify(s.case.actors));

  // The export holds every event, each with its actor.
  await clickIn(page, 'Data');
  await clickIn(page, 'Export book…', { window: '##Menu' });
  const [download] = await Promise.all([page.waitForEvent('download'), clickIn(page, 'Export')]);
  const file = path.join(root, 'build', 'e2e-case-book.json');
  await download.saveAs(file);
  const book = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(book.cases.length, 1);
  assert.equal(book.cases[0].events.length, events);
  for (const e of book.cases[0].events) assert.equal(e.actor, 'staff', JSON.stringify(e));
  const told = book.cases[0].events.filter((e) => e.type === 'follow-up-done' && e.note.startsWith('Told the customer what changed: '));
  assert.equal(told.length, 1, 'the message sent is a follow-up event');
  assert.equal(told[0].note, `Told the customer what changed: ${message}`);

  // A second case of the same customer shows the first in its history, one click away.
  await clickIn(page, '< Queue');
  const second = await openCase(page);
  await clickIn(page, 'Customer history');
  await screenshot(page, 'case-customer-history');
  await clickIn(page, `Open ${reference}`);
  s = await state(page);
  assert.equal(s.case.reference, reference);
  assert.notEqual(second, reference);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the core path as a touch tablet: steps in order, outcome, close', async () => {
  const { context, page, problems } = await openApp(browser, server.url, {
    viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true,
  });
  await openCase(page, tapIn);
  await screenshot(page, 'case-steps-tablet');
  await tapIn(page, 'Done##step:ask');
  await reveal(page, '##refusal-step:ask');
  assert.ok(await widgetNamed(page, '##refusal-step:ask'));
  const done = await findWidget(page, 'Done##step:apologise');
  assert.ok(done.h >= 44, `Done is ${done.h} px tall`);
  await screenshot(page, 'case-step-refused-tablet');
  await tapIn(page, 'Done##step:apologise');
  await tapIn(page, 'Done##step:own');
  await typeInto(page, '##note', 'Money back', tapIn);
  await screenshot(page, 'case-step-note-tablet');
  await tapIn(page, 'Done##step:ask');
  await screenshot(page, 'case-steps-done-tablet');
  assert.deepEqual((await state(page)).case.stepsDone, ['apologise', 'own', 'ask']);
  await tapIn(page, 'Outcome and close');
  await tapIn(page, 'delighted');
  await tapIn(page, 'Record outcome##outcome');
  await screenshot(page, 'case-outcome-tablet');
  await tapIn(page, 'Close case##close');
  assert.equal((await state(page)).case.open, false);
  await screenshot(page, 'case-closed-tablet');
  assert.deepEqual(problems, []);
  await context.close();
});
