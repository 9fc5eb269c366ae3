// The Business screen as it stands: the catalog, staff and roles, playbooks
// and settings the book holds, reached from the menu, read by anyone signed in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, click, findWidget, nextFrames, waitState,
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

test('the sample business\'s catalog, staff and roles, playbooks and settings', async () => {
  const { context, page, problems } = await openApp(browser, server.url);
  await waitState(page, (st) => st.screen && !st.opening && st.firstRun);
  await click(page, 'Try Mend with a sample business');
  await waitState(page, (st) => st.signInNeeded && st.unsaved === 0);
  await click(page, 'Ana Ruiz');
  for (const digit of '1111') await click(page, digit);
  await click(page, 'Sign in');
  await waitState(page, (st) => st.signedIn);
  await click(page, 'Business');
  await click(page, 'Catalog', { window: '##Menu' });
  await waitState(page, (st) => st.screen === 'business');
  await nextFrames(page);
  await screenshot(page, 'business-catalog');
  await click(page, 'Staff and roles');
  await nextFrames(page);
  await screenshot(page, 'business-staff');
  await click(page, 'Playbooks');
  // Every playbook the book offers, each opening to its steps.
  const node = await findWidget(page, 'The Harbour way (the business\'s own, version 2): 4 steps');
  await click(page, node.name);
  await nextFrames(page);
  await screenshot(page, 'business-playbooks');
  await click(page, 'Settings');
  await nextFrames(page);
  await screenshot(page, 'business-settings');
  assert.deepEqual(problems, []);
  await context.close();
});
