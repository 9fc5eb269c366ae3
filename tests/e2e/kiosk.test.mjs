// Kiosk mode, as a business would use it: an owner turns a tab into a kiosk,
// the bridge then shows nothing of the book, a customer is refused without a
// kind of failure, then files a case that a desk in another tab of the same
// browser sees in its queue; Done wipes the kiosk for the next person. The
// ways out a customer could try (reload, back, keys, a wrong PIN) keep the
// kiosk; the owner's PIN on the hidden corner's pad leaves it. At a desk the
// "Still there?" prompt counts down after the idle wait, a touch keeps the
// form, and at its end the kiosk is wiped (Playwright's clock moves the wall
// clock the app reads, so nobody waits a minute). Desktop with the mouse,
// then a touch tablet, upright and on its side.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames, waitState, appState,
  watchPage, waitForFrames, pixelsIn,
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

const desktop = { name: 'desktop', options: { viewport: { width: 1280, height: 800 } }, press: click };
const tablet = {
  name: 'tablet', press: tap, touch: true,
  options: { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
};
const landscape = {
  name: 'tablet-landscape', press: tap, touch: true,
  options: { viewport: { width: 1180, height: 820 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
};

// All the bridge may say in kiosk mode: where the kiosk stands and whether the
// passcode lock is on, nothing of the book.
const kioskKeys = ['kiosk', 'language', 'lock', 'missingTranslations', 'opening', 'screen', 'signedIn', 'textInput',
  'unsaved'];
const kioskStageKeys = ['countdownMs', 'exit', 'reference', 'refused', 'stage', 'visitor'];

function assertNothingOfTheBook(st) {
  assert.deepEqual(Object.keys(st).sort(), kioskKeys, `the kiosk's bridge says ${JSON.stringify(st)}`);
  assert.deepEqual(Object.keys(st.kiosk).sort(), kioskStageKeys);
  assert.equal(st.screen, 'kiosk');
  assert.equal(st.signedIn, false, 'nobody stays signed in at a kiosk');
}

async function signIn(page, name, pin, press) {
  await waitState(page, (st) => st.signInNeeded);
  await press(page, name);
  for (const digit of pin) await press(page, digit);
  await press(page, 'Sign in');
  await waitState(page, (st) => st.signedIn);
}

// A fresh context on the sample business, signed in as Maya, turned into a kiosk.
async function openKiosk(device) {
  const { context, page, problems } = await openApp(browser, server.url, device.options);
  const press = device.press;
  await waitState(page, (st) => st.screen && !st.opening && st.firstRun);
  await press(page, 'Try Mend with a sample business');
  await waitState(page, (st) => st.signInNeeded && st.unsaved === 0);
  await signIn(page, 'Maya Harbour', '1234', press);
  if (device.touch && device.options.viewport.width < 1000) await press(page, 'Menu');
  await press(page, 'Business');
  await press(page, 'Start kiosk mode (customers tell us here)', { window: '##Menu' });
  const st = await waitState(page, (s) => s.screen === 'kiosk' && s.kiosk.stage === 'attract');
  await nextFrames(page);
  return { context, page, problems, press, st };
}

// Holds the hidden top-left corner until the staff's PIN pad opens.
async function openExitPad(page) {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.waitForTimeout(3500);
  await page.mouse.up();
  await nextFrames(page);
  await findWidget(page, 'Leave kiosk mode');
}

// Scrolls the kiosk's form until the widget is wholly in view: on a tablet on
// its side the words field is below the fold, above the footer.
async function reveal(page, name) {
  for (let i = 0; i < 30; i++) {
    const w = await page.evaluate((n) => window.mend.widgets().find((x) => x.name === n) || null, name);
    if (w && w.visible && w.vh >= w.h - 1) return;
    await page.mouse.move(page.viewportSize().width / 2, page.viewportSize().height / 2);
    await page.mouse.wheel(0, 120);
    await nextFrames(page);
  }
}

// The ink inside a field, its frame left out: how much text it shows.
async function fieldInk(page, name) {
  const w = await findWidget(page, name);
  return (await pixelsIn(page, { x: w.x + 6, y: w.y + 6, w: w.w - 12, h: w.h - 12 })).ink;
}

async function enterPin(page, pin, press) {
  for (const digit of pin) await press(page, digit);
  await press(page, 'Leave kiosk mode');
}

async function runFiling(device) {
  const { context, page, problems, press, st: first } = await openKiosk(device);
  assertNothingOfTheBook(first);
  const shots = `kiosk-${device.name}`;
  await screenshot(page, `${shots}-attract`);

  // A desk in another tab of the same browser: same book, not a kiosk.
  const desk = await context.newPage();
  watchPage(desk, problems, server.url);
  await desk.goto(server.url);
  await waitForFrames(desk, 3);
  await waitState(desk, (st) => st.screen && st.screen !== 'kiosk' && !st.opening);
  await signIn(desk, 'Maya Harbour', '1234', press);
  const before = (await appState(desk)).queue.shownRows.map((r) => r.reference);

  await press(page, 'Tell us here');
  let st = await waitState(page, (s) => s.kiosk.stage === 'telling');
  assertNothingOfTheBook(st);
  await nextFrames(page);
  await screenshot(page, `${shots}-form`);

  // Send without a kind of failure: refused, said beside the button.
  await press(page, 'Send');
  st = await waitState(page, (s) => s.kiosk.refused !== 0);
  assert.equal(st.kiosk.stage, 'telling');
  await findWidget(page, 'Please choose what went wrong first.');
  await screenshot(page, `${shots}-refused`);

  await press(page, 'Wrong order');
  await press(page, '##kiosk-name');
  await page.keyboard.type('Zoë Núñez', { delay: 10 });
  await press(page, '##kiosk-contact');
  await page.keyboard.type('zoe@example.org', { delay: 5 });
  await reveal(page, '##kiosk-words');
  await press(page, '##kiosk-words');
  await page.keyboard.type('The soup was cold and nobody came back.', { delay: 5 });
  await nextFrames(page);
  await screenshot(page, `${shots}-filled`);
  await press(page, 'Send');
  st = await waitState(page, (s) => s.kiosk.stage === 'thanks');
  assertNothingOfTheBook(st);
  const reference = st.kiosk.reference;
  assert.match(reference, /^M-[A-Z0-9]{4}$/);
  assert.equal(st.kiosk.refused, 0);
  await findWidget(page, 'Done');
  await nextFrames(page);
  await screenshot(page, `${shots}-thanks`);

  // The desk sees the kiosk's case within a few seconds.
  assert.ok(!before.includes(reference));
  const deskState = await waitState(desk, (s) => s.queue.shownRows.some((r) => r.reference === reference), 5000);
  const row = deskState.queue.shownRows.find((r) => r.reference === reference);
  assert.equal(row.customer, 'Zoë Núñez');
  assert.equal(deskState.screen, 'queue');
  assert.equal(deskState.signedIn, true);

  // Done: the next person finds the attract screen.
  await press(page, 'Done');
  st = await waitState(page, (s) => s.kiosk.stage === 'attract');
  assertNothingOfTheBook(st);
  assert.equal(st.kiosk.visitor, first.kiosk.visitor + 1);
  assert.equal(st.kiosk.reference, '');
  await findWidget(page, 'Tell us here');

  assert.deepEqual(problems, []);
  await context.close();
}

async function runWaysOut(device) {
  const { context, page, problems, press } = await openKiosk(device);
  const shots = `kiosk-${device.name}`;

  // A reload comes back to the kiosk, still nobody signed in.
  await page.reload();
  await waitForFrames(page, 3);
  let st = await waitState(page, (s) => s.screen === 'kiosk' && !s.opening);
  assertNothingOfTheBook(st);

  // Back stays in the kiosk.
  await page.goBack().catch(() => null);
  await waitForFrames(page, 3);
  await nextFrames(page);
  st = await waitState(page, (s) => s.screen === 'kiosk' && !s.opening);
  assertNothingOfTheBook(st);

  // Keys the desk knows do nothing here, on the attract screen or in the form.
  for (const key of ['n', 'Escape', 'Control+k', 'Alt+ArrowLeft']) await page.keyboard.press(key);
  await nextFrames(page);
  st = await appState(page);
  assertNothingOfTheBook(st);
  assert.equal(st.kiosk.stage, 'attract');
  await press(page, 'Tell us here');
  await waitState(page, (s) => s.kiosk.stage === 'telling');
  await page.keyboard.press('Escape');
  await nextFrames(page);
  st = await appState(page);
  assertNothingOfTheBook(st);
  assert.equal(st.kiosk.stage, 'telling');
  await press(page, 'Start again');
  const wiped = await waitState(page, (s) => s.kiosk.stage === 'attract');

  // The hidden corner opens the staff's pad; Cancel goes back to the kiosk.
  await openExitPad(page);
  await screenshot(page, `${shots}-pin-pad`);
  await press(page, 'Cancel');
  await findWidget(page, 'Tell us here');
  assertNothingOfTheBook(await appState(page));

  // A wrong PIN keeps the kiosk and says so.
  await openExitPad(page);
  await enterPin(page, '0000', press);
  st = await waitState(page, (s) => s.kiosk.exit === 1);
  assertNothingOfTheBook(st);
  await nextFrames(page);
  await screenshot(page, `${shots}-pin-wrong`);

  // Maya's PIN (a slip mended with Delete) leaves: her queue, signed in.
  for (const key of ['1', '2', '5', 'Delete', '3', '4']) await press(page, key);
  await press(page, 'Leave kiosk mode');
  st = await waitState(page, (s) => s.screen === 'queue');
  assert.equal(st.signedIn, true);
  assert.equal(st.staffId, 'maya');
  assert.ok(st.queue, 'the desk sees its queue again');
  assert.ok(wiped.kiosk.visitor >= 1);

  // And a reload now stays out of kiosk mode.
  await page.reload();
  await waitForFrames(page, 3);
  st = await waitState(page, (s) => s.screen && !s.opening);
  assert.notEqual(st.screen, 'kiosk');

  assert.deepEqual(problems, []);
  await context.close();
}

test('kiosk at a desk: files a case the desk sees, and wipes for the next person', async () => {
  await runFiling(desktop);
});

test('kiosk at a desk: reload, back, keys and a wrong PIN stay; the right PIN leaves', async () => {
  await runWaysOut(desktop);
});

test('kiosk at a desk: "Still there?" counts down, a touch keeps the form, then it wipes', async () => {
  const { context, page, problems, press, st: first } = await openKiosk(desktop);
  const field = '##kiosk-name';
  // Playwright's clock fixes the wall clock the app reads (timers and frames
  // keep running), so the idle minute passes at once.
  const at = async (ms) => {
    await page.clock.setFixedTime(ms);
    await nextFrames(page, 4);
  };
  let now = await page.evaluate(() => Date.now());
  await at(now);
  await press(page, 'Tell us here');
  await waitState(page, (s) => s.kiosk.stage === 'telling');
  const blank = await fieldInk(page, field);
  await press(page, field);
  await page.keyboard.type('Zoë Núñez', { delay: 10 });
  await page.keyboard.press('Tab');
  await nextFrames(page);
  const typed = await fieldInk(page, field);
  assert.ok(typed > blank + 0.005, `the name shows: ${blank} then ${typed}`);

  // Nothing at 59 s; the prompt after 60 s.
  await at(now + 59000);
  assert.equal((await appState(page)).kiosk.countdownMs, 0);
  await at(now + 61000);
  let st = await waitState(page, (s) => s.kiosk.countdownMs > 0);
  assert.ok(st.kiosk.countdownMs <= 10000, `countdown ${st.kiosk.countdownMs}`);
  assertNothingOfTheBook(st);
  await findWidget(page, 'Touch to continue');
  await screenshot(page, 'kiosk-desktop-still-there');

  // A touch keeps the customer's form as it was.
  await press(page, 'Touch to continue');
  st = await waitState(page, (s) => s.kiosk.countdownMs === 0);
  assert.equal(st.kiosk.stage, 'telling');
  assert.equal(st.kiosk.visitor, first.kiosk.visitor);
  const kept = await fieldInk(page, field);
  assert.ok(Math.abs(kept - typed) < 0.005, `the name was kept: ${typed} then ${kept}`);

  // Untouched again: the prompt, then at its end the kiosk is wiped.
  now += 61000;
  await at(now + 61000);
  await waitState(page, (s) => s.kiosk.countdownMs > 0);
  await at(now + 66000);
  st = await appState(page);
  assert.equal(st.kiosk.stage, 'telling');
  assert.ok(st.kiosk.countdownMs > 0 && st.kiosk.countdownMs <= 5000, `countdown ${st.kiosk.countdownMs}`);
  await at(now + 72000);
  st = await waitState(page, (s) => s.kiosk.stage === 'attract');
  assertNothingOfTheBook(st);
  assert.equal(st.kiosk.visitor, first.kiosk.visitor + 1);
  assert.equal(st.kiosk.countdownMs, 0);

  // The next person's form is empty.
  await press(page, 'Tell us here');
  await waitState(page, (s) => s.kiosk.stage === 'telling');
  await nextFrames(page);
  await screenshot(page, 'kiosk-desktop-after-wipe');
  const empty = await fieldInk(page, field);
  assert.ok(Math.abs(empty - blank) < 0.003, `the name is gone: ${blank}, ${typed} then ${empty}`);

  // A thanks screen goes back to the attract screen by itself after 20 s.
  await press(page, 'Long wait');
  await press(page, 'Send');
  st = await waitState(page, (s) => s.kiosk.stage === 'thanks');
  now += 72000;
  await at(now + 19000);
  assert.equal((await appState(page)).kiosk.stage, 'thanks');
  await at(now + 21000);
  st = await waitState(page, (s) => s.kiosk.stage === 'attract');
  assert.equal(st.kiosk.visitor, first.kiosk.visitor + 2);

  assert.deepEqual(problems, []);
  await context.close();
});

test('kiosk on a touch tablet, upright: files a case the desk sees', async () => {
  await runFiling(tablet);
});

test('kiosk on a touch tablet, upright: the ways out stay, the right PIN leaves', async () => {
  await runWaysOut(tablet);
});

test('kiosk on a touch tablet on its side: files a case the desk sees', async () => {
  await runFiling(landscape);
});
