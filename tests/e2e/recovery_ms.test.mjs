// A whole recovery in Bahasa Melayu, as a Malay-speaking member of staff new
// to Mend does it on a counter tablet, by finger (issue 13's acceptance
// path): choose Bahasa Melayu in Help > Language, try the sample business,
// sign in, take the complaint, walk the three steps (the refusal of step 3
// first is in Malay), draft a Malay reply the coach reads in Malay, grant a
// make-good and one over authority with a manager's PIN, schedule and record
// the follow-up, record the outcome and the analysis, close. On every screen
// on the way: nothing drawn that the Malay table lacks, no English text the
// table translates, and no English sentence from anywhere else (the core's
// refusals, clocks and timeline). The export then passes `mend validate`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  startServer, launch, openApp, screenshot, click, tap, nextFrames, root, revealInPart, waitState, appState,
} from './browser.mjs';
import { ms, translatable } from './malay.mjs';

// Words common in any English sentence and absent from Malay ones: a label
// with two of them is English prose that reached a Malay screen some other
// way than the table (the sample business's own names, such as its catalog
// items, are the owner's data and have at most one).
const englishWords = /\b(the|is|are|was|be|this|that|with|for|of|you|your|it|has|have|before|after|first|not|can|by|when|until)\b/gi;
const englishProse = (text) => (text.match(englishWords) || []).length >= 2;

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test('a whole recovery in Malay on a touch tablet, with no English on the way', async () => {
  const { page, context, problems } = await openApp(browser, `${server.url}?db=recovery-ms-${process.pid}`, {
    viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true,
    acceptDownloads: true,
  });
  const english = new Map();  // where -> what was English
  const look = async (where) => {
    await nextFrames(page, 4);
    await screenshot(page, `recovery-ms-${where}`);
    const widgets = await page.evaluate(() => window.mend.widgets());
    const found = widgets.filter((w) => w.visible && w.label &&
      (translatable.has(w.label) || englishProse(w.label))).map((w) => w.label);
    if (found.length) english.set(where, found);
  };
  const press = async (label) => {
    await revealInPart(page, label, ms('Steps'));
    await tap(page, label);
  };
  const typeInto = async (field, text) => {
    await press(field);
    await page.keyboard.type(text, { delay: 5 });
    await nextFrames(page);
  };

  // The language first: Help > Language > Bahasa Melayu.
  await waitState(page, (s) => s.screen && !s.opening);
  await tap(page, 'Help');
  await tap(page, 'Language', { window: '##Menu' });
  await tap(page, 'Bahasa Melayu', { window: '##Menu' });
  await waitState(page, (s) => s.language === 'ms');
  await tap(page, ms('Try Mend with a sample business'));
  await waitState(page, (s) => s.signInNeeded && s.cases > 0);
  await tap(page, 'Ana Ruiz');
  for (const digit of '1111') await tap(page, digit);
  await tap(page, ms('Sign in'));
  await waitState(page, (s) => s.signedIn && s.staffId === 'ana');
  await look('queue');

  // The complaint, in the customer's words.
  await press(ms('New case'));
  await typeInto('##name', 'Nurul Huda binti Ahmad');
  await typeInto('##contact', '012-345 6789');
  await typeInto('##words', 'Kek hari jadi anak saya tertulis nama yang salah dan sampai lewat sejam.');
  await look('intake');
  await press(ms('Open case'));
  let s = await waitState(page, (st) => st.screen === 'case' && st.case);
  const { id: caseId, reference } = s.case;
  await look('opened');

  // Step 3 first is refused, in Malay; then the steps in order.
  await press(`${ms('Done')}##step:ask`);
  await revealInPart(page, '##refusal-step:ask', ms('Steps'));
  const refusal = await page.evaluate(() => window.mend.widgets().find((w) => w.name.endsWith('##refusal-step:ask')));
  assert.ok(refusal, 'step 3 first is refused beside its button');
  assert.ok(!englishProse(refusal.label), `the refusal is in Malay: ${refusal.label}`);
  await look('refused');
  await press(`${ms('Done')}##step:apologise`);
  await press(`${ms('Done')}##step:own`);
  await typeInto('##note', 'Kek baharu dengan nama yang betul, percuma');
  await press(`${ms('Done')}##step:ask`);
  s = await appState(page);
  assert.deepEqual(s.case.stepsDone, ['apologise', 'own', 'ask']);
  await look('steps-done');

  // A Malay reply: the coach reads it as Malay and finds all four checks.
  await press(ms('Reply'));
  await typeInto('##reply', 'Saya minta maaf, Puan Nurul. Ini salah kami. Apa yang boleh saya buat ' +
    'untuk memperbetulkannya? Terima kasih kerana memberitahu kami.');
  await page.waitForTimeout(600);  // the coach reads when typing pauses
  await look('reply');
  const coached = await page.evaluate(() => window.mend.coach(
    'Saya minta maaf, Puan Nurul. Ini salah kami. Apa yang boleh saya buat untuk memperbetulkannya? ' +
    'Terima kasih kerana memberitahu kami.', 'auto', false));
  assert.equal(coached.language, 'ms');
  assert.deepEqual([coached.apology, coached.ownership, coached.ask, coached.thanks], [true, true, true, true]);
  assert.deepEqual(coached.donts, []);
  // On the screen: the four ticks, read as Malay (detected); the same words
  // coached as English (chosen for this reply) find no apology; back to detected.
  const checks = async () => Object.fromEntries((await page.evaluate(() => window.mend.widgets()))
    .filter((w) => w.visible && w.name.includes('##check-'))
    .map((w) => { const m = w.name.match(/##check-(\w+)-(yes|no)$/); return [m[1], m[2] === 'yes']; }));
  assert.deepEqual(await checks(), { apology: true, ownership: true, ask: true, thanks: true });
  await press(`${ms('Detected (%s)').replace('%s', 'Bahasa Melayu')}##coach-as-auto`);
  await press('English##coach-as-en');
  await nextFrames(page, 4);
  assert.equal((await checks()).apology, false, 'read as English, "minta maaf" is no apology');
  await press(`${ms('Detected (%s)').replace('%s', 'Bahasa Melayu')}##coach-as-auto`);
  await nextFrames(page, 4);
  assert.deepEqual(await checks(), { apology: true, ownership: true, ask: true, thanks: true });

  // Make good: within authority, then over it with a manager's PIN.
  await press(ms('Make good'));
  await look('make-good');
  await press(`${ms('Grant')}##grant:delivery-refund`);
  s = await waitState(page, (st) => st.case.grants.length === 1);
  await press(`${ms("Grant with a manager's approval")}##grant:room-upgrade`);
  await press('Kara Walsh##approver-kara');
  await typeInto('##approver-pin', '1212');
  await typeInto('##approval-reason', 'Hari jadi anak; pelanggan setia');
  await look('approval');
  await press(`${ms('Approve and grant')}##approve`);
  s = await waitState(page, (st) => st.case.grants.length === 2);
  assert.equal(s.case.grants.find((g) => g.item === 'room-upgrade').approvedBy, 'kara');
  await look('granted');

  // Follow-up, outcome, analysis, close.
  await press(ms('Follow-up'));
  await typeInto('##follow-up-note', 'Telefon esok tentang kek baharu');
  await press(`${ms('Schedule follow-up')}##follow-up`);
  await waitState(page, (st) => st.case.followUps === 1);
  await look('follow-up');
  await press(ms('Follow-ups'));
  s = await waitState(page, (st) => st.screen === 'follow-ups');
  assert.ok(s.followUpsListed >= 1, 'the follow-up is listed');
  await look('follow-ups');
  await press(ms('Open %s').replace('%s', reference));
  await waitState(page, (st) => st.screen === 'case');
  await press(ms('Follow-up'));
  await typeInto('##follow-up-done-note', 'Mereka gembira dengan kek itu');
  await press(`${ms('Record follow-up done')}##follow-up-done`);
  await waitState(page, (st) => st.case.followUpDone);
  await press(ms('Outcome and close'));
  await press(ms('delighted'));
  await press(ms('retained'));
  await press(`${ms('Record outcome')}##outcome`);
  await typeInto('##root-cause', 'nama tidak disemak semula');
  await typeInto('##action', 'Baca nama pada kek kepada pelanggan sebelum dihantar');
  await press(`${ms('Record analysis')}##analysis`);
  await press(`${ms('Close case')}##close`);
  s = await waitState(page, (st) => st.case.open === false);
  assert.equal(s.case.verdict, 2);
  await look('closed');
  await press(ms('Timeline'));
  await look('timeline');

  // Nothing English on the way, nothing missing from the table.
  s = await appState(page);
  assert.deepEqual(s.missingTranslations, [], 'every text drawn in Malay is in the table');
  assert.deepEqual(Object.fromEntries(english), {}, 'no English shown on the way');

  // The book keeps the case as data (no language in it): the export is valid.
  await press(ms('< Queue'));
  await waitState(page, (st) => st.screen === 'queue' && st.unsaved === 0);
  await tap(page, ms('Data'));
  await tap(page, ms('Export book\u2026'));
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, ms('Export'))]);
  const file = path.join(root, 'build', 'e2e-recovery-ms.json');
  await download.saveAs(file);
  execFileSync(path.join(root, 'build', 'native', 'mend'), ['validate', file]);
  const book = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ours = book.cases.find((c) => c.id === caseId);
  assert.ok(ours, 'the case is in the export');
  assert.ok(JSON.stringify(ours).includes('Nurul Huda binti Ahmad'), 'the customer as typed');
  assert.deepEqual(problems, []);
  await context.close();
});

// A bad file on a Malay screen: the import's errors are read in Malay (the
// JSON path as the file has it), and nothing in the book changes.
test('a truncated book imported on a Malay screen: its errors in Malay, the book unchanged', async () => {
  const sample = path.join(root, 'build', 'e2e-ms-sample.json');
  execFileSync(path.join(root, 'build', 'native', 'mend'), ['sample', '--cases', '20', '-o', sample]);
  const truncated = path.join(root, 'build', 'e2e-ms-truncated.json');
  const text = fs.readFileSync(sample, 'utf8');
  fs.writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));

  const { page, context, problems } = await openApp(browser, `${server.url}?db=import-ms-${process.pid}`);
  await waitState(page, (s) => s.screen && !s.opening);
  await click(page, 'Help');
  await click(page, 'Language', { window: '##Menu' });
  await click(page, 'Bahasa Melayu', { window: '##Menu' });
  await waitState(page, (s) => s.language === 'ms');
  await click(page, ms('Try Mend with a sample business'));
  await waitState(page, (s) => s.signInNeeded && s.cases > 0 && s.unsaved === 0);
  await click(page, 'Maya Harbour');
  for (const digit of '1234') await click(page, digit);
  await click(page, ms('Sign in'));
  const before = await waitState(page, (s) => s.signedIn);

  await click(page, ms('Data'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
    click(page, ms('Import book\u2026'), { window: '##Menu' })]);
  await chooser.setFiles(truncated);
  const s = await waitState(page, (st) => st.import && !st.import.reading && st.import.checked);
  assert.equal(s.import.valid, false);
  assert.match(s.import.errors[0], /^not valid JSON: /, 'the bridge reports the English of the data');
  await nextFrames(page, 4);
  await screenshot(page, 'recovery-ms-import-errors');
  // The error lines are text, not widgets: a reason the table could not say
  // in Malay would be listed as missing (it is drawn through it).
  const drawn = await appState(page);
  assert.deepEqual(drawn.missingTranslations, [], 'every error reason said in Malay');
  const shown = (await page.evaluate(() => window.mend.widgets())).filter((w) => w.visible && w.label);
  assert.deepEqual(shown.filter((w) => translatable.has(w.label) || englishProse(w.label)).map((w) => w.label), []);
  await click(page, ms('Close'));
  const after = await appState(page);
  assert.equal(after.cases, before.cases, 'the bad file changed nothing');
  assert.deepEqual(after.missingTranslations, []);
  assert.deepEqual(problems, []);
  await context.close();
});
