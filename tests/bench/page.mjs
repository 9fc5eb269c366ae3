// What the page itself costs, against a bare Dear ImGui "hello" page built
// with the same toolchain and flags (tests/bench/hello): the bytes a first
// visit downloads (gzip and brotli), the time from navigation to the first
// full frame (cold, and warm from the cache), and the CPU the tab burns while
// nobody touches it, on the queue and on a case screen.
//   node tests/bench/page.mjs
// Needs `make web` and the mend_hello target (make bench builds both).
// Writes build/bench/page.json.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { startServer, launch, click, findWidget, waitState, root } from '../e2e/browser.mjs';
import { signInIfAsked } from '../e2e/desk.mjs';
import { figure, writeFigures, runs, serverArgs } from './lib.mjs';

const helloDir = path.join(root, 'build', 'web', 'hello');
if (!fs.existsSync(path.join(helloDir, 'hello.wasm'))) {
  console.error(`${helloDir}/hello.wasm not found: cmake --build build/web --target mend_hello`);
  process.exit(1);
}
const viewport = { width: 1280, height: 800 };
const firstRunButton = 'Try Mend with a sample business';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- bytes of a first load --------------------------------------------------------

// Every response body that came over the wire in one cold first visit, the
// service worker's own install included (it asks for every file again; what
// the page has just fetched costs a 304 there). `ready` waits until the
// visit is over.
async function firstLoad(browser, url, ready) {
  const context = await browser.newContext({ viewport });
  const bodies = [];
  context.on('response', (r) => {
    if (r.status() !== 200) return;
    const by = r.request().serviceWorker() ? 'service worker' : 'page';
    // A file the browser already held and only revalidated (the worker's
    // install asks the server again: a 304) came over the wire with no body.
    bodies.push(r.request().sizes().then(async (sizes) => sizes.responseBodySize > 0
      ? { file: new URL(r.url()).pathname, by, body: await r.body() } : null).catch(() => null));
  });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  await sleep(1000);  // late fetches (icons, manifest)
  const files = (await Promise.all(bodies)).filter(Boolean).map(({ file, by, body }) => ({
    file, by, bytes: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  }));
  await context.close();
  const sum = (key) => files.reduce((n, f) => n + f[key], 0);
  return { files, bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') };
}

// ---- start: navigation to the first full frame --------------------------------------

// Runs in the page before anything else: polls on every animation frame and
// notes performance.now() (ms since navigation start) at the first frame after
// the app drew a complete one. Mend's counts once its first-run screen is
// there (the store has answered), hello's once one frame was drawn (its
// exports throw until the runtime is up: calledRun).
function watchStart(kind) {
  const drawn = kind === 'mend'
    ? () => window.mend && window.mend.frames() >= 1 &&
      window.mend.widgets().some((w) => w.label === 'Try Mend with a sample business' && w.visible)
    : () => window.Module && window.Module.calledRun && window.Module._hello_frames() >= 1;
  window.benchStart = null;
  const poll = () => {
    if (drawn()) window.benchStart = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

async function timeStart(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.benchStart !== null, null, { timeout: 60000, polling: 50 });
  return page.evaluate(() => window.benchStart);
}

// One cold start in a fresh context (no HTTP cache, no service worker), then
// a warm one in the same context: Mend's from its service worker's cache,
// once the worker is active (it controls pages from the next navigation on;
// checked), hello's from the HTTP cache. A fresh database for each, so both
// show an empty book's first-run screen.
async function startRun(browser, kind, url, n) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(watchStart, kind);
  const page = await context.newPage();
  const at = (phase) => (kind === 'mend' ? `${url}?db=bench-start-${n}-${phase}` : url);
  const cold = await timeStart(page, at('cold'));
  if (kind === 'mend') await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const warm = await timeStart(page, at('warm'));
  if (kind === 'mend' && !(await page.evaluate(() => !!navigator.serviceWorker.controller)))
    throw new Error('the warm start was not served by the service worker');
  await context.close();
  return { cold, warm };
}

// ---- idle CPU of the whole browser --------------------------------------------------

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

// pid -> { ppid, ticks (utime + stime) } of every process now running.
function processTable() {
  const table = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
    // The command name may hold spaces and parentheses: fields follow its last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
  }
  return table;
}

// CPU ms used so far by `pid` and all its descendants (renderer, GPU,
// network processes and the rest of Chromium's).
function treeCpuMs(pid) {
  const table = processTable();
  let ticks = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop();
    ticks += table.get(p)?.ticks ?? 0;
    for (const [child, info] of table) if (info.ppid === p) todo.push(child);
  }
  return (ticks * 1000) / clockTicks;
}

// Playwright's Browser does not name its process: it is the child of this
// node process that launch() added.
const ourChildren = () => [...processTable()].filter(([, i]) => i.ppid === process.pid).map(([pid]) => pid);

// Frames the page has drawn, to tell drawing from other work while idle.
const framesDrawn = (page) => page.evaluate(() =>
  (window.mend ? window.mend.frames() : window.Module?.calledRun ? window.Module._hello_frames() : 0));

// A fresh browser; `reach` gets the page to its screen; after 2 s to settle,
// the CPU all of Chromium uses in 10 s of nobody touching anything (ms), and
// the frames drawn meanwhile.
async function idleCpu(url, reach) {
  const before = new Set(ourChildren());
  const browser = await launch();
  try {
    const pids = ourChildren().filter((pid) => !before.has(pid));
    if (pids.length !== 1) throw new Error(`cannot tell the browser's process: ${pids}`);
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.goto(url);
    await reach(page);
    await sleep(2000);
    const [cpu, frames] = [treeCpuMs(pids[0]), await framesDrawn(page)];
    await sleep(10000);
    return { ms: treeCpuMs(pids[0]) - cpu, frames: (await framesDrawn(page)) - frames };
  } finally {
    await browser.close();
  }
}

// Mend's sample business, signed in as Ana (staff), on the queue.
async function toQueue(page) {
  await waitState(page, (s) => s.screen && !s.opening && s.firstRun);
  await click(page, firstRunButton);
  await waitState(page, (s) => !s.opening && (s.signInNeeded || s.screen === 'queue'));
  await signInIfAsked(page, { name: 'Ana Ruiz', pin: '1111' });
  await waitState(page, (s) => s.screen === 'queue' && s.queue.shown > 0);
}

// ... and the queue's first case open.
async function toCase(page) {
  await toQueue(page);
  const first = (await page.evaluate(() => window.mend.state())).queue.order[0];
  await click(page, first);
  await waitState(page, (s) => s.screen === 'case');
}

const helloFramed = (page) =>
  page.waitForFunction(() => window.Module?.calledRun && window.Module._hello_frames() >= 1, null, { timeout: 60000 });

// ---- the run ---------------------------------------------------------------------------

const mendServer = await startServer(serverArgs);
const helloServer = await startServer(['--root', helloDir]);
const [mendUrl, helloUrl] = [mendServer.url, helloServer.url];
const figures = [];
const details = {};
const began = Date.now();
let browser = await launch();
try {
  // Bytes: deterministic, one load each. Mend's visit is over once its
  // service worker has stored every file (its install done: active).
  const mendLoad = await firstLoad(browser, `${mendUrl}?db=bench-bytes`, async (page) => {
    await findWidget(page, firstRunButton, { timeout: 60000 });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  });
  const helloLoad = await firstLoad(browser, helloUrl, helloFramed);
  const pageOnly = (key) => mendLoad.files.filter((f) => f.by === 'page').reduce((n, f) => n + f[key], 0);
  details.firstLoad = { mend: mendLoad, hello: helloLoad,
    mendWithoutServiceWorker: { gzip: pageOnly('gzip'), brotli: pageOnly('brotli') } };
  for (const [key, how] of [['gzip', 'gzip -9'], ['brotli', 'brotli q11']]) {
    figures.push(figure({
      name: `first load, ${key}`, unit: 'B', mend: [mendLoad[key]], baseline: [helloLoad[key]], goal: 2.0,
      limit: key === 'gzip' ? { value: 450000, text: '450 KB' } : null,
      note: `every response body downloaded in a cold first visit (Mend's until its service ` +
        `worker is active), each compressed with ${how}, summed`,
    }));
  }

  // Start: Mend and hello in turn, so a busy moment of the machine falls on both.
  const start = { mend: [], hello: [] };
  for (let n = 0; n < runs; n++) {
    start.mend.push(await startRun(browser, 'mend', mendUrl, n));
    start.hello.push(await startRun(browser, 'hello', helloUrl, n));
  }
  await browser.close();
  browser = null;
  details.start = start;
  for (const phase of ['cold', 'warm']) {
    figures.push(figure({
      name: `start, ${phase}`, unit: 'ms', goal: 1.3,
      mend: start.mend.map((r) => r[phase]), baseline: start.hello.map((r) => r[phase]),
      note: 'navigation start to the frame after the first full one (Mend: its first-run screen); ' +
        (phase === 'cold' ? 'fresh context, nothing cached'
          : 'second visit: Mend from its service worker, hello from the HTTP cache'),
    }));
  }

  // Idle CPU, a fresh browser per measurement, in turn as above; and once
  // Chromium with no page of ours (about:blank), for reading the others.
  const idle = { queue: [], case: [], hello: [] };
  for (let n = 0; n < runs; n++) {
    idle.queue.push(await idleCpu(`${mendUrl}?db=bench-idle`, toQueue));
    idle.case.push(await idleCpu(`${mendUrl}?db=bench-idle`, toCase));
    idle.hello.push(await idleCpu(helloUrl, helloFramed));
  }
  idle.blank = [await idleCpu('about:blank', async () => {})];
  details.idle = idle;
  for (const [screen, what] of [['queue', 'the sample business\'s queue'], ['case', 'its first case']]) {
    figures.push(figure({
      name: `idle CPU, ${screen === 'queue' ? 'queue' : 'case screen'}`, unit: 'ms', goal: 0.2,
      mend: idle[screen].map((r) => r.ms), baseline: idle.hello.map((r) => r.ms),
      note: `CPU of all Chromium's processes in 10 s untouched on ${what}, 2 s after reaching it ` +
        '(baseline: hello, drawing every frame)',
    }));
  }
} finally {
  await browser?.close();
  mendServer.stop();
  helloServer.stop();
}
details.seconds = Math.round((Date.now() - began) / 1000);
writeFigures('page', figures, details);
