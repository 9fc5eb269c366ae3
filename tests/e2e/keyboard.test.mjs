// Keyboard alone, as a person who does not reach for the mouse: Tab walks
// through every control of the intake in the order they are drawn (text
// fields, dropdowns, the severity slider, tag buttons, Open case), Shift+Tab
// walks back, Enter opens a dropdown and picks from it, Enter presses the
// button that has the focus, and on the case screen Tab reaches a step's
// Done button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp, screenshot, click, nextFrames } from './browser.mjs';

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

// The full ImGui name of the control with the keyboard focus ('' for none),
// and whether its focus ring is drawn.
async function focused(page) {
  return page.evaluate(() => {
    const s = window.mend.state();
    // A multi-line field is listed twice under one id, once without a name.
    const w = window.mend.widgets().find((x) => x.id === s.focus && x.name);
    return { name: w ? w.name : '', shown: s.focusShown, typing: s.textInput };
  });
}

async function press(page, key) {
  await page.keyboard.press(key);
  await nextFrames(page);
}

// Presses Tab until the focus is on a control whose name ends with `suffix`;
// returns the names passed on the way (the one reached last).
async function tabTo(page, suffix, limit = 40) {
  const passed = [];
  for (let i = 0; i < limit; i++) {
    await press(page, 'Tab');
    const f = await focused(page);
    passed.push(f.name);
    if (f.name.endsWith(suffix)) return passed;
  }
  throw new Error(`Tab never reached "${suffix}"; passed ${JSON.stringify(passed)}`);
}

test('the intake and a step by keyboard alone: Tab order, dropdowns, Enter and Space', async () => {
  const { page, context, problems } = await openApp(browser, server.url);
  await click(page, 'New case');
  await nextFrames(page, 2);
  await page.keyboard.type('Noor Aziz', { delay: 5 });
  await press(page, 'Tab');
  assert.equal((await focused(page)).name, '##contact', 'Tab goes from the name to the contact');
  assert.ok((await focused(page)).typing, 'and the contact takes typing at once');
  await page.keyboard.type('noor@example.com', { delay: 5 });

  // On through the dropdowns, which Tab reaches too, with the focus shown.
  const toTenure = await tabTo(page, '##tenure');
  assert.deepEqual(toTenure.map((n) => n.replace(/^.*##/, '##')), ['##segment', '##tier', '##tenure']);
  const onTenure = await focused(page);
  assert.ok(onTenure.shown, 'the focus ring shows on a dropdown reached by Tab');
  assert.ok(!onTenure.typing, 'a dropdown takes no typing');
  await screenshot(page, 'keyboard-focus-dropdown');
  // Enter opens it, the arrows move, Enter picks.
  await press(page, 'Enter');
  assert.ok(await page.evaluate(() => window.mend.widgets().some((w) => w.label === '3 to 5 years' && w.visible)),
            'Enter opened the dropdown');
  await screenshot(page, 'keyboard-dropdown-open');
  for (let i = 0; i < 3; i++) await press(page, 'ArrowDown');
  await press(page, 'Enter');
  assert.ok(!(await page.evaluate(() => window.mend.widgets().some((w) => w.label === 'More than 5 years' && w.visible))),
            'Enter picked and closed the dropdown');
  assert.ok((await focused(page)).name.endsWith('##tenure'), 'the focus is back on the dropdown');

  // The rest of the form in the order it is drawn, typing where it takes text.
  const rest = await tabTo(page, '##cares');
  assert.deepEqual(rest, ['##cares']);
  await page.keyboard.type('time', { delay: 5 });
  await press(page, 'Enter');  // adds the tag, stays in the field
  const toKind = await tabTo(page, '##category');
  assert.ok(toKind.some((n) => n.endsWith('##suggest')), `tag suggestions are tab stops: ${toKind}`);
  assert.deepEqual(await tabTo(page, '##severity'), ['##severity']);
  assert.ok((await tabTo(page, '##channel')).length === 1);
  assert.deepEqual(await tabTo(page, '##words'), ['##words']);
  assert.ok((await focused(page)).typing);
  await page.keyboard.type('The parcel was left in the rain.', { delay: 5 });
  assert.deepEqual(await tabTo(page, '##wants'), ['##wants']);
  await page.keyboard.type('a new one', { delay: 5 });
  assert.ok((await tabTo(page, '##playbook')).length === 1);
  assert.deepEqual(await tabTo(page, 'Open case'), ['Open case']);
  // Shift+Tab goes back, Tab forward again.
  await page.keyboard.down('Shift');
  await press(page, 'Tab');
  await page.keyboard.up('Shift');
  assert.ok((await focused(page)).name.endsWith('##playbook'), 'Shift+Tab went back');
  assert.deepEqual(await tabTo(page, 'Open case'), ['Open case']);
  await screenshot(page, 'keyboard-focus-open-case');
  assert.equal((await state(page)).screen, 'new-case', 'Tab alone opens nothing');

  // Enter presses the focused button.
  await press(page, 'Enter');
  let s = await state(page);
  assert.equal(s.screen, 'case', 'Enter on Open case opened the case');
  assert.equal(s.case.customer, 'Noor Aziz');
  assert.equal(s.case.contact, 'noor@example.com');
  assert.equal(s.case.tenureMonths, 48, 'the tenure picked by keyboard');
  assert.deepEqual(s.case.caresAbout, ['time']);
  assert.equal(s.case.words, 'The parcel was left in the rain.');

  // The case screen: Tab reaches the first step's Done; Space and Enter press.
  await tabTo(page, 'Done##step:apologise');
  await screenshot(page, 'keyboard-focus-case');
  await press(page, 'Space');
  s = await state(page);
  assert.deepEqual(s.case.stepsDone, ['apologise'], 'Space pressed Done');
  await tabTo(page, 'Done##step:own');
  await press(page, 'Enter');
  assert.deepEqual((await state(page)).case.stepsDone, ['apologise', 'own'], 'Enter pressed Done');
  assert.deepEqual(problems, []);
  await context.close();
});
