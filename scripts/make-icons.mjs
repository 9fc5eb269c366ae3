// Draws Mend's app icons (web/page/icons/*.png) from the same shapes as
// web/page/icon.svg, with headless Chromium, so the PNGs a tablet puts on its
// home screen match the page's icon. The PNGs are committed; run this again
// (node scripts/make-icons.mjs) only when the icon changes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'web', 'page', 'icons');
const brand = '#246b8c';
const check = '<path d="M18 34 l9 9 l19 -21" fill="none" stroke="#fff" stroke-width="7" ' +
              'stroke-linecap="round" stroke-linejoin="round"/>';

// `rounded`: the page icon's rounded square on a transparent ground; else a
// full square (the home screen or the launcher cuts its own shape). `scale`
// shrinks the check about the centre: a maskable icon keeps it inside the
// middle 80 % circle that every launcher's mask leaves visible.
function svg(size, { rounded, scale = 1 }) {
  const ground = rounded ? `<rect width="64" height="64" rx="14" fill="${brand}"/>`
                         : `<rect width="64" height="64" fill="${brand}"/>`;
  const t = `translate(32 32) scale(${scale}) translate(-32 -32)`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" ` +
         `height="${size}">${ground}<g transform="${t}">${check}</g></svg>`;
}

const icons = [
  ['icon-192.png', 192, { rounded: true }],
  ['icon-512.png', 512, { rounded: true }],
  ['maskable-512.png', 512, { rounded: false, scale: 0.8 }],
  ['apple-touch-icon.png', 180, { rounded: false, scale: 0.9 }],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [name, size, options] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0">${svg(size, options)}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(out, name), omitBackground: true });
  console.log(`${name} ${size}x${size}`);
}
await browser.close();
