// The page shell and the main screen: loading, drawing, HiDPI, resizing,
// WebGL context loss, and clear messages when the app cannot start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openApp, screenshot, click, tap, tapAt, findWidget, nextFrames, inkShare, pixelsIn,
  waitForFrames, keyboardRaised, centre, root,
} from './browser.mjs';
import { chromium } from 'playwright-core';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test('opens on the main screen: menu bar, empty queue, New case', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  const state = await page.evaluate(() => window.mend.state());
  assert.equal(state.screen, 'queue');
  assert.equal(state.cases, 0);
  assert.equal(state.lastError, '');
  for (const label of ['Cases', 'Help', 'New case']) await findWidget(page, label);
  assert.equal(await page.isHidden('#status'), true, 'the loading status is gone');
  assert.ok(await inkShare(page) > 0.01, 'the canvas is not blank');
  // The button is drawn where the registry says: its rectangle has a fill
  // other than the window's around it, and a label's ink inside.
  const button = await findWidget(page, 'New case');
  const inside = await pixelsIn(page, button);
  const around = await pixelsIn(page, { x: button.x, y: button.y + button.h + 2, w: button.w, h: 4 });
  const distance = inside.dominant.reduce((sum, v, i) => sum + Math.abs(v - around.dominant[i]), 0);
  assert.ok(distance > 20, `the button's fill ${inside.dominant} differs from the window's ${around.dominant}`);
  assert.ok(inside.ink > 0.03 && inside.ink < 0.6, `the label's ink covers ${inside.ink} of the button`);
  await screenshot(page, 'main-desktop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking New case at its rectangle shows the intake screen', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await click(page, 'New case');
  assert.equal((await page.evaluate(() => window.mend.state())).screen, 'new-case');
  await findWidget(page, 'Open case');
  await findWidget(page, 'Cancel');
  await screenshot(page, 'new-case-desktop');
  await click(page, 'Cancel');
  assert.equal((await page.evaluate(() => window.mend.state())).screen, 'queue');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the menu bar opens New case too', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await click(page, 'Cases', { window: '##MainMenuBar' });
  await screenshot(page, 'menu-open');
  await click(page, 'New case', { window: '##Menu' });
  assert.equal((await page.evaluate(() => window.mend.state())).screen, 'new-case');
  assert.deepEqual(problems, []);
  await context.close();
});

test('tablet: touch taps work and the canvas uses devicePixelRatio', async () => {
  const { context, page, problems } = await openApp(browser, server.url, {
    viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, hasTouch: true,
  });
  const size = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
  });
  assert.equal(size.w, size.cw * 2, 'backing store is CSS width x 2');
  assert.equal(size.h, size.ch * 2, 'backing store is CSS height x 2');
  await screenshot(page, 'main-tablet');
  const target = await findWidget(page, 'New case');
  assert.ok(target.h >= 44, `touch targets are at least 44 px tall (New case is ${target.h})`);
  await tap(page, 'New case');
  assert.equal((await page.evaluate(() => window.mend.state())).screen, 'new-case');
  await screenshot(page, 'new-case-tablet');
  // A tap fires once: a dropdown tapped once stays open (a second press
  // would close it again), and its choice is taken once.
  await tap(page, 'Customer for');
  await nextFrames(page, 4);
  await findWidget(page, 'More than 5 years', { timeout: 1000 });
  await tap(page, 'More than 5 years');
  await nextFrames(page, 4);
  const open = await page.evaluate(() => window.mend.widgets().some((w) => w.label === 'New customer' && w.visible));
  assert.equal(open, false, 'the choice closed the dropdown');
  await tap(page, 'Cancel');
  if (await page.evaluate(() => window.mend.widgets().some((w) => w.label === 'Discard' && w.visible)))
    await tap(page, 'Discard');
  assert.equal((await page.evaluate(() => window.mend.state())).screen, 'queue');
  assert.deepEqual(problems, []);
  await context.close();
});

const tablet = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const inside = (p, w) => p.x >= w.x && p.x < w.x + w.w && p.y >= w.y && p.y < w.y + w.h;

// The widgets of the intake form that the app marks as text fields, once each
// (a multi-line field is listed twice: its frame and its scrolling child).
async function intakeTextFields(page) {
  const all = await page.evaluate(() => window.mend.widgets());
  const byId = new Map();
  for (const w of all)
    if (w.text && w.visible && w.window.includes('##intake-form') && !byId.get(w.id)?.name) byId.set(w.id, w);
  return [...byId.values()];
}

// Taps a spot of the screen with no widget: the keyboard goes down.
async function tapNowhere(page) {
  const all = await page.evaluate(() => window.mend.widgets());
  const right = Math.max(...all.filter((w) => w.window.includes('##intake-form')).map((w) => w.x + w.w));
  await tapAt(page, right + 60, 120);
  assert.equal(await keyboardRaised(page), false, 'a tap on no field lowers the keyboard');
}

test('tablet: every text field the app draws raises the on-screen keyboard', async () => {
  const { context, page, problems } = await openApp(browser, server.url, tablet);
  await tap(page, 'New case');
  const fields = await intakeTextFields(page);
  const names = fields.map((w) => w.name);
  for (const name of ['##name', '##contact', '##words'])
    assert.ok(names.includes(name), `${name} is marked as a text field (text fields: ${names})`);
  for (const name of ['Open case', 'Cancel'])
    assert.equal((await findWidget(page, name)).text, false, `${name} is not a text field`);
  for (const field of fields) {
    await tapNowhere(page);
    await tapAt(page, centre(field).x, centre(field).y);
    assert.equal(await keyboardRaised(page), true, `a tap on ${field.name || field.id} raises the keyboard`);
  }
  await tapAt(page, centre(fields[0]).x, centre(fields[0]).y);
  await page.keyboard.type('Ana', { delay: 20 });
  await nextFrames(page);
  await screenshot(page, 'keyboard-tablet');
  assert.deepEqual(problems, []);
  await context.close();
});

test('tablet: every field marked as text takes typed text once tapped', async () => {
  const { context, page, problems } = await openApp(browser, server.url, tablet);
  await tap(page, 'New case');
  for (const field of await intakeTextFields(page)) {
    await tapNowhere(page);
    await tapAt(page, centre(field).x, centre(field).y);
    const state = await page.evaluate(() => window.mend.state());
    assert.equal(state.textInput, true, `${field.name || field.id} takes typed text once tapped`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('tablet: a tap on a drop-down entry lying over a text field leaves the keyboard down', async () => {
  const { context, page, problems } = await openApp(browser, server.url, tablet);
  await tap(page, 'New case');
  const fields = await intakeTextFields(page);
  const all = await page.evaluate(() => window.mend.widgets());
  // Open each drop-down of the form until one lists an entry over a text field.
  const combos = all.filter((w) => !w.text && w.visible && w.window.includes('##intake-form') && w.h < 100);
  let entry = null;
  for (const combo of combos) {
    await tapAt(page, centre(combo).x, centre(combo).y);
    const open = await page.evaluate(() => window.mend.widgets());
    entry = open.find((w) => w.window.startsWith('##Combo') && w.visible && w.label &&
                             fields.some((f) => inside(centre(w), f)));
    if (entry) break;
    await tapNowhere(page);
  }
  assert.ok(entry, 'some drop-down entry lies over a text field');
  await screenshot(page, 'drop-down-over-field');
  await tapAt(page, centre(entry).x, centre(entry).y);
  assert.equal(await keyboardRaised(page), false, `choosing "${entry.label}" raises no keyboard`);
  assert.equal((await page.evaluate(() => window.mend.state())).textInput, false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an idle screen is redrawn about once a second, not every animation frame', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await nextFrames(page);
  const before = await page.evaluate(() => window.mend.frames());
  // requestAnimationFrame runs ~60 times a second; an idle Mend draws for its clocks only.
  const animationFrames = await page.evaluate(() => new Promise((resolve) => {
    let n = 0;
    const start = performance.now();
    const tick = () => (performance.now() - start < 2000 ? (n++, requestAnimationFrame(tick)) : resolve(n));
    requestAnimationFrame(tick);
  }));
  const drawn = (await page.evaluate(() => window.mend.frames())) - before;
  assert.ok(animationFrames > 20, `the browser ran ${animationFrames} animation frames`);
  assert.ok(drawn <= 5, `drew ${drawn} frames in 2 s while idle`);
  await screenshot(page, 'idle');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the canvas follows window resizes', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await page.setViewportSize({ width: 900, height: 600 });
  await nextFrames(page);
  const size = await page.evaluate(() => [document.getElementById('canvas').width,
                                          document.getElementById('canvas').height]);
  assert.deepEqual(size, [900, 600]);
  const button = await findWidget(page, 'New case');
  assert.ok(button.x + button.w <= 900, 'New case stays inside the narrower window');
  await screenshot(page, 'resized-900x600');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a lost WebGL context is restored and drawing goes on', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await page.evaluate(async () => {
    const gl = document.getElementById('canvas').getContext('webgl2');
    const ext = gl.getExtension('WEBGL_lose_context');
    ext.loseContext();
    await new Promise((r) => setTimeout(r, 200));
    ext.restoreContext();
  });
  const before = await page.evaluate(() => window.mend.frames());
  await waitForFrames(page, before + 5);
  await click(page, 'New case');
  assert.equal((await page.evaluate(() => window.mend.state())).screen, 'new-case');
  assert.ok(await inkShare(page) > 0.01, 'the canvas is drawn again');
  await screenshot(page, 'after-context-restored');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without WebGL2 the page says so plainly', async () => {
  const noGl = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--disable-3d-apis', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await noGl.newPage();
    await page.goto(server.url);
    await page.waitForSelector('#fatal:not([hidden])', { timeout: 10000 });
    assert.match(await page.textContent('#fatal-text'), /WebGL2 is unavailable/);
    await screenshot(page, 'no-webgl2');
  } finally {
    await noGl.close();
  }
});

test('when the WebAssembly file cannot be loaded the page says so', async () => {
  // A real broken deployment: a copy of dist/ without mend.wasm (inside build/:
  // tests write nothing outside the clone).
  fs.mkdirSync(path.join(root, 'build'), { recursive: true });
  const broken = fs.mkdtempSync(path.join(root, 'build', 'e2e-broken-'));
  fs.cpSync(path.join(root, 'dist'), broken, { recursive: true });
  fs.rmSync(path.join(broken, 'mend.wasm'));
  const brokenServer = await startServer(['--root', broken]);
  const page = await browser.newPage();
  try {
    await page.goto(brokenServer.url);
    await page.waitForSelector('#fatal:not([hidden])', { timeout: 15000 });
    assert.match(await page.textContent('#fatal-text'), /Mend could not start/);
    await screenshot(page, 'wasm-missing');
  } finally {
    await page.close();
    brokenServer.stop();
    fs.rmSync(broken, { recursive: true, force: true });
  }
});
