// The owner's dashboard as a person uses it: the sample business's owner
// opens it from the menu, sees every chart, taps a bar to list its cases,
// changes the dates and sees the numbers follow, opens a listed case; on a
// tablet too; a member of staff whose role does not manage has no way in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames, waitState, appState,
  shotDir,
} from './browser.mjs';

const tablet = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true };
let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const widgets = (page) => page.evaluate(() => window.mend.widgets().filter((w) => w.visible));

// The sample business, signed in as `name` with `pin` by pressing the keypad.
async function sampleAs(page, name, pin, press = click) {
  await waitState(page, (st) => st.screen && !st.opening && st.firstRun);
  await press(page, 'Try Mend with a sample business');
  await waitState(page, (st) => st.signInNeeded && st.unsaved === 0);
  await press(page, name);
  for (const digit of pin) await press(page, digit);
  await press(page, 'Sign in');
  await waitState(page, (st) => st.signedIn);
}

test('the owner reads the dashboard, taps a bar, changes the dates, opens a case', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await sampleAs(page, 'Maya Harbour', '1234');
  await click(page, 'Dashboard');
  let s = await waitState(page, (st) => st.screen === 'dashboard' && st.dashboard);
  await click(page, 'Last 90 days');
  s = await waitState(page, (st) => st.dashboard && st.dashboard.range === 2);
  assert.ok(s.dashboard.cases > 0, 'the sample has cases in the last 90 days');
  await nextFrames(page);
  // Every chart is drawn: the Pareto bars are items, one per kind shown.
  let all = await widgets(page);
  const bars = all.filter((w) => w.name.includes('##pareto-kinds-'));
  assert.equal(bars.length, Math.min(10, s.dashboard.kinds.length));
  assert.equal(bars[0].label, s.dashboard.kinds[0].label, 'the tallest bar first');
  assert.ok(all.some((w) => w.name.includes('##pareto-causes-')), 'root causes are charted');
  await screenshot(page, 'dashboard');
  // The lower half: make-goods, outcomes, revenue kept and its assumptions.
  await page.mouse.move(640, 500);
  await page.mouse.wheel(0, 3000);
  await nextFrames(page, 6);
  await screenshot(page, 'dashboard-lower');
  await page.mouse.wheel(0, -3000);
  await nextFrames(page, 6);

  // The smallest bar lists exactly its cases.
  const last = bars.length - 1;
  const count = s.dashboard.kinds[last].count;
  await click(page, bars[last].name);
  await nextFrames(page);
  all = await widgets(page);
  const listed = all.filter((w) => w.name.includes('##dash-case-'));
  assert.equal(listed.length, Math.min(count, 10), `the bar counts ${count}`);
  await screenshot(page, 'dashboard-bar-tapped');

  // Other dates, other numbers: everything from 2000 on holds every case.
  const field = await findWidget(page, '##dashboard-from');
  // Each step waits for frames: under load the app may not yet have the field
  // active, or the typed text, when the next event lands.
  await page.mouse.click(field.x + 10, field.y + field.h / 2);
  await nextFrames(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2000-01-01');
  await nextFrames(page);
  await click(page, 'Show these dates');
  s = await waitState(page, (st) => st.dashboard && st.dashboard.range === 3);
  assert.equal(s.dashboard.cases, s.cases, 'every case of the book');
  // A date that is not one is refused with the reason, nothing else changes.
  await page.mouse.click(field.x + 10, field.y + field.h / 2);
  await nextFrames(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('yesterday');
  await nextFrames(page);
  await click(page, 'Show these dates');
  await nextFrames(page);
  assert.equal((await appState(page)).dashboard.from, s.dashboard.from);

  // A listed case opens on one click.
  const first = (await widgets(page)).filter((w) => w.name.includes('##dash-case-'));
  if (first.length === 0) {
    const bar = (await widgets(page)).find((w) => w.name.includes('##pareto-kinds-0'));
    await click(page, bar.name);
    await nextFrames(page);
  }
  const row = (await widgets(page)).find((w) => w.name.includes('##dash-case-'));
  await click(page, row.name);
  s = await waitState(page, (st) => st.screen === 'case');
  assert.ok(row.name.endsWith(s.case.id), 'the case listed is the case opened');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a tablet the dashboard reads and taps by touch', async () => {
  const { context, page, problems } = await openApp(browser, server.url, tablet);
  await sampleAs(page, 'Maya Harbour', '1234', tap);
  await tap(page, 'Dashboard');
  await waitState(page, (st) => st.screen === 'dashboard' && st.dashboard);
  await tap(page, 'Last 90 days');
  await waitState(page, (st) => st.dashboard && st.dashboard.range === 2);
  await nextFrames(page);
  const bar = (await widgets(page)).find((w) => w.name.includes('##pareto-kinds-0'));
  assert.ok(bar.h >= 44, `a bar is a big enough target (${bar.h} px)`);
  await screenshot(page, 'dashboard-tablet');
  assert.deepEqual(problems, []);
  await context.close();
});

test('staff whose role does not manage have no dashboard', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await sampleAs(page, 'Ana Ruiz', '1111');
  await nextFrames(page);
  const labels = (await widgets(page)).map((w) => w.label);
  assert.ok(!labels.includes('Dashboard'), 'no menu entry');
  assert.ok(labels.includes('Business'), 'the read-only business screens stay');
  assert.deepEqual(problems, []);
  await context.close();
});

// A PNG's size, from its IHDR chunk (bytes 16..23, big-endian).
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('"Save as image" downloads the whole dashboard as a PNG, on a desk and a tablet', async () => {
  for (const [options, press, dpr] of [[{ viewport: { width: 1280, height: 800 } }, click, 1],
                                       [tablet, tap, 2]]) {
    const { context, page, problems } = await openApp(browser, server.url, options);
    await sampleAs(page, 'Maya Harbour', '1234', press);
    await press(page, 'Dashboard');
    await waitState(page, (st) => st.screen === 'dashboard' && st.dashboard && st.dashboard.cases > 0);
    await nextFrames(page);
    const [file] = await Promise.all([page.waitForEvent('download'), press(page, 'Save as image')]);
    assert.match(file.suggestedFilename(), /^mend-dashboard-\d{4}-\d\d-\d\d\.png$/);
    const saved = path.join(shotDir, `dashboard-image-${dpr}x.png`);
    await file.saveAs(saved);
    const size = pngSize(fs.readFileSync(saved));
    const viewport = options.viewport;
    // The page's width at its sharpness, and taller than the window: all of it.
    assert.equal(size.width, viewport.width * dpr);
    assert.ok(size.height > viewport.height * dpr, `the image (${size.height} px) shows more than the window`);
    const st = await waitState(page, (s) => s.notice !== '');
    assert.match(st.notice, /saved as an image/);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
