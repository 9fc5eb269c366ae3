// How a big book weighs on each frame: the main thread's time per drawn frame
// (input, the views, drawing, the frame's requests applied: the app's own
// clock, Module._mend_bench_frame_ms) while a person scrolls the queue, types
// a search, and moves over a case screen and the dashboard, at 100,000 cases
// against the same at 100 in the same run. The gaps between animation frames
// go to the details: headless Chromium draws with SwiftShader in 16.7 ms
// steps, so they say less than the app's own time. Also how long one search
// key (until the list is complete: a long queue's search goes on over a few
// frames) and one sort change take at each size.
//   node tests/bench/frames.mjs [SMALL BIG]     (default: 100 100000)
// Needs `make web`. Writes build/bench/frames.json.
import { startServer, launch, nextFrames, findWidget, centre, click } from '../e2e/browser.mjs';
import { signInIfAsked } from '../e2e/desk.mjs';
import { figure, writeFigures, percentile, runs, serverArgs, bookOpened, seedBook } from './lib.mjs';

const [small, big] = process.argv.length > 3 ? process.argv.slice(2, 4).map(Number) : [100, 100000];
const state = (page) => page.evaluate(() => window.mend.state());
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The app's frame times and the animation-frame gaps while `during` runs.
async function frameTimes(page, during) {
  const first = await page.evaluate(() => {
    window.benchGaps = [];
    let last = performance.now();
    window.benchRun = true;
    const frame = (t) => {
      window.benchGaps.push(t - last);
      last = t;
      if (window.benchRun) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return window.Module._mend_bench_frame_count();
  });
  await during();
  return page.evaluate((first) => {
    window.benchRun = false;
    const drawn = Math.min(window.Module._mend_bench_frame_count() - first, 512);
    const work = [];
    for (let i = 0; i < drawn; ++i) work.push(window.Module._mend_bench_frame_ms(i));
    return { work, gaps: window.benchGaps.slice(1) };
  }, first);
}

// Wheel steps over the table, down for a while and back up.
async function scroll(page, ms) {
  const at = centre(await findWidget(page, 'Customer'));
  await page.mouse.move(at.x, at.y + 200);
  const until = Date.now() + ms;
  for (let step = 0; Date.now() < until; ++step) {
    await page.mouse.wheel(0, step % 80 < 40 ? 240 : -240);
    await pause(16);
  }
}

// A name typed into the queue's search a key at a time, then taken back.
async function typeSearch(page, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await page.keyboard.type('anna', { delay: 60 });
    for (let i = 0; i < 4; ++i) await page.keyboard.press('Backspace', { delay: 30 });
  }
  await page.waitForFunction(() => window.mend.state().queue.search === '', null, { polling: 'raf' });
}

// The pointer moving in circles over the screen: every frame is drawn.
async function hover(page, ms) {
  const until = Date.now() + ms;
  for (let t = 0; Date.now() < until; t += 0.15) {
    await page.mouse.move(640 + 400 * Math.cos(t), 420 + 250 * Math.sin(t));
    await pause(16);
  }
}

// From an input to the first frame whose state says it took effect.
async function timed(page, act, done, arg = null) {
  const started = Date.now();
  await act();
  await page.waitForFunction(done, arg, { polling: 'raf', timeout: 60000 });
  return { ms: Date.now() - started, rebuildMs: (await state(page)).queue.lastBuildMs };
}

async function openBook(browser, server, cases, who) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}?db=bench-frames-${cases}`);
  await bookOpened(page);
  if (await seedBook(page, cases)) {
    await page.reload();
    await bookOpened(page);
  }
  await signInIfAsked(page, who);
  await nextFrames(page, 10);
  return { context, page };
}

// Every activity's runs at one size: { activity: [{work, gaps}] }, plus the
// search and sort latencies.
async function measure(browser, server, cases) {
  const out = { scroll: [], type: [], case: [], dashboard: [], search: [], sort: [] };
  const desk = await openBook(browser, server, cases, { name: 'Maya Harbour', pin: '1234' });
  const page = desk.page;
  for (let i = 0; i < runs; ++i) out.scroll.push(await frameTimes(page, () => scroll(page, 3000)));
  await click(page, 'Search##queue');
  await nextFrames(page);
  for (let i = 0; i < runs; ++i) out.type.push(await frameTimes(page, () => typeSearch(page, 3000)));
  for (let i = 0; i < runs; ++i) {
    out.search.push(await timed(page, () => page.keyboard.type('a'),
      () => { const q = window.mend.state().queue; return q.search === 'a' && !q.searching; }));
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => window.mend.state().queue.search === '', null, { polling: 'raf' });
  }
  await page.keyboard.press('Escape');
  for (let i = 0; i < runs; ++i) {
    const header = i % 2 ? 'Clock' : 'Customer';
    const at = centre(await findWidget(page, header));
    await page.mouse.move(at.x, at.y);
    await nextFrames(page, 2);
    out.sort.push(await timed(page, async () => { await page.mouse.down(); await page.mouse.up(); },
      (h) => window.mend.state().queue.preference.startsWith(`sort=${h.toLowerCase()}`), header));
  }
  // The first case of the queue, then the dashboard.
  // (The widget list is the last frame's: read it once the sort has been drawn.)
  await nextFrames(page, 5);
  const first = await page.evaluate(() =>
    window.mend.widgets().find((w) => w.visible && /^M-[A-Z0-9]+$/.test(w.label)).label);
  await click(page, first);
  await nextFrames(page, 10);
  for (let i = 0; i < runs; ++i) out.case.push(await frameTimes(page, () => hover(page, 3000)));
  await click(page, 'Dashboard');
  await nextFrames(page, 10);
  for (let i = 0; i < runs; ++i) out.dashboard.push(await frameTimes(page, () => hover(page, 3000)));
  await desk.context.close();
  return out;
}

const server = await startServer(serverArgs);
const browser = await launch();
let at = {};
try {
  at = { small: await measure(browser, server, small), big: await measure(browser, server, big) };
} finally {
  await browser.close();
  server.stop();
}
const figures = [];
const activities = [
  ['scroll', 'scrolling the queue'], ['type', 'typing a search in the queue'],
  ['case', 'the case screen'], ['dashboard', 'the dashboard'],
];
for (const [key, words] of activities) {
  for (const p of [0.5, 0.95]) {
    const per = (runsAt) => runsAt.map((r) => percentile(r.work, p));
    const gaps = (runsAt) => runsAt.map((r) => percentile(r.gaps, p).toFixed(1)).join(', ');
    figures.push(figure({
      name: `frame time p${p * 100} of ${words}, ${big.toLocaleString('en')} cases`, unit: 'ms',
      mend: per(at.big[key]), baseline: per(at.small[key]),
      goal: p === 0.95 ? 1.25 : null,
      limit: p === 0.95 ? { value: 16.7, text: '16.7 ms' } : null,
      note: `baseline: the same at ${small} cases; main-thread time per drawn frame; ` +
        `animation-frame gaps p${p * 100} ${gaps(at.big[key])} ms vs ${gaps(at.small[key])} ms`,
    }));
  }
}
const latency = (size) => ({
  searchMs: at[size].search.map((r) => r.ms), searchRebuildMs: at[size].search.map((r) => r.rebuildMs),
  sortMs: at[size].sort.map((r) => r.ms), sortRebuildMs: at[size].sort.map((r) => r.rebuildMs),
});
writeFigures('frames', figures, { [small]: latency('small'), [big]: latency('big') });
