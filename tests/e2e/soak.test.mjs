// The random-action soak: a seeded script does SOAK_ACTIONS (default 100)
// random things a person at the desk could do, by real pointer, touch and
// keyboard events at the positions the test bridge reports; it reloads at
// random points (sometimes before a change was confirmed saved) and
// sometimes works in a second tab of the same book. It keeps its own model
// of what the app confirmed saved and compares the final export with it:
// nothing lost, nothing duplicated, no console error, the wasm heap bounded.
// Re-run a failure with SOAK_SEED=<seed> (printed). `make soak` runs 1,000.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  startServer, launch, openApp, watchPage, waitState, appState, waitForFrames, screenshot, root,
} from './browser.mjs';
import * as act from './soak_actions.mjs';
import { Model } from './soak_model.mjs';
import { signInIfAsked } from './desk.mjs';

const ACTIONS = Number(process.env.SOAK_ACTIONS || 100);
const SEED = Number(process.env.SOAK_SEED || 20261207);
const work = path.join(root, 'build', 'soak');
const mend = path.join(root, 'build', 'native', 'mend');
const IMPORT_FILES = 4;
// Heap (malloc's bytes in use, after 10 actions and at the end): an action
// adds at most a few events (a 3-case import about 30), each well under a
// kilobyte with the queue's and the totals' share, so 1,000 actions need a
// couple of MB (measured: the 100-action runs grew 0.02 to 1.4 MB, from 1.2 to
// 2.6 MB in use). The bound, 8 MB plus 16 KB an action (24 MB at 1,000), is
// about ten times that, and still catches a leak of 16 KB an action.
const heapGrowthLimit = (actions) => 8 * 1024 * 1024 + actions * 16 * 1024;

let server, browser;
before(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  // Small books of new cases to import: seeds far from the sample's own.
  for (let k = 0; k < IMPORT_FILES; k++) {
    execFileSync(mend, ['sample', '--cases', '3', '--seed', String(900000 + (SEED % 1000) * 10 + k),
                        '-o', path.join(work, `import-${k}.json`)]);
  }
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

// What each kind of action weighs when it is possible.
const WEIGHTS = {
  newCase: 10, openCase: 6, step: 14, reply: 6, grant: 5, approval: 3, reverse: 4,
  followUp: 6, close: 5, reopen: 4, catalog: 2, import: 2, export: 2,
};
const CASE_ACTIONS = new Set(['step', 'reply', 'grant', 'approval', 'reverse', 'followUp', 'close', 'reopen']);

function weighted(random, entries) {
  const sum = entries.reduce((a, [, w]) => a + w, 0);
  let r = random.next() * sum;
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries.at(-1)[0];
}

// The case an action works on: mostly the one open, else any that fits.
function target(run, kind) {
  const fits = (c) => (kind === 'reopen' ? !c.open : c.open) && (kind !== 'reverse' || c.grants > 0);
  const current = run.model.cases.get(run.current);
  if (current && fits(current) && run.random.chance(0.7)) return run.current;
  const ids = [...run.model.cases.keys()].filter((id) => fits(run.model.cases.get(id)));
  return ids.length ? run.random.pick(ids) : null;
}

function chooseAction(run) {
  const possible = Object.entries(WEIGHTS).filter(([kind]) => {
    if (CASE_ACTIONS.has(kind)) return target(run, kind) !== null;
    if (kind === 'openCase') return run.model.cases.size > 0;
    return true;
  });
  return weighted(run.random, possible);
}

// Waits until the app says everything is stored, with no error showing.
async function saved(page) {
  const s = await waitState(page, (st) => st.unsaved === 0 && !st.opening, 60000);
  assert.equal(s.lastError, '', `the app shows an error: ${s.lastError}`);
  // The desk signs out when idle: a person would sign in again.
  if (s.signInNeeded) await signInIfAsked(page, act.people.ana);
  return s;
}

// Performs one action on the desk `d`; returns a record of it for the model.
async function perform(run, d, kind) {
  // Short texts, unique in the run: the app takes typed keys one a frame.
  const n = ++run.made;
  const text = `s${n}`;
  if (kind === 'newCase') return { kind, result: await act.newCase(d, `Soak ${n}`) };
  if (kind === 'catalog') return { kind, result: await act.addCatalogItem(d, `Gift ${n}`) };
  if (kind === 'export') return { kind, result: { exported: await act.exportBook(d, path.join(work, 'mid.json')) } };
  if (kind === 'import') {
    const k = run.random.int(IMPORT_FILES);
    const file = path.join(work, `import-${k}.json`);
    return { kind, file, result: await act.importBook(d, file) };
  }
  const id = kind === 'openCase' ? run.random.pick([...run.model.cases.keys()]) : target(run, kind);
  await act.openByReference(d, run.model.cases.get(id).reference);
  run.current = id;
  const does = {
    openCase: async () => ({ types: [] }),
    step: () => act.doStep(d, text),
    reply: () => act.draftReply(d, `Sorry! ${text}`),
    grant: () => act.grant(d),
    approval: () => act.grantWithApproval(d, `ok ${text}`),
    reverse: () => act.reverse(d, `rev ${text}`),
    followUp: () => act.followUp(d, `fu ${text}`),
    close: () => act.closeCase(d),
    reopen: () => act.reopen(d, `again ${text}`),
  };
  return { kind, id, result: await does[kind]() };
}

// Once the app says it is saved, the model takes the action in, and the open
// case must show exactly the events the model expects.
async function confirm(run, page, done) {
  const s = await saved(page);
  const { kind, result } = done;
  const m = run.model;
  if (!result) return;  // not possible after all: nothing was asked of the app
  if (result.finding) run.findings.push(`${kind} on ${m.cases.get(done.id)?.reference}: ${result.finding}`);
  if (kind === 'newCase') {
    m.addOpened(result.id, result.reference);
    run.current = result.id;
  } else if (kind === 'catalog') {
    m.catalog.push(result.catalog);
  } else if (kind === 'import') {
    const fresh = !m.importedFiles.has(done.file);
    assert.equal(result.imported, fresh, fresh ? 'a new file had nothing new' : 'a file imported twice took cases again');
    if (fresh) {
      m.importedFiles.add(done.file);
      for (const c of JSON.parse(fs.readFileSync(done.file, 'utf8')).cases) m.addFromFile(c, 'import');
    }
    assert.equal(s.cases, m.cases.size, 'cases in the book after the import');
  } else if (kind === 'export') {
    const found = m.check(JSON.parse(fs.readFileSync(result.exported, 'utf8')));
    assert.deepEqual([found.lost, found.duplicated], [[], []], 'a mid-run export');
  } else if (done.id) {
    m.record(done.id, result.types, result.texts);
  }
  run.counts[kind] = (run.counts[kind] || 0) + 1;
  if (s.screen === 'case' && s.case && m.cases.has(s.case.id)) {
    const expected = m.events(s.case.id);
    const got = await waitState(page, (st) => st.case?.events === expected || st.case?.id !== s.case.id, 5000)
      .catch(() => appState(page));
    if (got.case?.id === s.case.id) assert.equal(got.case.events, expected, `events of ${s.case.reference} after ${kind}`);
  }
}

async function reload(run, d) {
  await d.page.reload();
  await waitForFrames(d.page, 3);
  await act.signIn(d);
  run.reloads++;
}

// A change sent, then the page reloaded before the app confirmed it saved:
// afterwards the book has it whole or not at all.
async function interrupted(run, d) {
  const kind = run.random.pick(['newCase', 'step', 'reply', 'followUp']);
  const casesBefore = run.model.cases.size;
  if (kind !== 'newCase' && target(run, kind) === null) return;
  const done = await perform(run, d, kind);
  await reload(run, d);
  run.interrupted++;
  const { result } = done;
  if (!result) return;
  const s = await appState(d.page);
  if (kind === 'newCase') {
    assert.ok(s.cases === casesBefore || s.cases === casesBefore + 1, `cases after a cut-short intake: ${s.cases}`);
    if (s.cases === casesBefore + 1) run.model.addOpened(result.id, result.reference);
    run.kept += s.cases - casesBefore;
    return;
  }
  const m = run.model;
  await act.openByReference(d, m.cases.get(done.id).reference);
  const events = (await appState(d.page)).case.events;
  const before = m.events(done.id);
  assert.ok(events === before || events === before + result.types.length,
            `a cut-short ${kind}: ${events} events, expected ${before} or ${before + result.types.length}`);
  if (events > before) { m.record(done.id, result.types, result.texts); run.kept++; }
}

// Work in a second tab of the same book, then come back to the first.
async function secondTab(run) {
  if (!run.tab2) {
    const page = await run.context.newPage();
    page.on('dialog', (dlg) => dlg.accept());
    watchPage(page, run.problems, server.url);
    await page.goto(server.url);
    await waitForFrames(page, 3);
    run.tab2 = act.desk(page, run.random, { touch: true });
    await act.signIn(run.tab2);
  }
  const d = run.tab2;
  await d.page.bringToFront();
  const steps = 1 + run.random.int(4);
  for (let i = 0; i < steps; i++) {
    let kind = run.random.pick(['newCase', 'step', 'reply', 'followUp', 'grant']);
    if (kind !== 'newCase' && target(run, kind) === null) kind = 'newCase';
    const done = await perform(run, d, kind);
    await confirm(run, d.page, done);
    run.tab2Actions++;
  }
  run.current = null;  // the first tab's open case is no longer the one in mind
  if (run.random.chance(0.5)) {
    await d.page.close();
    run.tab2 = null;
  }
  // The first tab learns of the second's changes within moments.
  await run.page.bringToFront();
  await waitState(run.page, (s) => s.cases === run.model.cases.size, 10000);
}

const heapUsed = (page) => page.evaluate(() => window.mend.heap().used);

test(`soak: ${ACTIONS} random actions (seed ${SEED})`, { timeout: Math.max(1800000, ACTIONS * 30000) }, async (t) => {
  const started = Date.now();
  const { context, page, problems } = await openApp(browser, server.url, {
    // A tablet's size: SwiftShader draws it faster than a desk's 1280x800,
    // and the app must work there by touch as well as by mouse.
    viewport: { width: 1024, height: 768 }, acceptDownloads: true, hasTouch: true,
  });
  page.on('dialog', (dlg) => dlg.accept());  // "leave with changes unsaved?": yes, as a person reloading would
  const random = act.rng(SEED);
  const run = {
    context, page, problems, random, model: new Model(), current: null, made: 0,
    counts: {}, findings: [], reloads: 0, interrupted: 0, kept: 0, tab2: null, tab2Actions: 0, heap: {},
  };
  const d = act.desk(page, random, { touch: true });
  const log = [];
  try {
    await waitState(page, (s) => s.screen && !s.opening && s.firstRun, 60000);
    await d.press('Try Mend with a sample business');
    await waitState(page, (s) => s.signInNeeded && s.unsaved === 0, 60000);
    await act.signIn(d);
    // The model starts from what the book holds: its first export.
    await act.exportBook(d, path.join(work, 'start.json'));
    for (const c of JSON.parse(fs.readFileSync(path.join(work, 'start.json'), 'utf8')).cases) run.model.addFromFile(c, 'sample');

    for (let i = 0; i < ACTIONS; i++) {
      if (i === Math.min(10, ACTIONS - 1)) run.heap.warm = await heapUsed(page);
      const roll = random.next();
      const t0 = Date.now();
      if (roll < 0.015) {
        log.push(`${i}: interrupted`);
        await interrupted(run, d);
      } else if (roll < 0.05) {
        log.push(`${i}: reload`);
        await reload(run, d);
      } else if (roll < 0.10) {
        log.push(`${i}: second tab`);
        await secondTab(run);
      } else {
        const kind = chooseAction(run);
        log.push(`${i}: ${kind}`);
        await confirm(run, page, await perform(run, d, kind));
      }
      log[log.length - 1] += ` ${Date.now() - t0} ms`;
      if (process.env.SOAK_VERBOSE) console.log(log.at(-1));
      assert.deepEqual(problems, [], `after action ${i}`);
      if ((i + 1) % 50 === 0) {
        console.log(`soak progress: ${i + 1} actions, ${run.model.cases.size} cases, ${run.reloads} reloads, `
          + `${run.tab2Actions} second-tab actions, heap used ${await heapUsed(page)} bytes, `
          + `${((Date.now() - started) / 1000).toFixed(0)} s`);
      }
    }

    if (run.tab2) await run.tab2.page.close();
    await saved(page);
    run.heap.end = await heapUsed(page);
    await reload(run, d);
    run.heap.reloaded = await heapUsed(page);
    const file = await act.exportBook(d, path.join(work, 'end.json'));
    const book = JSON.parse(fs.readFileSync(file, 'utf8'));
    const found = run.model.check(book);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const kinds = Object.entries(run.counts).map(([k, n]) => `${k} ${n}`).join(', ');
    t.diagnostic(`soak: seed ${SEED}, ${ACTIONS} actions (by kind, both tabs: ${kinds}), ${run.reloads} reloads `
      + `(${run.interrupted} cut short, ${run.kept} of those kept), ${run.tab2Actions} second-tab actions, `
      + `${found.cases} cases, ${found.events} events checked, ${found.lost.length} lost, `
      + `${found.duplicated.length} duplicated, heap used ${run.heap.warm} -> ${run.heap.end} bytes `
      + `(${run.heap.reloaded} after a reload), ${seconds} s`);
    for (const f of run.findings) t.diagnostic(`finding: ${f}`);
    assert.deepEqual(found.lost, [], 'lost');
    assert.deepEqual(found.duplicated, [], 'duplicated');
    assert.deepEqual(problems, []);
    assert.deepEqual(run.findings, [], 'valid actions the app refused');
    assert.ok(run.heap.end - run.heap.warm < heapGrowthLimit(ACTIONS),
              `heap grew ${run.heap.end - run.heap.warm} bytes, over ${heapGrowthLimit(ACTIONS)}`);
  } catch (e) {
    t.diagnostic(`soak failed: re-run with SOAK_SEED=${SEED} SOAK_ACTIONS=${ACTIONS} `
      + `node --test tests/e2e/soak.test.mjs; last actions: ${log.slice(-8).join('; ')}`);
    // A page error (a trap in the app stops its frames) says more than the timeout it causes.
    for (const p of problems.slice(0, 5)) t.diagnostic(`page problem: ${p.slice(0, 2000)}`);
    await screenshot(page, `soak-failure-${SEED}`).catch(() => {});
    throw e;
  } finally {
    await context.close();
  }
});
