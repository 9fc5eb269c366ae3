// Shared set-up for the browser tests: a static server for dist/ on loopback,
// Debian's Chromium through playwright-core (headless, SwiftShader WebGL2),
// and helpers that find widgets through window.mend.widgets().
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const shotDir = path.join(root, 'build', 'e2e-screenshots');

const chromiumPath = process.env.MEND_CHROMIUM || '/usr/bin/chromium';
const chromiumArgs = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run', '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

// Starts scripts/serve.mjs on a free port; resolves to {url, stop()}.
export async function startServer(extraArgs = []) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const m = buffer.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

// Collects into `problems` every console error, page error, failed request,
// HTTP error, Content-Security-Policy violation and request to any origin but
// the app's own (its service worker's included): a test fails if any appear.
// Nothing of a customer may leave the device.
const watchedContexts = new WeakSet();
export function watchPage(page, problems, appUrl) {
  const origin = new URL(appUrl).origin;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}${e.stack ? ` (${e.stack.slice(0, 1500)})` : ''}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`)));
  const context = page.context();
  if (watchedContexts.has(context)) return;
  watchedContexts.add(context);
  context.on('request', (r) => {
    const url = r.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
}

// Opens the app in a fresh context, watched as watchPage says.
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  watchPage(page, problems, url);
  await page.goto(url);
  await waitForFrames(page, 3);
  return { context, page, problems };
}

export async function waitForFrames(page, count, timeout = 20000) {
  await page.waitForFunction(
    (n) => window.mend && window.mend.frames() >= n, count, { timeout, polling: 50 });
}

// Waits until every queued input event reached the app and `extra` more
// frames were drawn, i.e. the UI has reacted to everything sent so far.
export async function nextFrames(page, extra = 3) {
  await page.waitForFunction(() => window.mend?.inputPending() === 0, null, { polling: 20 });
  const now = await page.evaluate(() => window.mend.frames());
  await waitForFrames(page, now + extra);
}

// The first visible widget whose label (what a person reads) or full ImGui
// name ("##name" for an unlabelled field) is `label`, optionally in a window.
export async function findWidget(page, label, { window: win, timeout = 5000 } = {}) {
  const handle = await page.waitForFunction(([l, w]) => {
    const all = window.mend ? window.mend.widgets() : [];
    return all.find((x) => (x.label === l || x.name === l) && x.visible &&
                           (!w || x.window.startsWith(w))) || null;
  }, [label, win], { timeout, polling: 50 }).catch(() => null);
  if (!handle) {
    const labels = await page.evaluate(() => window.mend.widgets().map((x) => x.label).filter(Boolean));
    throw new Error(`no visible widget "${label}"; visible labels: ${JSON.stringify(labels)}`);
  }
  return handle.jsonValue();
}

// The middle of the part of the widget its window shows (a widget half
// scrolled out of a child is pressed where it can be seen).
export const centre = (w) => ({ x: w.x + w.w / 2, y: w.vh > 0 ? w.vy + w.vh / 2 : w.y + w.h / 2 });

export async function click(page, label, options) {
  const w = await findWidget(page, label, options);
  const c = centre(w);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.up();
  await nextFrames(page);
}

export async function tap(page, label, options) {
  const w = await findWidget(page, label, options);
  const c = centre(w);
  await page.touchscreen.tap(c.x, c.y);
  await nextFrames(page);
}

// Taps a point (CSS pixels) on a touch screen and waits for the app to react.
export async function tapAt(page, x, y) {
  await page.touchscreen.tap(x, y);
  await nextFrames(page);
}

// True while the hidden input that raises a tablet's on-screen keyboard
// (web/lib/lib_keyboard.js) has the focus.
export async function keyboardRaised(page) {
  return page.evaluate(() => document.activeElement?.id === 'mend-keyboard');
}

export async function screenshot(page, name) {
  fs.mkdirSync(shotDir, { recursive: true });
  const file = path.join(shotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Fraction of sampled canvas pixels that differ from the background colour.
export async function inkShare(page) {
  const png = await page.screenshot();
  // Decoded in a blank page: the app's Content-Security-Policy rightly
  // refuses data: images.
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const bg = [d[d.length - 4], d[d.length - 3], d[d.length - 2]];
      let ink = 0, n = 0;
      for (let i = 0; i < d.length; i += 4 * 97) {
        n++;
        if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 30) ink++;
      }
      return ink / n;
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

// The app's state as the test bridge reports it, and a poll until it holds.
export const appState = (page) => page.evaluate(() => window.mend.state());
// The poll goes on through a reload: until the new page's app is there
// (window.mend is set once the module runs), there is no state to test.
export async function waitState(page, predicate, timeout = 20000) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await page.evaluate(() => (window.mend ? window.mend.state() : null))
      .catch((e) => { if (/context was destroyed|navigat/i.test(e.message)) return null; throw e; });
    if (s && predicate(s)) return s;
    if (Date.now() > end) throw new Error(`state never matched ${predicate}: ${unmatched(predicate, s)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The state a predicate never matched, the keys it reads first and whole
// (the full state is long; cut short, it hid the very field that failed).
function unmatched(predicate, s) {
  if (!s) return 'no app on the page';
  const read = new Set([...String(predicate).matchAll(/\.\s*([A-Za-z_]\w*)/g)].map((m) => m[1]));
  const named = Object.fromEntries([...read].filter((k) => k in s).map((k) => [k, s[k]]));
  return `${JSON.stringify(named).slice(0, 2000)}; the rest: ${JSON.stringify(s).slice(0, 600)}`;
}

// A book file chosen in the file chooser that `open` raises (Data > Import
// book…); resolves with the state once the file is read and the dialog has
// fitted its height to what it shows. That takes a frame or two, the dialog
// centred: a widget found before then is pressed where it no longer is (once
// on the Cancel of the 'Opening…' view the passcode prompt grew from).
export async function importFile(page, open, file, timeout) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()]);
  await chooser.setFiles(file);
  const s = await waitState(page, (st) => st.import && !st.import.reading, timeout);
  await nextFrames(page);
  return s;
}

// The pixels inside a rectangle (CSS px, as the widget registry reports):
// the most common colour there, and the share of pixels that differ from it
// by more than `threshold` (a label's ink). Decoded in a blank page, as inkShare.
export async function pixelsIn(page, rect, threshold = 120) {
  const png = await page.screenshot({
    clip: { x: rect.x, y: rect.y, width: Math.max(1, rect.w), height: Math.max(1, rect.h) },
  });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async ({ b64, threshold }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const counts = new Map();
      for (let i = 0; i < d.length; i += 4) {
        const key = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const dominant = [top >> 16, (top >> 8) & 255, top & 255];
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        const diff = Math.abs(d[i] - dominant[0]) + Math.abs(d[i + 1] - dominant[1]) + Math.abs(d[i + 2] - dominant[2]);
        if (diff > threshold) ink++;
      }
      return { dominant, ink: ink / (d.length / 4) };
    }, { b64: png.toString('base64'), threshold });
  } finally {
    await blank.close();
  }
}

// For an init script (context.addInitScript(failPuts.fn, count)): puts into
// the book's stores throw QuotaExceededError while window.__failPuts counts
// down from `count` (a test may set it again later); the upgrade's own meta
// put is left alone.
export const failPuts = {
  fn: (count) => {
    window.__failPuts = count;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (this.name !== 'meta' && window.__failPuts > 0) {
        window.__failPuts -= 1;
        throw new DOMException('Injected: the disk is full', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  },
};

// Scrolls the case screen's part (under its row of part buttons; `part` names
// the part's button, e.g. 'Make good') until the widget is wholly in view: a
// tablet shows less of a long part. Items far out of view are not listed at
// all, so it sweeps down most of a screen at a time until the part stops
// moving, then up; one partly in view says how far to go. How far a wheel
// turn moves the part is learnt from the first turn.
export async function revealInPart(page, label, part) {
  let sweep = 1;  // while the widget is not listed: 1 down, -1 up
  let before = null, wheeled = 0, perWheel = 1;
  for (let i = 0; i < 60; i++) {
    const [w, button, h, layout] = await page.evaluate(([l, p]) => [
      // A label drawn twice (a heading and a button): the one shown first.
      window.mend.widgets().filter((x) => x.label === l || x.name === l || x.name.endsWith(l))
        .sort((a, b) => b.visible - a.visible)[0] || null,
      window.mend.widgets().find((x) => x.name === p) || null,
      window.innerHeight,
      window.mend.widgets().map((x) => [x.id, Math.round(x.y)])], [label, part]);
    if (!button) return;
    // In the approval prompt, drawn over everything, nothing needs scrolling.
    if (w && w.window.includes('approval')) return;
    const top = button.y + button.h + 12, bottom = h - 4;
    const whole = w && w.visible && w.vh >= w.h - 1;
    if (whole && w.y >= top && w.y + w.h <= bottom) return;
    // Wholly shown above the part (its row of buttons, the case's heading):
    // not in the part, nothing to scroll.
    if (whole && w.y + w.h <= top) return;
    const moved = before ? largestMove(before, layout) : 0;
    if (!w && before && moved === 0) sweep = -sweep;  // this end reached: the other way
    if (wheeled && moved > 8) perWheel = Math.min(4, Math.max(0.25, moved / Math.abs(wheeled)));
    before = layout;
    const distance = w ? (w.y < top ? w.y - top - 16 : w.y + w.h - bottom + 16) : sweep * 0.7 * (bottom - top);
    wheeled = Math.max(-2000, Math.min(2000, distance / perWheel));
    await page.mouse.move(button.x + 150, Math.min(h - 40, button.y + button.h + 150));
    await page.mouse.wheel(0, wheeled);
    await nextFrames(page);
  }
  throw new Error(`could not scroll "${label}" into view in "${part}"`);
}

// The farthest any widget listed in both moved between two layouts
// ([id, y] pairs).
function largestMove(before, after) {
  const was = new Map(before);
  let most = 0;
  for (const [id, y] of after) if (was.has(id)) most = Math.max(most, Math.abs(y - was.get(id)));
  return most;
}

// Waits until nothing on screen moves any more (a list coasting after a flick).
// (Frames stop while nothing moves, so it polls the clock, not frames.)
export async function settle(page) {
  let last = null;
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() =>
      JSON.stringify(window.mend.widgets().map((w) => [w.id, Math.round(w.y)])));
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 80));
  }
}

// ---- a finger -----------------------------------------------------------------------

// Playwright's touchscreen only taps: a finger that moves goes through the
// DevTools protocol, as the browser's own touch events.
const sessions = new WeakMap();
export async function touch(page, type, at) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  await cdp.send('Input.dispatchTouchEvent',
                 { type, touchPoints: at ? [{ x: at.x, y: at.y }] : [] });
}

// A finger put down at `from`, moved to `to` in `steps` a frame apart, held
// still six frames, then lifted. Held still, the finger's speed the app
// keeps falls to 0.4 of itself a frame (touch_scroll.cpp): after two frames a
// fast drag still coasts a few hundred pixels on its release, by an amount
// that depends on the frame times; after six nothing coasts, so the content
// stops where the finger left it. `whileHeld` runs before it is lifted, to
// see where things are under the finger. Every step is input, and frames
// keep coming while a finger drags, so the app draws the frames waited for.
export async function touchDrag(page, from, to, steps = 6, whileHeld = null) {
  await touch(page, 'touchStart', from);
  await nextFrames(page, 1);
  for (let i = 1; i <= steps; i++) {
    await touch(page, 'touchMove', {
      x: from.x + ((to.x - from.x) * i) / steps,
      y: from.y + ((to.y - from.y) * i) / steps,
    });
    await nextFrames(page, 1);
  }
  await nextFrames(page, 6);
  if (whileHeld) await whileHeld();
  await touch(page, 'touchEnd');
  await nextFrames(page, 2);
}

// Scrolls until the widget (its label or full name) is wholly in view, as a
// person would: a finger dragging the screen on a touch screen, the wheel with
// a mouse, from the middle of the screen, towards the widget. Items out of
// view are listed without their labels, so one not found is looked for
// downwards first, then, once the screen stops moving, upwards.
export async function scrollIntoView(page, label, { touch: finger = false } = {}) {
  let blind = 1;  // the way to look while the widget is not found: 1 down, -1 up
  let before = null;
  for (let i = 0; i < 60; i++) {
    const [w, width, height, layout] = await page.evaluate((l) => [
      window.mend.widgets().find((x) => x.label === l || x.name === l) || null,
      window.innerWidth, window.innerHeight,
      JSON.stringify(window.mend.widgets().map((x) => Math.round(x.y)))], label);
    if (w && w.visible && w.vh >= w.h - 1 && w.y >= 0 && w.y + w.h <= height) return w;
    if (!w && layout === before) blind = -blind;  // this end reached: the other way
    before = layout;
    const down = w ? w.y > height / 2 : blind > 0;  // below: the content moves up
    const at = { x: w ? Math.min(Math.max(w.x + 20, 20), width - 20) : width / 2, y: height * 0.6 };
    if (finger) {
      await touchDrag(page, at, { x: at.x, y: at.y + (down ? -200 : 200) });
      await settle(page);
    } else {
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, down ? 120 : -120);
      await nextFrames(page);
    }
  }
  throw new Error(`could not scroll "${label}" into view`);
}
