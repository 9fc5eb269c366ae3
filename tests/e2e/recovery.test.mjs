// One whole recovery, as a new member of staff does it (issue 8's acceptance
// path): sign in, open a case from the intake, try step 3 first and see the
// refusal, walk the three steps, draft a reply and take the coach's advice on
// "sorry, but", grant an item within authority, get one over authority
// approved with a manager's PIN (a wrong PIN refused first), schedule and
// record the follow-up, record the outcome and the analysis, close; then the
// queue, the follow-ups list and an export checked by the `mend` CLI, every
// event with the right actor. Once with a mouse at 1280x800, once as a touch
// tablet typing through the on-screen keyboard bridge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openApp, screenshot, click, tap, nextFrames, root, revealInPart, waitState,
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
const named = (page, suffix) => page.evaluate(
  (x) => window.mend.widgets().find((w) => (w.name === x || w.name.endsWith(x)) && w.visible) || null, suffix);


// Scrolls the case's part until the widget is wholly in view (a tablet shows
// less); anywhere else it does nothing.
const reveal = (page, label) => revealInPart(page, label, 'Steps');

async function recover(page, touch, suffix) {
  const direct = touch ? tap : click;
  const press = async (label) => { await reveal(page, label); await direct(page, label); };
  const typeInto = async (field, text) => {
    await press(field);
    await page.keyboard.type(text, { delay: 5 });
    await nextFrames(page);
  };

  // Sign in as Ana, a member of staff of the sample business.
  await waitState(page, (s) => s.screen && !s.opening);
  await direct(page, 'Try Mend with a sample business');
  await waitState(page, (s) => s.signInNeeded && s.cases > 0);
  await direct(page, 'Ana Ruiz');
  for (const digit of '1111') await direct(page, digit);
  await direct(page, 'Sign in');
  await waitState(page, (s) => s.signedIn && s.staffId === 'ana');

  // Intake.
  await press('New case');
  await typeInto('##name', 'Noor Haddad');
  await typeInto('##contact', 'noor@example.com');
  await typeInto('##words', 'Our anniversary dinner came forty minutes late and cold.');
  await press('Open case');
  let s = await waitState(page, (st) => st.screen === 'case' && st.case);
  const { id: caseId, reference } = s.case;
  await screenshot(page, `recovery-opened${suffix}`);

  // Steps, with the refusal first.
  await press('Done##step:ask');
  await reveal(page, '##refusal-step:ask');
  assert.ok(await named(page, '##refusal-step:ask'), 'step 3 first is refused beside its button');
  await press('Done##step:apologise');
  await press('Done##step:own');
  await typeInto('##note', 'A new dinner tonight, on us');
  await press('Done##step:ask');
  s = await state(page);
  assert.deepEqual(s.case.stepsDone, ['apologise', 'own', 'ask']);

  // Reply: the coach flags "sorry, but"; its phrase goes in with one tap.
  await press('Reply');
  await typeInto('##reply', "I'm sorry, but the kitchen was short of staff tonight.");
  await page.waitForTimeout(400);
  await nextFrames(page, 4);
  await press('Use this instead##use-but-after-apology');
  await page.waitForTimeout(400);
  await nextFrames(page, 4);
  await press('Copy reply');
  assert.equal((await state(page)).clipboard, "I'm sorry. Here's what I'll do.");
  await screenshot(page, `recovery-reply${suffix}`);

  // Make good: within authority, then over it with a manager's PIN.
  await press('Make good');
  await press('Grant##grant:delivery-refund');
  s = await waitState(page, (st) => st.case.grants.length === 1);
  await press("Grant with a manager's approval##grant:room-upgrade");
  await press('Kara Walsh##approver-kara');
  await typeInto('##approver-pin', '9999');
  await typeInto('##approval-reason', 'Anniversary; a loyal guest');
  await press('Approve and grant##approve');
  await nextFrames(page, 3);
  assert.equal((await state(page)).case.grants.length, 1, 'a wrong PIN grants nothing');
  await typeInto('##approver-pin', '1212');
  await press('Approve and grant##approve');
  s = await waitState(page, (st) => st.case.grants.length === 2);
  assert.equal(s.case.grants.find((g) => g.item === 'room-upgrade').approvedBy, 'kara');
  await screenshot(page, `recovery-make-good${suffix}`);

  // Follow-up, outcome, analysis, close.
  await press('Follow-up');
  await typeInto('##follow-up-note', 'Call tomorrow about the new dinner');
  await press('Schedule follow-up##follow-up');
  await waitState(page, (st) => st.case.followUps === 1);
  await press('Follow-ups');
  s = await waitState(page, (st) => st.screen === 'follow-ups');
  assert.ok(s.followUpsListed >= 1, 'the follow-up is listed');
  await press(`Open ${reference}`);
  await waitState(page, (st) => st.screen === 'case');
  await press('Follow-up');
  await typeInto('##follow-up-done-note', 'They enjoyed the dinner');
  await press('Record follow-up done##follow-up-done');
  await waitState(page, (st) => st.case.followUpDone);
  await press('Outcome and close');
  await press('delighted');
  await press('retained');
  await press('Record outcome##outcome');
  await typeInto('##root-cause', 'short-staffed kitchen');
  await typeInto('##action', 'A standby cook on Saturdays');
  await press('Record analysis##analysis');
  await press('Close case##close');
  s = await waitState(page, (st) => st.case.open === false);
  assert.equal(s.case.verdict, 2);
  await screenshot(page, `recovery-closed${suffix}`);

  // Every event is by Ana, but the approval, which is Kara's.
  const approvals = s.case.actors.filter((a) => a === 'kara').length;
  assert.equal(approvals, 1, JSON.stringify(s.case.actors));
  assert.ok(s.case.actors.every((a) => a === 'ana' || a === 'kara'));

  // The queue still lists it (closed), and the export passes `mend validate`.
  await press('< Queue');
  await waitState(page, (st) => st.screen === 'queue');
  await screenshot(page, `recovery-queue${suffix}`);
  await waitState(page, (st) => st.unsaved === 0);
  await direct(page, 'Data');
  await direct(page, 'Export book\u2026');
  const [download] = await Promise.all([page.waitForEvent('download'), direct(page, 'Export')]);
  const file = path.join(root, 'build', `e2e-recovery${suffix}.json`);
  await download.saveAs(file);
  const mend = path.join(root, 'build', 'native', 'mend');
  execFileSync(mend, ['validate', file]);
  const book = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ours = book.cases.find((c) => c.id === caseId);
  assert.ok(ours, 'the case is in the export');
  assert.equal(ours.events.length, s.case.events);
  for (const e of ours.events) assert.ok(e.actor === 'ana' || e.actor === 'kara', JSON.stringify(e));
  const stats = JSON.parse(execFileSync(mend, ['stats', file]).toString());
  assert.ok(stats, 'mend stats reads the export');
}

test('a whole recovery with the mouse at 1280x800', async () => {
  const { page, context, problems } = await openApp(browser, server.url, { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recover(page, false, '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a whole recovery as a touch tablet', async () => {
  const { page, context, problems } = await openApp(browser, server.url, {
    viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, acceptDownloads: true,
  });
  await recover(page, true, '-tablet');
  assert.deepEqual(problems, []);
  await context.close();
});
