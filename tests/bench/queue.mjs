// How smooth the queue is at 100,000 cases against the same at 100, in one
// run: the p95 time between animation frames while the queue scrolls (mouse
// wheel over the table), and how long a search and a sort change take at the
// larger size (the app's own rebuild of the row order, and from the input to
// the frame that shows it). Also what the rows' search keys and the order
// cost in memory.
//   node tests/bench/queue.mjs [CASES ...]     (default: 100 100000)
// Needs `make web`. Writes build/bench/queue.json.
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launch, waitForFrames, nextFrames, findWidget, centre, root } from '../e2e/browser.mjs';
import { signInIfAsked } from '../e2e/desk.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(100, 100000);
const work = path.join(root, 'build', 'bench');
fs.mkdirSync(work, { recursive: true });
const seed = 1;
const state = (page) => page.evaluate(() => window.mend.state());

// Gaps between animation frames while `during` runs, in ms.
async function frameGaps(page, during) {
  await page.evaluate(() => {
    window.benchGaps = [];
    let last = performance.now();
    window.benchRun = true;
    const frame = (t) => {
      window.benchGaps.push(t - last);
      last = t;
      if (window.benchRun) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await during();
  return page.evaluate(() => { window.benchRun = false; return window.benchGaps.slice(1); });
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

// Wheel steps over the table: down for a while, back up, for `ms`.
async function scroll(page, ms) {
  const table = await findWidget(page, 'Customer');
  const at = centre(table);
  await page.mouse.move(at.x, at.y + 200);
  const until = Date.now() + ms;
  let step = 0;
  while (Date.now() < until) {
    await page.mouse.wheel(0, step % 80 < 40 ? 240 : -240);
    step += 1;
    await page.waitForTimeout(16);
  }
}

// A column header clicked as a mouse does: hovered for a frame first (ImGui
// takes a press on a header only once it was hovered the frame before).
async function clickHeader(page, label) {
  const at = centre(await findWidget(page, label));
  await page.mouse.move(at.x, at.y);
  await nextFrames(page, 2);
  await page.mouse.down();
  await page.mouse.up();
}

// From an input to the first frame whose state says it took effect.
async function timed(page, act, done) {
  const started = Date.now();
  await act();
  await page.waitForFunction(done, null, { polling: 'raf', timeout: 60000 });
  const ms = Date.now() - started;
  return { ms, rebuildMs: (await state(page)).queue.lastBuildMs };
}

async function measure(browser, server, cases) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const db = `bench-queue-${cases}`;
  const page = await context.newPage();
  await page.goto(`${server.url}?db=${db}`);
  await waitForFrames(page, 3);
  await page.waitForFunction(() => window.mend.state().opening === false, null, { timeout: 600000 });
  if ((await state(page)).cases !== cases) {
    await page.evaluate(([n, s]) => window.Module._mend_bench_seed(n, s, 5000), [cases, seed]);
    await page.waitForFunction(() => window.Module._mend_bench_seed_pending() === 0, null,
      { timeout: 900000, polling: 200 });
    await page.reload();
    await waitForFrames(page, 3);
    await page.waitForFunction(() => window.mend.state().opening === false, null,
      { timeout: 600000, polling: 100 });
  }
  await signInIfAsked(page);
  await nextFrames(page, 10);
  const before = await state(page);
  const gaps = await frameGaps(page, () => scroll(page, 5000));
  const result = {
    cases: before.cases, rows: before.queue.rows, shown: before.queue.shown,
    frames: gaps.length, p50Ms: percentile(gaps, 0.5), p95Ms: percentile(gaps, 0.95),
    searchKeyBytes: before.queue.searchKeyBytes, orderBytes: before.queue.orderBytes,
    heapInUse: await page.evaluate(() => window.Module._mend_heap_in_use()),
  };
  // A search typed into the field (one key: the rebuild runs per key press).
  const field = await findWidget(page, 'Search##queue');
  const c = centre(field);
  await page.mouse.click(c.x, c.y);
  await nextFrames(page);
  result.search = await timed(page, () => page.keyboard.type('a'),
    () => window.mend.state().queue.search === 'a');
  result.searchMore = await timed(page, () => page.keyboard.type('n'),
    () => window.mend.state().queue.search === 'an');
  for (let i = 0; i < 2; ++i) await page.keyboard.press('Backspace');
  await page.waitForFunction(() => window.mend.state().queue.search === '', null, { polling: 'raf' });
  // A sort change: the Customer header clicked.
  const header = centre(await findWidget(page, 'Customer'));
  await page.mouse.move(header.x, header.y);
  await nextFrames(page, 2);
  result.sort = await timed(page, async () => {
    await page.mouse.down();
    await page.mouse.up();
  }, () => window.mend.state().queue.preference.startsWith('sort=customer'));
  // Back to the urgency order for the next run.
  await clickHeader(page, 'Clock');
  await page.waitForFunction(() => window.mend.state().queue.preference.startsWith('sort=clock'),
    null, { polling: 50 });
  await context.close();
  return result;
}

const server = await startServer();
const browser = await launch();
const results = [];
try {
  for (const n of sizes) {
    const r = await measure(browser, server, n);
    results.push(r);
    console.log(`${n} cases: scrolling p50 ${r.p50Ms.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms ` +
      `over ${r.frames} frames; search ${r.search.ms} ms (rebuild ${r.search.rebuildMs.toFixed(1)} ms), ` +
      `next key ${r.searchMore.ms} ms (rebuild ${r.searchMore.rebuildMs.toFixed(1)} ms), ` +
      `sort ${r.sort.ms} ms (rebuild ${r.sort.rebuildMs.toFixed(1)} ms); search keys ` +
      `${(r.searchKeyBytes / 1e6).toFixed(1)} MB, order ${(r.orderBytes / 1e6).toFixed(2)} MB`);
  }
  if (results.length >= 2) {
    const small = results[0], big = results[results.length - 1];
    const ratio = big.p95Ms / small.p95Ms;
    console.log(`p95 frame time while scrolling: ${big.p95Ms.toFixed(1)} ms at ${big.cases} cases, ` +
      `${small.p95Ms.toFixed(1)} ms at ${small.cases}: ratio ${ratio.toFixed(2)}; search keys ` +
      `${(big.searchKeyBytes / big.rows * 100000 / 1e6).toFixed(1)} MB per 100,000 cases`);
    results.push({ p95Ratio: ratio });
  }
} finally {
  await browser.close();
  server.stop();
}
fs.writeFileSync(path.join(work, 'queue.json'), JSON.stringify(results, null, 2));
