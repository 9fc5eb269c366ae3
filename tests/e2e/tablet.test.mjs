// Mend on a touch tablet, as a person holds one: a finger drag scrolls a list,
// a form and a dropdown with the finger, and never presses the row, button or
// field it began on; the intake form's last field is reachable upright and on
// a 1024x768 tablet; each field raises the keyboard that fits it (e-mail for
// a contact, capitals for a name, decimals for an amount); the on-screen
// keyboard (faked as a real one shows itself: a shorter visual viewport)
// never covers the field typed into; dropdown and menu items, queue rows and
// the kiosk's controls are finger-sized; "Text size" under Help draws
// everything larger on this device and is kept after a reload; turning the
// tablet keeps everything on screen; and the canvas has a device pixel for
// each of the screen's at 1x, 2x and 3x. One tablet context on the sample
// business serves the file: each test opens its own tab on that book.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, tap, findWidget, nextFrames, waitState, appState,
  watchPage, waitForFrames, centre, keyboardRaised, settle, touchDrag,
} from './browser.mjs';

const upright = { width: 820, height: 1180 };
const tabletOptions = { viewport: upright, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

let server, browser, tablet;
before(async () => {
  server = await startServer();
  browser = await launch();
  // The sample business: its cases fill the queue, its owner signs in.
  tablet = await browser.newContext(tabletOptions);
  const page = await tablet.newPage();
  const problems = [];
  watchPage(page, problems, server.url);
  await page.goto(server.url);
  await waitForFrames(page, 3);
  await waitState(page, (s) => s.screen && !s.opening && s.firstRun);
  await tap(page, 'Try Mend with a sample business');
  await waitState(page, (s) => s.signInNeeded && s.unsaved === 0);
  assert.deepEqual(problems, []);
  await page.close();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

// ---- tabs on the tablet ---------------------------------------------------------

// A new tab on the sample book (the sign-in screen), upright.
async function openTab() {
  const page = await tablet.newPage();
  const problems = [];
  watchPage(page, problems, server.url);
  await page.goto(server.url);
  await waitForFrames(page, 3);
  await waitState(page, (s) => s.screen && !s.opening);
  return { page, problems };
}

// The same, signed in as Maya, the owner, by tapping her PIN. The pad's keys
// stay put, so they are tapped in one go, as quickly as a person types.
async function signedIn() {
  const tab = await openTab();
  const { page } = tab;
  await waitState(page, (s) => s.signInNeeded);
  await tap(page, 'Maya Harbour');
  const keys = [];
  for (const label of [...'1234', 'Sign in']) keys.push(centre(await findWidget(page, label)));
  for (const key of keys) await page.touchscreen.tap(key.x, key.y);
  await waitState(page, (s) => s.signedIn);
  await findWidget(page, 'New case');  // the queue is drawn
  return tab;
}

// The intake form (its name field takes the typing: frames keep coming).
async function newCase(page) {
  await tap(page, 'New case');
  await waitState(page, (s) => s.screen === 'new-case');
  await nextFrames(page, 1);
}

// Opens a menu of the menu bar; an upright tablet folds them all into "Menu".
async function openMenu(page, name) {
  const inBar = await page.evaluate((n) => window.mend.widgets().some(
    (w) => w.label === n && w.visible && w.window.startsWith('##MainMenuBar')), name);
  if (!inBar) await tap(page, 'Menu', { window: '##MainMenuBar' });
  await tap(page, name, { window: inBar ? '##MainMenuBar' : '##Menu_' });
}

// ---- widgets ----------------------------------------------------------------------

const widgets = (page) => page.evaluate(() => window.mend.widgets());
// A widget by name or label as the last frame drew it; null when it is not
// listed or scrolled wholly out of its window (it then has no name).
const named = (page, name) => page.evaluate(
  (n) => window.mend.widgets().find((w) => (w.name === n || w.label === n) && w.visible) || null, name);
const byId = (page, id) => page.evaluate((i) => window.mend.widgets().find((w) => w.id === i) || null, id);
const whole = (w) => !!w && w.visible && w.vh >= w.h - 1;
const describe = (w) => `${w.name || w.label || `#${w.id}`} ${w.w}x${w.h} at ${w.x},${w.y} in ${w.window}`;
// The queue table's rows wholly in view (its child window, headers left out).
const queueHeaders = ['Ref', 'Status', 'Clock', 'Customer', 'What went wrong', 'Severity', 'Age', 'Taken by'];
const queueRows = async (page) => (await page.evaluate((h) => window.mend.widgets().filter(
  (w) => w.window.includes('/queue_') && w.label && !h.includes(w.label)), queueHeaders)).filter(whole);
// The items (labelled: a scrollbar is not one) a window drew, a popup's say.
const inWindow = (page, prefix) => page.evaluate(
  (p) => window.mend.widgets().filter((w) => w.visible && w.label && w.window.startsWith(p)), prefix);

// Polls a page function until it holds or the time is up; the assertion after
// it then reports the values actually seen.
async function eventually(page, fn, arg, timeout = 3000) {
  await page.waitForFunction(fn, arg, { timeout, polling: 50 }).catch(() => null);
}

// Drags the screen up from `from` by `distance` (as a person reads on down a
// form) until the widget is wholly in view; resolves to the drags it took.
async function dragIntoView(page, name, from, distance, most = 8) {
  for (let i = 0; i < most; i++) {
    if (whole(await named(page, name))) return i;
    await touchDrag(page, from, { x: from.x, y: from.y - distance });
    await settle(page);
  }
  return most;
}

// ---- the hidden input that raises the on-screen keyboard ------------------------------

const keyboardOf = (page) => page.evaluate(() => {
  const k = document.getElementById('mend-keyboard');
  return {
    raised: document.activeElement === k,
    inputmode: k.getAttribute('inputmode') || 'text',  // absent: the plain keyboard
    autocapitalize: k.getAttribute('autocapitalize'),
    autocorrect: k.getAttribute('autocorrect'),
    spellcheck: k.spellcheck,
  };
});

async function expectKeyboard(page, field, want) {
  const pick = (got) => Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]));
  let got = await keyboardOf(page);
  for (let i = 0; i < 40 && JSON.stringify(pick(got)) !== JSON.stringify(want); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    got = await keyboardOf(page);
  }
  assert.deepEqual(pick(got), want, `the keyboard a tap on ${field} raised: ${JSON.stringify(got)}`);
}

const contactKeyboard = { raised: true, inputmode: 'email', autocapitalize: 'none', autocorrect: 'off', spellcheck: false };
const nameKeyboard = { raised: true, autocapitalize: 'words' };
const wordsKeyboard = { raised: true, inputmode: 'text', autocapitalize: 'sentences' };

// ---- the canvas -----------------------------------------------------------------------

const canvasSize = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  const r = c.getBoundingClientRect();
  return { cssWidth: Math.round(r.width), cssHeight: Math.round(r.height), width: c.width, height: c.height };
});

// The canvas fills `size` at the tablet's 2x, and every widget drawn lies
// within its width.
async function expectFits(page, size, what) {
  const want = { cssWidth: size.width, cssHeight: size.height, width: size.width * 2, height: size.height * 2 };
  await eventually(page, (w) => {
    const c = document.getElementById('canvas');
    return c.width === w.width && c.height === w.height;
  }, want);
  await nextFrames(page, 2);
  assert.deepEqual(await canvasSize(page), want, `${what} at ${size.width}x${size.height}: the canvas`);
  const all = (await widgets(page)).filter((w) => w.visible);
  assert.ok(all.length >= 10, `${what}: ${all.length} widgets drawn`);
  const outside = all.filter((w) => w.x < -0.5 || w.x + w.w > size.width + 1);
  assert.deepEqual(outside.map(describe), [], `${what} at ${size.width}x${size.height}: widgets past the edge`);
}

// ---- the tests ------------------------------------------------------------------------

test('text stays crisp: the canvas has a device pixel for each of the screen\'s at 1x, 2x and 3x', async () => {
  for (const scale of [1, 2, 3]) {
    const { context, page, problems } = scale === 2
      ? { ...(await openTab()), context: null }
      : await openApp(browser, server.url, { ...tabletOptions, deviceScaleFactor: scale });
    const want = { cssWidth: 820, cssHeight: 1180, width: 820 * scale, height: 1180 * scale };
    await eventually(page, (w) => document.getElementById('canvas').width === w, want.width);
    assert.deepEqual(await canvasSize(page), want, `at ${scale}x`);
    assert.deepEqual(problems, []);
    if (context) await context.close();
    else await page.close();
  }
});

test('a finger drag scrolls the queue with the finger; a drag on a row or a button presses neither; a tap opens a row', async () => {
  const { page, problems } = await signedIn();
  assert.equal((await appState(page)).screen, 'queue');

  // The rows move up with the finger while it is held, 1:1, and the row the
  // drag began on is not opened.
  const rows = async () => (await queueRows(page)).sort((a, b) => a.y - b.y);
  const shown = await rows();
  assert.ok(shown.length >= 6, `queue rows in view: ${shown.map(describe)}`);
  const row = shown[shown.length - 2];
  const from = { x: page.viewportSize().width / 2, y: centre(row).y };
  const distance = 300;
  let held = null;
  await touchDrag(page, from, { x: from.x, y: from.y - distance }, 6, async () => {
    held = await byId(page, row.id);
  });
  assert.ok(held, 'the row the drag began on is still listed');
  const moved = row.y - held.y;
  assert.ok(moved >= distance * 0.75 && moved <= distance * 1.05 + 2,
            `the finger moved up ${distance} px, the row it began on ${moved} px (${row.y} -> ${held.y})`);
  await settle(page);
  assert.equal((await appState(page)).screen, 'queue', 'the row the drag began on was opened');

  // A tap (no movement) still opens a row.
  const target = (await rows())[1];
  assert.ok(target, 'a row in view after the drag');
  await tap(page, target.name, { window: target.window });
  await waitState(page, (s) => s.screen === 'case', 5000);
  await tap(page, '< Queue');
  await waitState(page, (s) => s.screen === 'queue', 5000);

  // 60 px along "New case", the finger on it all the way: a drag, not a tap.
  const button = await findWidget(page, 'New case');
  assert.ok(button.w >= 80, `New case is ${button.w} px wide`);
  const y = centre(button).y, mid = button.x + button.w / 2;
  await touchDrag(page, { x: mid - 30, y }, { x: mid + 30, y });
  assert.equal((await appState(page)).screen, 'queue', 'a 60 px drag that began on "New case" pressed it');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a finger drag scrolls the intake form and presses nothing; its last field is reachable upright and on a 1024x768 tablet', async () => {
  const { page, problems } = await signedIn();
  for (const size of [upright, { width: 1024, height: 768 }]) {
    const at = `${size.width}x${size.height}`;
    await page.setViewportSize(size);
    await eventually(page, (w) => document.getElementById('canvas').width === w, size.width * 2);
    await newCase(page);
    await screenshot(page, `tablet-intake-${at}-top`);
    const open = await findWidget(page, 'Open case');
    // On the labels' side of the form, clear of the severity slider (a drag
    // on a slider moves the slider).
    const from = { x: 80, y: open.y - 40 };

    // A drag that begins on a text field presses nothing: no keyboard, no
    // field taking text (the name field had the typing when the form opened).
    const contact = await findWidget(page, '##contact');
    const c = centre(contact);
    await touchDrag(page, c, { x: c.x, y: c.y + 80 });
    await settle(page);
    assert.equal(await keyboardRaised(page), false, `${at}: a drag that began on ##contact raised the keyboard`);
    assert.equal((await appState(page)).textInput, false,
                 `${at}: a drag that began on ##contact left a field taking text (the drag pressed it)`);

    // Where the form is longer than the screen, a drag up moves it up with
    // the finger, and one that begins on a suggested tag does not add it.
    const form = await page.evaluate(() => window.mend.widgets().filter((w) => w.window.includes('##intake-form')));
    if (form.some((w) => !whole(w))) {
      const chip = await page.evaluate(() => window.mend.widgets().find(
        (w) => w.name.endsWith('##suggest') && w.visible && w.vh >= w.h - 1) || null);
      assert.ok(chip, `${at}: a suggested tag in view`);
      const start = centre(chip);
      let held = null;
      await touchDrag(page, start, { x: start.x, y: start.y - 60 }, 6, async () => {
        held = await byId(page, chip.id);
      });
      await settle(page);
      assert.ok(held, `${at}: the suggested tag is still listed`);
      const moved = chip.y - held.y;
      assert.ok(moved > 5 && moved <= 62, `${at}: the finger moved up 60 px, the form ${moved} px`);
      const chosen = await page.evaluate(() => window.mend.widgets().filter((w) => w.name.endsWith('##tag')).map((w) => w.name));
      assert.deepEqual(chosen, [], `${at}: a drag that began on ${chip.name} added it`);
    }

    // The last field is reachable (dragged into view if need be) and a tap
    // on it raises the keyboard.
    await dragIntoView(page, '##wants', from, 200);
    const shown = await named(page, '##wants');
    assert.ok(whole(shown), `${at}: ##wants after dragging: ${shown ? describe(shown) : 'not in view'}`);
    assert.ok(whole(await named(page, 'Open case')), `${at}: Open case stays in view`);
    await tap(page, '##wants');
    assert.equal(await keyboardRaised(page), true, `${at}: a tap on ##wants raised the keyboard`);
    assert.equal((await appState(page)).textInput, true, `${at}: ##wants takes the typing`);
    await screenshot(page, `tablet-intake-${at}-end`);
    await tap(page, 'Cancel');  // nothing typed: back to the queue without asking
    await waitState(page, (s) => s.screen === 'queue', 5000);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('touch targets: queue rows, the status filter, menus and a dropdown are a finger tall; a dropdown scrolls by finger', async () => {
  const { page, problems } = await signedIn();
  const short = (items) => items.filter((w) => w.h < 44).map(describe);

  const rows = await queueRows(page);
  assert.ok(rows.length >= 6, `queue rows: ${rows.length}`);
  assert.deepEqual(short(rows), [], 'queue rows under 44 px');

  await tap(page, 'Status##status');
  let items = await inWindow(page, '##Combo_');
  assert.ok(items.length >= 3, `status choices: ${items.map(describe)}`);
  assert.deepEqual(short(items), [], 'status choices under 44 px');
  await tap(page, 'Open and closed', { window: '##Combo_' });  // the choice it had
  assert.equal((await inWindow(page, '##Combo_')).length, 0, 'a tapped choice closes the dropdown');

  await openMenu(page, 'Cases');
  items = await inWindow(page, '##Menu_');
  assert.ok(items.some((w) => w.label === 'New case') && items.some((w) => w.label === 'Case queue'),
            `the Cases menu: ${items.map(describe)}`);
  assert.deepEqual(short(items), [], 'menu items under 44 px');
  await screenshot(page, 'tablet-menu');
  await tap(page, 'New case', { window: '##Menu_' });
  await waitState(page, (s) => s.screen === 'new-case');
  await nextFrames(page, 1);

  // The kind of failure: ten kinds in the sample, more than a dropdown shows.
  await tap(page, 'Kind of failure##category');
  // (Items scrolled out of it are listed unnamed and not visible.)
  const all = await page.evaluate(() => window.mend.widgets().filter((w) => w.window.startsWith('##Combo_')));
  items = all.filter((w) => w.visible && w.label);
  assert.ok(items.length >= 4, `kinds shown: ${items.map(describe)}`);
  assert.deepEqual(short(items), [], 'dropdown items under 44 px');
  await screenshot(page, 'tablet-dropdown');
  if (all.some((w) => !whole(w))) {
    // It scrolls: a drag that begins on an item moves the list with the
    // finger and picks nothing (the dropdown stays open).
    const inView = items.filter(whole).sort((a, b) => a.y - b.y);
    const first = inView[0], last = inView[inView.length - 1];
    const distance = Math.min(80, last.y - first.y);
    const start = { x: last.x + last.w / 3, y: centre(last).y };
    let held = null;
    await touchDrag(page, start, { x: start.x, y: start.y - distance }, 6, async () => {
      held = await byId(page, first.id);
    });
    assert.ok(held, 'the first item is still listed');
    const moved = first.y - held.y;
    assert.ok(moved >= distance * 0.5 && moved <= distance + 2,
              `the finger moved up ${distance} px in the dropdown, its items ${moved} px`);
    await settle(page);
    assert.ok((await inWindow(page, '##Combo_')).length > 0, 'the drag picked an item and closed the dropdown');
  }
  const pick = (await inWindow(page, '##Combo_')).filter(whole)[0];
  await tap(page, pick.name, { window: '##Combo_' });
  assert.equal((await inWindow(page, '##Combo_')).length, 0, 'a tap picks an item and closes the dropdown');
  assert.deepEqual(problems, []);
  await page.close();
});

test('each field raises the keyboard that fits it: e-mail for a contact, capitals for a name, sentences for words, decimals for an amount', async () => {
  const { page, problems } = await signedIn();
  await newCase(page);
  await tap(page, '##contact');
  await expectKeyboard(page, '##contact', contactKeyboard);
  await tap(page, '##name');
  await expectKeyboard(page, '##name', nameKeyboard);
  const open = await findWidget(page, 'Open case');
  await dragIntoView(page, '##words', { x: 80, y: open.y - 40 }, 150);
  await tap(page, '##words');
  await expectKeyboard(page, '##words', wordsKeyboard);

  // An amount in the settings: the number pad with a decimal point.
  await openMenu(page, 'Business');
  await tap(page, 'Settings', { window: '##Menu_' });
  await waitState(page, (s) => s.screen === 'business');
  const money = await page.waitForFunction(() => window.mend?.widgets().find(
    (w) => w.name.startsWith('##tier-') && w.visible && w.vh >= w.h - 1) || null,
  null, { polling: 50, timeout: 5000 }).then((h) => h.jsonValue()).catch(() => null);
  assert.ok(money, 'a money field of the settings in view');
  await tap(page, money.name);
  await expectKeyboard(page, money.name, { raised: true, inputmode: 'decimal' });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the on-screen keyboard never covers the field being typed into', async () => {
  const { page, problems } = await signedIn();
  await newCase(page);
  const open = await findWidget(page, 'Open case');
  await dragIntoView(page, '##wants', { x: 80, y: open.y - 40 }, 120);
  await tap(page, '##wants');
  assert.equal(await keyboardRaised(page), true, 'a tap on ##wants raised the keyboard');
  const visible = upright.height - 420;
  const before = await named(page, '##wants');
  assert.ok(before.y + before.h > visible, `the keyboard would cover ##wants: ${describe(before)}`);

  // A 420 px keyboard comes up as a real one shows itself to a page.
  await page.evaluate((h) => {
    Object.defineProperty(window.visualViewport, 'height', { configurable: true, get: () => h });
    window.visualViewport.dispatchEvent(new Event('resize'));
  }, visible);
  await eventually(page, (h) => Math.round(document.getElementById('canvas').getBoundingClientRect().height) === h, visible);
  await nextFrames(page);
  await eventually(page, (h) => {
    const w = window.mend.widgets().find((x) => x.name === '##wants' && x.visible);
    return w && w.y >= 0 && w.y + w.h <= h + 1;
  }, visible);
  const canvas = await canvasSize(page);
  assert.equal(canvas.cssHeight, visible, `the canvas covers only what the keyboard leaves: ${JSON.stringify(canvas)}`);
  assert.equal(canvas.height, visible * 2, `the canvas keeps 2 device pixels a CSS pixel: ${JSON.stringify(canvas)}`);
  const after = await named(page, '##wants');
  assert.ok(after && after.vh > 0 && after.y >= 0 && after.y + after.h <= visible + 1,
            `##wants above a keyboard at ${visible}: ${after ? describe(after) : 'not in view'}`);
  assert.equal(await keyboardRaised(page), true, 'the keyboard stays up');
  assert.equal((await appState(page)).textInput, true, '##wants still takes the typing');
  await screenshot(page, 'tablet-intake-keyboard');

  // The keyboard goes down: the canvas is the whole screen again.
  await page.evaluate(() => {
    Object.defineProperty(window.visualViewport, 'height', { configurable: true, get: () => window.innerHeight });
    window.visualViewport.dispatchEvent(new Event('resize'));
  });
  await eventually(page, (h) => document.getElementById('canvas').height === h, upright.height * 2);
  assert.deepEqual(await canvasSize(page),
                   { cssWidth: upright.width, cssHeight: upright.height, width: upright.width * 2, height: upright.height * 2 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('turning the tablet keeps the intake form on screen and the canvas sharp', async () => {
  const { page, problems } = await signedIn();
  await newCase(page);
  await expectFits(page, upright, 'the intake form');
  await screenshot(page, 'tablet-intake-upright');
  const side = { width: 1180, height: 820 };
  await page.setViewportSize(side);
  await expectFits(page, side, 'the intake form turned');
  await screenshot(page, 'tablet-intake-landscape');
  await page.setViewportSize(upright);
  await expectFits(page, upright, 'the intake form turned back');
  assert.equal((await appState(page)).screen, 'new-case');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Text size under Help draws everything larger on this device, kept after a reload', async () => {
  // The sign-in screen: Help is the menu bar's one menu, never folded.
  const { page, problems } = await openTab();
  await waitState(page, (s) => s.signInNeeded);
  const help = () => findWidget(page, 'Help', { window: '##MainMenuBar' });
  const choose = async (size) => {
    await tap(page, 'Help', { window: '##MainMenuBar' });
    await tap(page, 'Text size', { window: '##Menu_' });
    await tap(page, size, { window: '##Menu_' });
  };
  const helpHeightNot = (h) => eventually(page, (was) => {
    const w = window.mend.widgets().find((x) => x.label === 'Help' && x.window.startsWith('##MainMenuBar'));
    return w && Math.abs(w.h - was) > 1;
  }, h);
  try {
    const h0 = (await help()).h;
    await choose('125%');
    await helpHeightNot(h0);
    const h1 = (await help()).h;
    assert.ok(Math.abs(h1 - h0 * 1.25) <= 1, `Help is ${h0} px tall at 100%, ${h1} px at 125%`);
    assert.equal(await page.evaluate(() => localStorage.getItem('mend.uiScale')), '1.25');
    await screenshot(page, 'tablet-signin-125');

    await page.reload();
    await waitForFrames(page, 3);
    await waitState(page, (s) => s.signInNeeded);
    const h2 = (await help()).h;
    assert.ok(Math.abs(h2 - h0 * 1.25) <= 1, `after a reload Help is ${h2} px tall (${h0} at 100%)`);

    await choose('100%');
    await helpHeightNot(h2);
    const h3 = (await help()).h;
    assert.ok(Math.abs(h3 - h0) <= 1, `back at 100% Help is ${h3} px tall (${h0} before)`);
    assert.equal(await page.evaluate(() => Number(localStorage.getItem('mend.uiScale') || 1)), 1);
  } finally {
    await page.evaluate(() => localStorage.removeItem('mend.uiScale')).catch(() => null);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('the kiosk on a tablet: finger-sized controls, the right keyboards, Send in view either way up, and at 125%', async () => {
  const { page, problems } = await signedIn();
  // Buttons and text fields: named items (a scrollbar or a child window is neither).
  const tooSmall = async () => (await widgets(page))
    .filter((w) => w.visible && (w.name || w.text) && (w.h < 48 || w.w < 48)).map(describe);
  try {
    await openMenu(page, 'Business');
    await tap(page, 'Start kiosk mode (customers tell us here)', { window: '##Menu_' });
    await waitState(page, (s) => s.screen === 'kiosk' && s.kiosk.stage === 'attract');
    await tap(page, 'Tell us here');
    await waitState(page, (s) => s.kiosk.stage === 'telling');
    await findWidget(page, '##kiosk-name');
    const drawn = (await widgets(page)).filter((w) => w.visible && (w.name || w.text));
    assert.ok(drawn.length >= 8 && drawn.some((w) => w.name === '##kiosk-name'), `the form: ${drawn.map(describe)}`);
    assert.deepEqual(await tooSmall(), [], 'kiosk controls under 48 px');
    const send = await findWidget(page, 'Send');
    assert.ok(whole(send), `Send upright: ${describe(send)}`);

    await tap(page, '##kiosk-contact');
    await expectKeyboard(page, '##kiosk-contact', contactKeyboard);
    await tap(page, '##kiosk-name');
    await expectKeyboard(page, '##kiosk-name', nameKeyboard);

    // On its side and back: Send always in view.
    const side = { width: 1180, height: 820 };
    await page.setViewportSize(side);
    await expectFits(page, side, 'the kiosk turned');
    const sideways = await findWidget(page, 'Send');
    assert.ok(whole(sideways) && sideways.y + sideways.h <= side.height,
              `Send on its side: ${describe(sideways)}`);
    await screenshot(page, 'tablet-kiosk-landscape');
    await page.setViewportSize(upright);
    await expectFits(page, upright, 'the kiosk turned back');
    const back = await findWidget(page, 'Send');
    assert.ok(whole(back) && back.y + back.h <= upright.height, `Send upright again: ${describe(back)}`);

    // At 125% (this device's choice, kept in its storage; a kiosk has no
    // menu, so the choice is made there and the kiosk reloaded).
    await page.evaluate(() => localStorage.setItem('mend.uiScale', '1.25'));
    await page.reload();
    await waitForFrames(page, 3);
    let st = await waitState(page, (s) => s.screen === 'kiosk' && !s.opening);
    if (st.kiosk.stage === 'attract') await tap(page, 'Tell us here');
    st = await waitState(page, (s) => s.kiosk.stage === 'telling');
    await findWidget(page, '##kiosk-name');
    const larger = await findWidget(page, 'Send');
    assert.ok(Math.abs(larger.h - send.h * 1.25) <= 1, `Send is ${send.h} px tall at 100%, ${larger.h} px at 125%`);
    assert.ok(whole(larger), `Send at 125%: ${describe(larger)}`);
    assert.deepEqual(await tooSmall(), [], 'kiosk controls under 48 px at 125%');
    await screenshot(page, 'tablet-kiosk-125');
  } finally {
    await page.evaluate(() => localStorage.removeItem('mend.uiScale')).catch(() => null);
  }
  assert.deepEqual(problems, []);
  await page.close();
});
