// Text on a desktop reaches the focused field exactly once, however it
// arrives: typed keys, text without a key press (Playwright's keyboard.type
// sends characters outside the US layout as insertText, as input methods,
// the macOS accent menu, dictation and emoji pickers do), an input method's
// composition, and the editing keys and shortcuts in between.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, screenshot, click, findWidget, nextFrames } from './browser.mjs';

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
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

// Opens the intake, lets `fill` type into it, opens the case and returns the
// case as the book holds it (the test bridge's state).
async function intake(page, fill) {
  if ((await state(page)).screen !== 'queue') await click(page, '< Queue');
  await click(page, 'New case');
  await fill();
  await nextFrames(page);
  await click(page, 'Open case');
  const s = await state(page);
  assert.equal(s.screen, 'case', s.lastError);
  return s.case;
}

async function typeInto(page, field, text) {
  await click(page, field);
  await page.keyboard.type(text, { delay: 10 });
  await nextFrames(page);
}

test('desktop: accented, Polish and Hebrew names typed with keyboard.type arrive whole, once', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  let c = await intake(page, async () => {
    await typeInto(page, '##name', 'Zoë Núñez-Łukasz');
    // An active field holds the text focus on the hidden input, not the canvas.
    assert.equal(await focused(page), 'mend-keyboard');
    await typeInto(page, '##contact', 'zoë@example.com');
    await screenshot(page, 'text-input-accents');
  });
  assert.equal(c.customer, 'Zoë Núñez-Łukasz');
  assert.equal(c.contact, 'zoë@example.com');
  assert.equal(await focused(page), 'canvas', 'no field takes text: keys go to the canvas again');
  c = await intake(page, () => typeInto(page, '##name', 'ć עברית'));
  assert.equal(c.customer, 'ć עברית');
  assert.deepEqual(problems, []);
  await context.close();
});

// ImGui 1.86 keeps a field's text as 16-bit ImWchar unless built with
// IMGUI_USE_WCHAR32 (scripts/cmake/web.cmake sets it), else a character
// beyond the BMP (an emoji) becomes U+FFFD in the field.
test('desktop: an emoji typed with keyboard.type arrives whole, once',
  async () => {
    const { context, page, problems } = await openApp(browser, server.url);
    const c = await intake(page, () => typeInto(page, '##name', 'ć 😀 עברית'));
    assert.equal(c.customer, 'ć 😀 עברית');
    assert.deepEqual(problems, []);
    await context.close();
  });

test('desktop: insertText and an input method composition arrive once', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  const c = await intake(page, async () => {
    await click(page, '##name');
    await page.keyboard.insertText('Ünal Ağaoğlu');
    await nextFrames(page);
    // A composition as an input method makes one: preedit text that changes,
    // then committed. Only the committed text reaches the field.
    await click(page, '##words');
    const cdp = await context.newCDPSession(page);
    await page.keyboard.type('Ordered ', { delay: 10 });
    await nextFrames(page);
    // The hidden input sits at the text cursor: the input method's window opens there.
    const words = await findWidget(page, '##words');
    const at = await page.evaluate(() => document.getElementById('mend-keyboard').getBoundingClientRect().toJSON());
    assert.ok(at.x > words.x && at.x < words.x + words.w && at.y >= words.y - 30 && at.y < words.y + words.h,
              `input at ${at.x},${at.y}; field at ${words.x},${words.y} ${words.w}x${words.h}`);
    await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: '日本', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '日本' });
    await page.keyboard.type(' tea, got coffee.', { delay: 10 });
    await nextFrames(page);
  });
  assert.equal(c.customer, 'Ünal Ağaoğlu');
  assert.equal(c.words, 'Ordered 日本 tea, got coffee.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('desktop: Backspace, arrows, Home/End, Ctrl+A, Ctrl+V and Tab edit what was typed', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('Łódź, by Friday'));
  const c = await intake(page, async () => {
    await typeInto(page, '##name', 'Zoëx');
    await page.keyboard.press('Backspace');            // Zoë
    await page.keyboard.press('ArrowLeft');            // Zo|ë
    await page.keyboard.type('-', { delay: 10 });      // Zo-ë
    await page.keyboard.press('Home');
    await page.keyboard.type('Dr ', { delay: 10 });    // Dr Zo-ë
    await page.keyboard.press('End');
    await page.keyboard.type('!', { delay: 10 });      // Dr Zo-ë!
    await page.keyboard.press('Tab');                  // on to the contact field
    await page.keyboard.type('first@example.com', { delay: 10 });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('ñ@example.com', { delay: 10 });  // replaces the selection
    // Select all and paste over it with Ctrl held throughout, then type on:
    // the pasted text arrives once and Ctrl does not linger.
    await click(page, '##words');
    await page.keyboard.type('a refund', { delay: 10 });
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.press('v');
    await nextFrames(page);  // Ctrl still held, as a person's hand would
    await page.keyboard.up('Control');
    await page.keyboard.type('!', { delay: 10 });
    await nextFrames(page);
  });
  assert.equal(c.customer, 'Dr Zo-ë!');
  assert.equal(c.contact, 'ñ@example.com');
  assert.equal(c.words, 'Łódź, by Friday!');
  assert.deepEqual(problems, []);
  await context.close();
});
