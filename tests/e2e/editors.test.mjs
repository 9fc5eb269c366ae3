// The owner's editors, as an owner would use them on the sample business:
// a catalog item (refused with a negative cost, then saved, its worth-to-cost
// shown while typing), a role with a lower limit and a person in it with a
// PIN, the settings, and a playbook copied from a built-in; all of it read
// back after a reload, then used: the new person signs in, a new case follows
// the copied playbook, and after a second edit a new case gets version 2
// while the first keeps version 1. A role that does not manage sees the
// records read-only. Desktop with the mouse, then a touch tablet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames, waitState, appState,
  revealInPart, scrollIntoView,
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

async function signIn(page, name, pin, press) {
  await waitState(page, (st) => st.signInNeeded);
  await press(page, name);
  for (const digit of pin) await press(page, digit);
  await press(page, 'Sign in');
  await waitState(page, (st) => st.signedIn);
}

async function typeInto(page, field, text, press) {
  await press(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text, { delay: 10 });
  await page.keyboard.press('Tab');
  await nextFrames(page);
}

const saved = (page) => waitState(page, (st) => st.unsaved === 0 && st.notice !== '');

async function openBusiness(page, tab, press) {
  await press(page, 'Business');
  await press(page, tab, { window: '##Menu' });
  await waitState(page, (st) => st.screen === 'business');
  await nextFrames(page);
}

async function runEditors(viewport, press, shots) {
  const options = viewport.touch
    ? { viewport: viewport.size, deviceScaleFactor: 2, hasTouch: true, isMobile: true }
    : { viewport: viewport.size };
  const { context, page, problems } = await openApp(browser, server.url, options);
  await waitState(page, (st) => st.screen && !st.opening && st.firstRun);
  await press(page, 'Try Mend with a sample business');
  await waitState(page, (st) => st.signInNeeded && st.unsaved === 0);
  await signIn(page, 'Maya Harbour', '1234', press);

  // Catalog: a negative cost is refused beside the field; nothing is saved.
  await openBusiness(page, 'Catalog', press);
  await press(page, 'Add an item');
  await typeInto(page, '##item-name', 'Pot of tea', press);
  await typeInto(page, '##item-cost', '-1', press);
  await typeInto(page, '##item-value', '4.50', press);
  await press(page, 'Save##item');
  await findWidget(page, 'A cost can\'t be below zero.##error-cost');
  assert.ok(!(await appState(page)).catalog.some((i) => i.name === 'Pot of tea'));
  await typeInto(page, '##item-cost', '0.80', press);
  const ratio = (await page.evaluate(() => window.mend.widgets())).find((w) => w.name.endsWith('##ratio'));
  assert.match(ratio.label, /5\.6× — costs little, worth much/);
  if (shots) await screenshot(page, `${shots}-catalog-form`);
  await press(page, 'Save##item');
  await saved(page);
  const tea = (await appState(page)).catalog.find((i) => i.name === 'Pot of tea');
  assert.deepEqual([tea.cost, tea.value, tea.active], [80, 450, true]);

  // A role with a lower limit, and a person in it with a PIN.
  await openBusiness(page, 'Staff and roles', press);
  await press(page, 'Add a role##add-role');
  await typeInto(page, '##role-name', 'Trainee', press);
  await typeInto(page, '##role-per-case', '5', press);
  await typeInto(page, '##role-per-day', '2', press);
  await press(page, 'Save##role');
  await findWidget(page, 'A day\'s limit can\'t be below one case\'s.##error-per_day_limit');
  await typeInto(page, '##role-per-day', '10', press);
  await press(page, 'Save##role');
  await saved(page);
  await press(page, 'Add a person##add-person');
  await typeInto(page, '##person-name', 'Nia Okafor', press);
  await press(page, 'Role##person-role');
  await press(page, 'Trainee');
  await typeInto(page, '##person-pin', '4682', press);
  if (shots) await screenshot(page, `${shots}-staff-form`);
  await press(page, 'Save##person');
  await saved(page);

  // Settings: the first-response target.
  await openBusiness(page, 'Settings', press);
  await typeInto(page, '##first-response', '5', press);
  if (shots) await screenshot(page, `${shots}-settings`);
  await press(page, 'Save##settings');
  await saved(page);

  // A playbook of our own, copied from the three-step one.
  await openBusiness(page, 'Playbooks', press);
  await press(page, 'Copy to make your own##copy-three-step');
  await typeInto(page, '##playbook-name', 'Our way', press);
  if (shots) await screenshot(page, `${shots}-playbook-form`);
  await press(page, 'Save##playbook');
  await saved(page);

  // Everything is still there after a reload.
  await page.reload();
  await waitState(page, (st) => st.screen && !st.opening);
  await signIn(page, 'Maya Harbour', '1234', press);
  let st = await appState(page);
  assert.ok(st.catalog.some((i) => i.id === 'pot-of-tea' && i.cost === 80));
  assert.deepEqual(st.roles.find((r) => r.id === 'trainee'),
                   { id: 'trainee', perCase: 500, perDay: 1000, retired: false });
  assert.deepEqual(st.staff.find((s) => s.id === 'nia-okafor'),
                   { id: 'nia-okafor', role: 'trainee', hasPin: true, retired: false });
  assert.equal(st.firstResponseSeconds, 300);
  assert.ok(st.playbooks.some((p) => p.id === 'our-way' && p.version === 1 && p.steps === 3));

  // A new case follows our playbook.
  await press(page, 'Cases');
  await press(page, 'New case', { window: '##Menu' });
  await typeInto(page, '##name', 'Ola Berg', press);
  await typeInto(page, '##words', 'The tea came cold.', press);
  await press(page, 'Playbook##playbook');
  await press(page, 'Our way');
  await press(page, 'Open case');
  st = await waitState(page, (s) => s.screen === 'case');
  assert.deepEqual([st.case.playbook, st.case.playbookVersion], ['our-way', 1]);
  const first = st.case.reference;

  // A second edit adds a step: version 2 for new cases; the open one keeps 1.
  await openBusiness(page, 'Playbooks', press);
  await press(page, 'Edit##edit-our-way');
  await press(page, 'Add a step##add-step');
  // The form scrolled to the new step, and its title takes the typing.
  assert.ok((await appState(page)).textInput);
  await press(page, 'Save##playbook');
  await findWidget(page, 'Every step needs a title.##error-steps[3].title');
  // The new step is last: its title field is the lowest one in view.
  const titles = (await page.evaluate(() => window.mend.widgets()))
    .filter((w) => w.name.endsWith('##step-title') && w.visible);
  const last = titles.reduce((a, b) => (b.y > a.y ? b : a));
  if (press === tap) await page.touchscreen.tap(last.x + 20, last.y + last.h / 2);
  else await page.mouse.click(last.x + 20, last.y + last.h / 2);
  await nextFrames(page);
  await page.keyboard.type('Walk them to the door', { delay: 10 });
  await press(page, 'Save##playbook');
  await saved(page);
  assert.ok((await appState(page)).playbooks.some((p) => p.id === 'our-way' && p.version === 2));
  await press(page, 'Cases');
  await press(page, 'New case', { window: '##Menu' });
  await typeInto(page, '##name', 'Per Holm', press);
  await typeInto(page, '##words', 'Wrong room.', press);
  await press(page, 'Playbook##playbook');
  await press(page, 'Our way');
  await press(page, 'Open case');
  st = await waitState(page, (s) => s.screen === 'case' && s.case.reference !== first);
  assert.equal(st.case.playbookVersion, 2);
  await press(page, 'Cases');
  await press(page, 'Case queue');
  await press(page, 'Search##queue');
  await page.keyboard.type(first, { delay: 10 });
  await nextFrames(page);
  await press(page, first);
  st = await waitState(page, (s) => s.screen === 'case' && s.case.reference === first);
  assert.equal(st.case.playbookVersion, 1);

  // The trainee signs in with the PIN the owner set: a new case offers the
  // new item within her lower limit, and asks a manager for more.
  await press(page, 'Switch user');
  await signIn(page, 'Nia Okafor', '4682', press);
  await press(page, 'Cases');
  await press(page, 'New case', { window: '##Menu' });
  await typeInto(page, '##name', 'Rui Sousa', press);
  await typeInto(page, '##words', 'No hot water.', press);
  await press(page, 'Open case');
  await waitState(page, (s) => s.screen === 'case' && s.case.customer === 'Rui Sousa');
  await press(page, 'Make good');
  await revealInPart(page, 'Grant##grant:pot-of-tea', 'Make good');
  await revealInPart(page, "Grant with a manager's approval##grant:room-upgrade", 'Make good');
  await revealInPart(page, 'Grant##grant:pot-of-tea', 'Make good');
  await press(page, 'Grant##grant:pot-of-tea');
  st = await waitState(page, (s) => s.case.grants.length === 1);
  assert.deepEqual([st.case.grants[0].item, st.case.grants[0].actor], ['pot-of-tea', 'nia-okafor']);
  if (shots) await screenshot(page, `${shots}-trainee-grant`);
  await openBusiness(page, 'Catalog', press);
  await nextFrames(page);
  const widgets = await page.evaluate(() => window.mend.widgets());
  assert.ok(widgets.some((w) => w.name.endsWith('##read-only') && w.visible), 'says it is read-only');
  const labels = widgets.map((w) => w.label);
  for (const edit of ['Add an item', 'Save', 'Copy to make your own'])
    assert.ok(!labels.includes(edit), `a trainee is offered "${edit}"`);
  if (shots) await screenshot(page, `${shots}-read-only`);
  assert.deepEqual(problems, []);
  await context.close();
}

test('the owner\'s editors at a desk, with the mouse', async () => {
  await runEditors({ size: { width: 1280, height: 800 } }, click, 'editors-desktop');
});

// A tablet shows less: what is out of view is dragged into it first (the
// staff list's rows are a finger's height, so "Add a role" is below them).
async function tapReaching(page, label, options) {
  try {
    await tap(page, label, options);
  } catch {
    await scrollIntoView(page, label, { touch: true });
    await tap(page, label, options);
  }
}

test('the owner\'s editors on a touch tablet', async () => {
  await runEditors({ size: { width: 1024, height: 768 }, touch: true }, tapReaching, 'editors-tablet');
});
