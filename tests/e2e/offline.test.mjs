// After one visit Mend works with no network, as a person would find it:
// visit once, turn the network off, reload — Mend starts with its book, a new
// case is saved and survives another reload, and an export still downloads.
// Also what a tablet needs to install Mend: the manifest's fields, its icons
// reachable, a worker in charge of the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openApp, screenshot, click, nextFrames, waitForFrames, root, failPuts,
  watchPage, waitState,
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


// Resolves once the service worker is active with this build's files stored;
// returns what it stored.
function storedForOffline(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = (await caches.keys()).filter((name) => name.startsWith('mend-'));
    const cache = await caches.open(names[0]);
    const files = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1));
    return { active: registration.active.state, names, files };
  });
}

test('after one visit Mend starts offline, saves a case and exports', async () => {
  const { context, page, problems } = await openApp(browser, server.url, { acceptDownloads: true });
  const stored = await storedForOffline(page);
  assert.equal(stored.active, 'activated');
  assert.equal(stored.names.length, 1, 'one cache, named after this build');
  assert.match(stored.names[0], /^mend-[0-9a-f]{16}$/);
  for (const file of ['index.html', 'boot.js', 'style.css', 'mend.js', 'mend.wasm', 'mend.data',
                      'manifest.webmanifest', 'icons/icon-192.png', 'mend-book.schema.json'])
    assert.ok(stored.files.includes(file), `${file} is kept for offline use (${stored.files})`);

  await context.setOffline(true);
  await page.reload();
  await waitForFrames(page, 3);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null),
            'the worker served the page');
  await click(page, 'New case');
  await click(page, '##name');
  await page.keyboard.type('Offline Olga', { delay: 10 });
  await click(page, 'Open case');
  let s = await waitState(page, (st) => st.cases === 1 && st.unsaved === 0);
  await screenshot(page, 'offline-case-opened');

  await page.reload();
  await waitForFrames(page, 3);
  s = await waitState(page, (st) => !st.opening);
  assert.equal(s.cases, 1, 'the case saved offline is there after a reload');

  await click(page, 'Data');
  await click(page, 'Export book…', { window: '##Menu' });
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export')]);
  const book = JSON.parse(await new Response(await download.createReadStream()).text());
  assert.equal(book.cases.length, 1);
  assert.equal(book.cases[0].events[0].customer.name, 'Offline Olga');
  assert.deepEqual(problems, []);
  await context.close();
});

// The worker's install checks each file with the server rather than
// fetching it again: on a first visit the app's 1.2 MB of code comes down once.
test('a first visit downloads each file once: the worker keeps what the page fetched', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const seen = [];
  const sizes = [];
  context.on('response', (r) => {
    const file = new URL(r.url()).pathname.slice(1);
    if (!['mend.wasm', 'mend.data', 'mend.js'].includes(file)) return;
    // A revalidated file reaches the page as a 200 from the HTTP cache: what
    // came over the wire (responseBodySize) tells a download from a 304.
    sizes.push(r.request().sizes().then((z) => seen.push({
      file, status: r.status(), body: z.responseBodySize, byWorker: r.request().serviceWorker() !== null,
    })));
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitState(page, (st) => st.offlineReady && !st.opening);
  const stored = await storedForOffline(page);
  await Promise.all(sizes);
  await context.close();
  for (const file of ['mend.wasm', 'mend.data', 'mend.js']) {
    assert.ok(stored.files.includes(file), `${file} is kept for offline use`);
    const downloads = seen.filter((r) => r.file === file && r.body > 0);
    assert.equal(downloads.length, 1, `${file} downloaded once: ${JSON.stringify(seen)}`);
    assert.ok(seen.some((r) => r.file === file && r.byWorker && r.status === 200 && r.body === 0),
              `the worker's install asked for ${file} and had it from the browser: ${JSON.stringify(seen)}`);
  }
});

test('install criteria: manifest fields, icons, apple-touch-icon, a controlling worker', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await storedForOffline(page);
  const found = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const manifest = await (await fetch(link.href)).json();
    const icons = [];
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, link.href));
      const bitmap = await createImageBitmap(await response.blob());
      icons.push({ ...icon, ok: response.ok, width: bitmap.width, height: bitmap.height });
    }
    const apple = document.querySelector('link[rel="apple-touch-icon"]');
    const appleResponse = await fetch(apple.href);
    return {
      manifest, icons, appleOk: appleResponse.ok,
      appleCapable: document.querySelector('meta[name="apple-mobile-web-app-capable"]')?.content,
    };
  });
  const m = found.manifest;
  assert.equal(m.short_name, 'Mend');
  assert.ok(m.name && m.description);
  assert.equal(m.display, 'standalone');
  assert.equal(m.orientation, 'any');
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(m.background_color, /^#[0-9a-f]{6}$/);
  for (const size of [192, 512]) {
    const icon = found.icons.find((i) => i.purpose === 'any' && i.width === size);
    assert.ok(icon && icon.ok && icon.height === size, `a ${size} px icon (${JSON.stringify(found.icons)})`);
  }
  assert.ok(found.icons.some((i) => i.purpose === 'maskable' && i.ok && i.width >= 512));
  assert.equal(found.appleOk, true);
  assert.equal(found.appleCapable, 'yes');
  // A reload is controlled by the worker (Chromium's install check needs one).
  await page.reload();
  await waitForFrames(page, 3);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
  assert.deepEqual(problems, []);
  await context.close();
});

async function exportBook(page) {
  await click(page, 'Data');
  await click(page, 'Export book…', { window: '##Menu' });
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'Export')]);
  return new Response(await download.createReadStream()).text();
}

async function openCase(page, name) {
  await click(page, 'Cases');
  await click(page, 'New case', { window: '##Menu' });
  await click(page, '##name');
  await page.keyboard.type(name, { delay: 10 });
  await click(page, 'Open case');
  await waitState(page, (st) => st.screen === 'case');
}

test('a new build: the prompt, Reload waits for a pending write, the book survives', async () => {
  // A deployment of its own (a copy of dist/ inside build/), changed in place
  // below as a new build would be.
  fs.mkdirSync(path.join(root, 'build'), { recursive: true });
  const site = fs.mkdtempSync(path.join(root, 'build', 'e2e-update-'));
  fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
  const siteServer = await startServer(['--root', site]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.addInitScript(failPuts.fn, 0);
  const page = await context.newPage();
  const problems = [];
  watchPage(page, problems, siteServer.url);
  try {
    await page.goto(siteServer.url);
    await waitForFrames(page, 3);
    await waitState(page, (st) => st.offlineReady && !st.opening);
    // A second visit: now the worker serves the page (a first visit's page
    // came from the network, and a new build would simply take over).
    await page.reload();
    await waitForFrames(page, 3);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    await openCase(page, 'Before Bea');
    await waitState(page, (st) => st.unsaved === 0);

    // The new build: another page and another worker version.
    const sw = fs.readFileSync(path.join(site, 'sw.js'), 'utf8');
    fs.writeFileSync(path.join(site, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'feedfacefeedface'"));
    fs.appendFileSync(path.join(site, 'index.html'), '<!-- the new build -->\n');
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await waitState(page, (st) => st.updateWaiting);

    // A change the store has not confirmed yet (three failed puts: retried
    // after 1, 2 and 4 s), then Reload: the page waits for it.
    await page.evaluate(() => { window.__failPuts = 3; window.__oldPage = true; });
    await openCase(page, 'During Dev');
    let s = await waitState(page, (st) => st.unsaved === 1);
    const before = await exportBook(page);
    // The export's notice has the update's place in the menu bar until it
    // clears; a tap dismisses it.
    const notice = (await page.evaluate(() => window.mend.widgets()))
      .find((w) => w.name.endsWith('##notice'));
    if (notice) await page.mouse.click(notice.x + notice.w / 2, notice.y + notice.h / 2);
    await nextFrames(page);
    await screenshot(page, 'update-ready');
    // Its words depend on the room the menu bar has; its name does not.
    const prompt = await page.evaluate(() => window.mend.widgets().find((w) => w.name.endsWith('##update')));
    assert.match(prompt.label, /Reload/, 'the prompt always says what to do');
    await click(page, prompt.name);
    s = await state(page);
    assert.equal(s.updateWanted, true);
    assert.equal(await page.evaluate(() => window.__oldPage), true, 'no reload while a write is pending');
    await nextFrames(page);
    await screenshot(page, 'update-saving-first');
    await page.waitForFunction(() => !window.__oldPage, null, { timeout: 20000, polling: 100 });
    await waitForFrames(page, 3);
    s = await waitState(page, (st) => !st.opening && st.offlineReady);
    assert.equal(s.cases, 2);
    assert.equal(s.updateWaiting, false);
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches, ['mend-feedfacefeedface'], 'the old build\'s cache is gone');
    assert.match(await page.evaluate(() => fetch('index.html').then((r) => r.text())), /the new build/);
    const after = await exportBook(page);
    assert.equal(after, before, 'the book survives the update byte for byte');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    siteServer.stop();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('the page and its server: the Content-Security-Policy and the security headers', async () => {
  const response = await fetch(server.url);
  const csp = response.headers.get('content-security-policy');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'",
                           "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
                           "form-action 'none'"])
    assert.ok(csp.includes(directive), `${directive} in ${csp}`);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  assert.match(response.headers.get('permissions-policy'), /camera=\(\), microphone=\(\), geolocation=\(\)/);
  const html = await response.text();
  assert.match(html, /http-equiv="Content-Security-Policy"\s+content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'"/);
  assert.doesNotMatch(html, /<script>|\son[a-z]+="/, 'no inline script or handler');
});
