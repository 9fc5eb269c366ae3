// The case screen's "Make good" part, as a clerk of the sample business does
// it: grant an item within authority in one tap, try one over authority (a
// modal asks for a manager's PIN: a wrong one is refused and records nothing,
// the right one records the approval and the grant), reverse a grant with a
// reason, offer something in words, reload and find it all there. Once with a
// mouse at 1280x800, once as a touch tablet typing through the on-screen
// keyboard bridge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launch, openApp, screenshot, click, tap, findWidget, nextFrames, waitForFrames,
  revealInPart, waitState,
} from './browser.mjs';
import { signInIfAsked } from './desk.mjs';

const tablet = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true };
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


// A widget matched by label or full name, visible or not (null when absent).
const widget = (page, label) => page.evaluate((l) => window.mend.widgets().find((x) => (x.label === l || x.name === l) && x.visible) || null, label);

// The make-good part scrolls: a tablet shows less of it.
const reveal = (page, label) => revealInPart(page, label, 'Make good');

function pointer(touch) {
  const press = async (page, label) => {
    await reveal(page, label);
    await (touch ? tap : click)(page, label);
  };
  const typeInto = async (page, field, text) => {
    await press(page, field);
    await page.keyboard.type(text, { delay: 10 });
    await nextFrames(page);
  };
  return { press, typeInto };
}

// Loads the sample business on a first visit and signs in as Ana (staff:
// 25.00 per case on her own), then opens a case through the intake.
async function sampleCase(page, { press, typeInto }, touch) {
  await waitState(page, (s) => s.screen && !s.opening);
  await (touch ? tap : click)(page, 'Try Mend with a sample business');
  await waitState(page, (s) => s.signInNeeded && s.cases > 0);
  await (touch ? tap : click)(page, 'Ana Ruiz');
  for (const digit of '1111') await (touch ? tap : click)(page, digit);
  await (touch ? tap : click)(page, 'Sign in');
  await waitState(page, (s) => s.signedIn && s.staffId === 'ana');
  await press(page, 'New case');
  await typeInto(page, '##name', 'Noor Haddad');
  await typeInto(page, '##contact', 'noor@example.com');
  await typeInto(page, '##words', 'The room was not ready when we arrived for our anniversary.');
  await press(page, 'Open case');
  assert.equal((await state(page)).screen, 'case');
}

async function tallEnough(page, labels, min) {
  for (const label of labels) {
    const w = await findWidget(page, label);
    assert.ok(w.h >= min, `${label} is ${w.h} px tall`);
  }
}

async function makeGood(page, touch, suffix) {
  const p = pointer(touch);
  const { press, typeInto } = p;
  await sampleCase(page, p, touch);
  await (touch ? tap : click)(page, 'Make good');
  await screenshot(page, `make-good${suffix}`);
  await reveal(page, 'Grant##grant:delivery-refund');
  await screenshot(page, `make-good-scrolled${suffix}`);
  if (touch) await tallEnough(page, ['Make good', 'Grant##grant:delivery-refund'], 44);

  // Within authority: one tap, granted by Ana.
  await press(page, 'Grant##grant:delivery-refund');
  let s = await waitState(page, (st) => st.case.grants.length === 1);
  assert.equal(s.case.grants[0].item, 'delivery-refund');
  assert.equal(s.case.grants[0].actor, 'ana');
  assert.equal(s.case.grants[0].approvedBy, '');

  // Over authority: the same kind of button opens the manager's PIN prompt.
  await press(page, "Grant with a manager's approval##grant:room-upgrade");
  await findWidget(page, 'Approve and grant##approve');
  await press(page, 'Kara Walsh##approver-kara');
  await typeInto(page, '##approver-pin', '9999');
  await typeInto(page, '##approval-reason', 'Their anniversary, and a loyal guest');
  await screenshot(page, `make-good-approval${suffix}`);
  if (touch) await tallEnough(page, ['Kara Walsh##approver-kara', '##approver-pin', 'Approve and grant##approve', 'Cancel##approve-cancel'], 44);
  await press(page, 'Approve and grant##approve');
  await findWidget(page, "That PIN is not Kara Walsh's. Nothing was granted.");
  s = await state(page);
  assert.equal(s.case.grants.length, 1, 'a wrong PIN grants nothing');
  assert.equal(s.case.approvals.length, 0);
  await screenshot(page, `make-good-wrong-pin${suffix}`);
  await typeInto(page, '##approver-pin', '1212');
  await press(page, 'Approve and grant##approve');
  s = await waitState(page, (st) => st.case.grants.length === 2);
  const upgrade = s.case.grants.find((g) => g.item === 'room-upgrade');
  assert.equal(upgrade.actor, 'ana');
  assert.equal(upgrade.approvedBy, 'kara');
  assert.deepEqual(s.case.approvals.map((a) => [a.requestedBy, a.approvedBy, a.amount, a.reason]),
                   [['ana', 'kara', 3000, 'Their anniversary, and a loyal guest']]);
  await nextFrames(page);
  assert.equal(await widget(page, 'Approve and grant##approve'), null, 'the prompt closed');

  // Reverse the first grant with a reason.
  const first = s.case.grants.find((g) => g.item === 'delivery-refund');
  await typeInto(page, `##reverse-reason-${first.id}`, 'Charged by mistake: no delivery was made');
  await press(page, `Reverse##reverse:${first.id}`);
  s = await waitState(page, (st) => st.case.grants.some((g) => g.reversed));
  assert.equal(s.case.grants.find((g) => g.id === first.id).reversalReason,
               'Charged by mistake: no delivery was made');

  // A free-text offer.
  await typeInto(page, '##offer-text', 'A bottle of wine with dinner tonight');
  await press(page, 'Record offer##offer');
  s = await waitState(page, (st) => st.case.offers.length === 1);
  await screenshot(page, `make-good-granted${suffix}`);
  // The case now holds far more than a severity-2 failure warrants: the list
  // says so once, under the grants, not under every item.
  await reveal(page, `Reverse##reverse:${upgrade.id}`);
  await screenshot(page, `make-good-granted-top${suffix}`);

  // After a reload (signed in again) everything is there, saved.
  const caseId = s.case.id;
  const reference = s.case.reference;
  await waitState(page, (st) => st.unsaved === 0);
  await page.reload();
  await waitForFrames(page, 3);
  await signInIfAsked(page, { name: 'Ana Ruiz', pin: '1111' });
  return { caseId, reference };
}

async function afterReload(page, { caseId, reference }, touch) {
  const s0 = await state(page);
  // The queue lists the case by its reference; open it and look.
  await (touch ? tap : click)(page, reference);
  const s = await waitState(page, (st) => st.screen === 'case' && st.case && st.case.id === caseId);
  assert.ok(s0.cases > 0);
  assert.equal(s.case.grants.length, 2);
  assert.ok(s.case.grants.find((g) => g.item === 'delivery-refund').reversed);
  assert.equal(s.case.grants.find((g) => g.item === 'room-upgrade').approvedBy, 'kara');
  assert.deepEqual(s.case.offers, ['A bottle of wine with dinner tonight']);
}

test('make good with the mouse at 1280x800: grant, approval by PIN, reversal, offer, reload', async () => {
  const { page, problems } = await openApp(browser, server.url);
  const caseId = await makeGood(page, false, '');
  await afterReload(page, caseId, false);
  assert.deepEqual(problems, []);
});

test('make good as a touch tablet', async () => {
  const { page, problems } = await openApp(browser, server.url, tablet);
  const caseId = await makeGood(page, true, '-tablet');
  await afterReload(page, caseId, true);
  assert.deepEqual(problems, []);
});

test('a second failure of the same customer asks a manager to take the case over', async () => {
  const { page, problems } = await openApp(browser, server.url);
  const p = pointer(false);
  await sampleCase(page, p, false);
  // The same customer fails again: a second case for the same contact.
  await click(page, '< Queue');
  await click(page, 'New case');
  await p.typeInto(page, '##name', 'Noor Haddad');
  await p.typeInto(page, '##contact', 'noor@example.com');
  await p.typeInto(page, '##words', 'Again: the room was not ready.');
  await click(page, 'Open case');
  const { reference, id } = (await state(page)).case;
  await click(page, 'Make good');
  await screenshot(page, 'make-good-double-deviation-staff');
  assert.equal(await widget(page, 'Take this case over##take-over'), null, 'a clerk cannot take it over');

  // A manager signs in and takes it over in one tap: a note by them.
  await click(page, 'Switch user');
  await click(page, 'Kara Walsh');
  for (const digit of '1212') await click(page, digit);
  await click(page, 'Sign in');
  await waitState(page, (s) => s.signedIn && s.staffId === 'kara');
  await click(page, reference);
  await click(page, 'Make good');
  const before = (await state(page)).case.events;
  await screenshot(page, 'make-good-double-deviation-manager');
  await click(page, 'Take this case over##take-over');
  const s = await waitState(page, (st) => st.case.id === id && st.case.events === before + 1);
  assert.equal(s.case.lastActor, 'kara');
  assert.equal(await widget(page, 'Take this case over##take-over'), null, 'taken over once');
  await screenshot(page, 'make-good-double-deviation-taken');
  assert.deepEqual(problems, []);
});
