// Signing in, for browser tests whose book has staff (an imported sample
// book, whose staff's PINs are listed in core/sample and the README). A book
// without staff never asks: tests that only open cases need nothing.
import { click, findWidget, nextFrames } from './browser.mjs';

// When the sign-in screen is up, signs in as `name` with `pin` by clicking
// the keypad; resolves to whether it had to.
export async function signInIfAsked(page, { name = 'Ana Ruiz', pin = '1111' } = {}) {
  let s = await page.evaluate(() => window.mend.state());
  for (let i = 0; i < 40 && s.opening; ++i) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    s = await page.evaluate(() => window.mend.state());
  }
  if (!s.signInNeeded) return false;
  await click(page, name);
  for (const digit of pin) await click(page, digit);
  await click(page, 'Sign in');
  await nextFrames(page);
  await findWidget(page, 'Switch user');
  return true;
}
