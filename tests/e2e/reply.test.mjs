// The reply draft with the coach: the four good moves as ticks, "sorry, but"
// flagged and its better phrasing accepted with one tap, missing moves added,
// long text wrapping without changing a byte, Escape keeping what was typed,
// the reply copied and saved to the case. Once with a mouse at 1280x800, once
// as a touch tablet typing through the on-screen keyboard bridge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames,
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
const widgetNamed = (page, suffix) => page.evaluate(
  (x) => window.mend.widgets().find((w) => w.name.endsWith(x) && w.visible) || null, suffix);

// Waits for the coach to read the draft (it waits for typing to pause).
async function coachSettles(page) {
  await page.waitForTimeout(400);
  await nextFrames(page, 4);
}

// Scrolls the case's part until the widget is in view (a tablet shows less).
const reveal = (page, label) => revealInPart(page, label, 'Steps');
const revealed = (press) => async (page, name, options) => { await reveal(page, name); await press(page, name, options); };

async function reply(page, press) {
  await press(page, 'Copy reply');
  return (await state(page)).clipboard;
}

async function typeInto(page, field, text, press) {
  await press(page, field);
  await page.keyboard.type(text, { delay: 5 });
  await nextFrames(page);
}

async function openCaseOnReply(page, press) {
  await press(page, 'New case');
  await typeInto(page, '##name', 'Ana Silva', press);
  await typeInto(page, '##words', 'The cake was not ready at 3pm.', press);
  await press(page, 'Open case');
  assert.equal((await state(page)).screen, 'case');
  await press(page, 'Reply');
}

async function checks(page) {
  return page.evaluate(() => Object.fromEntries(window.mend.widgets()
    .filter((w) => w.name.includes('##check-'))
    .map((w) => { const m = w.name.match(/##check-(\w+)-(yes|no)$/); return [m[1], m[2] === 'yes']; })));
}

async function wholeReply(page, direct) {
  await openCaseOnReply(page, direct);
  const press = revealed(direct);
  await screenshot(page, direct === tap ? 'reply-empty-tablet' : 'reply-empty');
  await typeInto(page, '##reply', "I'm sorry, but the kitchen was busy tonight.", press);
  await coachSettles(page);
  assert.deepEqual(await checks(page), { apology: true, ownership: false, ask: false, thanks: false });
  await screenshot(page, direct === tap ? 'reply-sorry-but-tablet' : 'reply-sorry-but');
  await reveal(page, '##use-but-after-apology');
  const use = await widgetNamed(page, '##use-but-after-apology');
  assert.ok(use, 'the coach flags "sorry, but" with a better phrasing to use');
  await press(page, 'Use this instead##use-but-after-apology');
  await coachSettles(page);
  assert.equal(await reply(page, press), "I'm sorry. Here's what I'll do.");
  assert.equal(await widgetNamed(page, '##use-but-after-apology'), null);
  // Missing moves go in with one tap each.
  await press(page, 'Add this##add-ask');
  await coachSettles(page);
  await press(page, 'Add this##add-thanks');
  await coachSettles(page);
  await press(page, 'Add this##add-ownership');
  await coachSettles(page);
  assert.deepEqual(await checks(page), { apology: true, ownership: true, ask: true, thanks: true });
  await screenshot(page, direct === tap ? 'reply-all-good-tablet' : 'reply-all-good');
  const text = await reply(page, press);
  await press(page, 'Save to the case as a note');
  await nextFrames(page, 4);
  assert.equal((await state(page)).case.lastNote, text);
  assert.equal((await state(page)).case.lastActor, 'staff');
}

test('reply with the coach, by mouse at 1280x800', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await wholeReply(page, click);
  assert.deepEqual(problems, []);
  await context.close();
});

test('reply with the coach as a touch tablet', async () => {
  const { context, page, problems } = await openApp(browser, server.url, {
    viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true,
  });
  await wholeReply(page, tap);
  const button = await findWidget(page, 'Copy reply');
  assert.ok(button.h >= 44, `Copy reply is ${button.h} px tall`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a long reply wraps without changing a byte, and Escape keeps what was typed', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await openCaseOnReply(page, click);
  const long = 'We are so sorry that your order for the birthday party was not ready when you came '
    + 'to collect it at three, after we had promised it for half past two on the phone the day before. '
    + 'That is our mistake and nobody else\'s, and I understand how stressful that must have been with '
    + 'guests arriving. What would put this right for you? Thank you for telling us straight away.';
  assert.ok(long.length > 350);
  await typeInto(page, '##reply', long, click);
  const field = await findWidget(page, '##reply');
  await coachSettles(page);
  await screenshot(page, 'reply-long-wrapped');
  assert.equal(await reply(page, click), long, 'wrapping adds no line breaks to the text');
  // The field's frame stays inside the window: no sideways run-off.
  assert.ok(field.x + field.w <= 1280);
  // Back into the field, type more, then Escape: nothing is thrown away.
  await click(page, '##reply');
  await page.keyboard.press('End');
  await page.keyboard.type(' See you soon.', { delay: 5 });
  await page.keyboard.press('Escape');
  await nextFrames(page, 3);
  assert.equal(await reply(page, click), `${long} See you soon.`);
  assert.deepEqual(problems, []);
  await context.close();
});
