// The soak's hands: a seeded random source, a "desk" that presses widgets at
// the positions the bridge reports (mouse or finger, chosen at random) and
// types with the keyboard, and one function per thing a person does. Each
// action returns the event types it asked the app to record (what the model
// will expect once the app says it is saved), or null when it was not
// possible after all. Nothing here calls into the app: the bridge is read
// for positions and for what a person sees on screen (whether a step or a
// close went through, or was refused and asks for more), never to act.
import {
  findWidget, centre, nextFrames, waitState, appState, scrollIntoView,
} from './browser.mjs';
import { signInIfAsked } from './desk.mjs';

// mulberry32: tiny, fast, and the same sequence for the same seed everywhere.
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next, int,
    chance: (p) => next() < p,
    pick: (list) => list[int(list.length)],
  };
}

const widgets = (page) => page.evaluate(() => window.mend.widgets());

// A desk on one page: presses with the mouse or (in a touch context) a
// finger, chosen at random each time. It waits two frames after a press, not
// browser.mjs's three: the app draws the press's effect in the frame after
// the release, and once input stops, frames come only once a second, so a
// third frame would cost the soak a second a press. What comes next polls
// for the widget or state it needs anyway.
export function desk(page, random, { touch }) {
  const d = {
    page, random, touch,
    pressAt: async (w) => {
      const c = centre(w);
      if (touch && random.chance(0.5)) {
        await page.touchscreen.tap(c.x, c.y);
      } else {
        await page.mouse.move(c.x, c.y);
        await page.mouse.down();
        await page.mouse.up();
      }
      await nextFrames(page, 2);
    },
    press: async (label, options) => d.pressAt(await findWidget(page, label, options)),
    // Replaces a field's text by typing, as a person selecting all would.
    typeInto: async (field, text) => {
      await d.press(field);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text, { delay: 2 });
      await nextFrames(page, 2);
    },
    // Presses a widget that may be below the fold (the editors' long lists).
    pressReaching: async (label, options) => {
      try {
        await d.press(label, { timeout: 1500, ...options });
      } catch {
        await scrollIntoView(page, label, { touch: touch && random.chance(0.5) });
        await d.press(label, options);
      }
    },
  };
  return d;
}

// ---- finding things in a scrolled part ----------------------------------------------
// The case screen's parts scroll under their row of buttons; widgets far out
// of view are not listed. Frames stop while nothing moves, so every wait for
// a frame is paid for with input: these helpers scroll as little as they can.

// The part's visible band (under its buttons) and a point inside it to wheel at.
async function partBand(page) {
  const [parts, height] = await page.evaluate(() =>
    [window.mend.widgets().find((w) => w.name === 'Steps') || null, window.innerHeight]);
  if (!parts) return null;
  return { top: parts.y + parts.h + 12, bottom: height - 4, at: { x: parts.x + 150, y: Math.min(parts.y + parts.h + 150, height - 40) } };
}
const whole = (w, band) => w.visible && w.vh >= w.h - 1 && w.y >= band.top && w.y + w.h <= band.bottom;

async function wheel(page, at, dy) {
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, dy);
  await nextFrames(page, 1);  // the frame that takes the wheel draws the scrolled part
}

// The first widget `match` accepts, wholly in view in the part: looked for
// where the part stands, then (or at once with fromTop) from its top down,
// a screenful at a time; null when the part has none.
async function findInPart(page, match, { fromTop = false } = {}) {
  const band = await partBand(page);
  if (!band) return null;
  // A wheel unit scrolls about 0.85 px: a step shows most of a new screenful.
  const step = Math.max(150, Math.floor((band.bottom - band.top) * 0.9));
  let all = await widgets(page);
  if (!fromTop) {
    const here = all.find((w) => match(w) && whole(w, band));
    if (here) return here;
  }
  await wheel(page, band.at, -20000);  // one turn to the top
  let before = null;
  for (let i = 0; i < 40; i++) {
    all = await widgets(page);
    const found = all.find((w) => w.visible && match(w));
    if (found) {
      if (whole(found, band)) return found;
      // Partly in view: a small nudge towards it.
      await wheel(page, band.at, found.y < band.top ? -step / 2 : step / 2);
      const again = (await widgets(page)).find((w) => w.name === found.name && w.visible);
      if (again && whole(again, band)) return again;
    }
    const layout = JSON.stringify(all.map((w) => [w.name, Math.round(w.y)]));
    if (layout === before) return null;  // the bottom: nothing matched
    before = layout;
    await wheel(page, band.at, step);
  }
  return null;
}

const named = (name) => (w) => w.name === name || w.label === name;

// Presses a widget of the open part, scrolled into view first.
async function pressInPart(d, name) {
  const w = await findInPart(d.page, named(name));
  if (!w) throw new Error(`no "${name}" in the case's part`);
  await d.pressAt(w);
  return w;
}

// Types into a field of the open part, replacing what it held.
async function typeInPart(d, name, text) {
  await pressInPart(d, name);
  await d.page.keyboard.press('Control+A');
  await d.page.keyboard.type(text, { delay: 2 });
  await nextFrames(d.page);
}

async function showPart(d, part) {
  await d.press(part);
}

// ---- signing in and moving about ------------------------------------------------------

export const people = {
  ana: { name: 'Ana Ruiz', pin: '1111' },
  maya: { name: 'Maya Harbour', pin: '1234' },
};

// After a reload or in a new tab the desk asks who is there.
export async function signIn(d, who = people.ana) {
  await waitState(d.page, (s) => s.screen && !s.opening, 60000);
  await signInIfAsked(d.page, who);
}

async function switchUser(d, who) {
  await d.press('Switch user');
  await waitState(d.page, (s) => s.signInNeeded);
  await d.press(who.name);
  for (const digit of who.pin) await d.press(digit);
  await d.press('Sign in');
  await waitState(d.page, (s) => s.signedIn && !s.signInNeeded);
}

export async function toQueue(d) {
  const s = await appState(d.page);
  if (s.screen === 'queue') return;
  if (s.screen === 'case') await d.press('< Queue');
  else {
    await d.press('Cases');
    await d.press('Case queue', { window: '##Menu' });
  }
  await waitState(d.page, (st) => st.screen === 'queue');
}

// Opens a case from the queue by typing its reference into the search.
export async function openByReference(d, reference) {
  const s = await appState(d.page);
  if (s.screen === 'case' && s.case?.reference === reference) return;
  await toQueue(d);
  await d.typeInto('Search##queue', reference);
  await d.press(reference);
  await waitState(d.page, (st) => st.screen === 'case' && st.case?.reference === reference);
}

// ---- the actions ----------------------------------------------------------------------

// The intake: by the menu button or the N key, Enter or the button to open.
export async function newCase(d, customer) {
  await toQueue(d);
  if (d.random.chance(0.3)) {
    await d.page.keyboard.press('n');
    await nextFrames(d.page, 2);
  } else {
    await d.press('New case');
  }
  await waitState(d.page, (s) => s.screen === 'new-case');
  await d.typeInto('##name', customer);
  if (d.random.chance(0.5)) await d.typeInto('##contact', `${customer.replace(/\W+/g, '')}@x.io`);
  await d.typeInto('##words', 'Kept waiting.');
  if (d.random.chance(0.5)) {
    await d.typeInto('##wants', 'sorry');
    await d.page.keyboard.press('Enter');
    await nextFrames(d.page, 3);
  } else {
    await d.press('Open case');
  }
  const s = await waitState(d.page, (st) => st.screen === 'case' && st.case?.customer === customer);
  return { types: ['opened'], id: s.case.id, reference: s.case.reference };
}

// The step to do now: the first Done button in the Steps part; a note first
// when the step asks for one (its field sits just above its button). A step
// that asks for a choice says so when Done is pressed, naming the options, as
// a person would learn it: one of them is chosen and Done pressed again.
export async function doStep(d, text) {
  await showPart(d, 'Steps');
  let done = await findInPart(d.page, (w) => w.name.startsWith('Done##step:'), { fromTop: true });
  if (!done) return null;
  const step = done.name.slice('Done##step:'.length);
  const note = (await widgets(d.page))
    .filter((w) => w.name === '##note' && w.visible && w.y < done.y && w.y > done.y - 200)
    .sort((a, b) => a.y - b.y).pop();
  if (note) {
    await d.pressAt(note);
    await d.page.keyboard.press('Control+A');
    await d.page.keyboard.type(text, { delay: 2 });
    await nextFrames(d.page);
    done = await findInPart(d.page, named(done.name));
  }
  await d.pressAt(done);
  if (!(await stepDone(d.page, step))) {
    const refusal = await findInPart(d.page, (w) => w.name.endsWith(`##refusal-step:${step}`));
    const options = refusal?.label.match(/asks you to choose one of: (.*)$/);
    if (!options) throw new Error(`step "${step}" refused: ${refusal?.label}`);
    const choices = [...options[1].matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    await pressInPart(d, d.random.pick(choices));
    await pressInPart(d, done.name);
  }
  return { types: ['step-done'], texts: note ? [text] : [] };
}
// Whether the open case shows the step done in this round (the app's answer
// to the press, read to know whether it asked for more).
const stepDone = async (page, step) => (await appState(page)).case?.stepsDone.includes(step);

// A reply drafted (the coach reads it when typing pauses) and saved as a note.
export async function draftReply(d, text) {
  await showPart(d, 'Reply');
  await typeInPart(d, '##reply', text);
  await d.page.waitForTimeout(400);
  await nextFrames(d.page, 2);
  await pressInPart(d, 'Save to the case as a note');
  return { types: ['note'], texts: [text] };
}

// A make-good within the desk's authority, if one is offered.
export async function grant(d) {
  await showPart(d, 'Make good');
  const button = await findInPart(d.page, (w) => w.name.startsWith('Grant##grant:'));
  if (!button) return null;
  await d.pressAt(button);
  return { types: ['granted'] };
}

// One over authority: the owner approves it with her PIN in the prompt.
export async function grantWithApproval(d, reason) {
  await showPart(d, 'Make good');
  const button = await findInPart(d.page, (w) => w.name.startsWith("Grant with a manager's approval##grant:"));
  if (!button) return null;
  await d.pressAt(button);
  await findWidget(d.page, 'Approve and grant##approve');
  await d.press('Maya Harbour##approver-maya');
  await d.typeInto('##approver-pin', people.maya.pin);
  await d.typeInto('##approval-reason', reason);
  await d.press('Approve and grant##approve');
  // The prompt closes once the approval is recorded. If it stays, the app
  // refused a valid approval: a finding; cancel, as a person would have to.
  const closed = await d.page.waitForFunction(() => !window.mend.widgets().some((w) => w.name === 'Approve and grant##approve'),
    null, { timeout: 5000, polling: 100 }).then(() => true, () => false);
  if (!closed) {
    const prompt = (await widgets(d.page)).filter((w) => w.window.startsWith("A manager's approval") && w.visible);
    const said = prompt.map((w) => w.label).filter((l) => l && !/^(Approve and grant|Cancel|Kara|Liam|Maya)/.test(l));
    await d.press('Cancel##approve-cancel');
    return { types: [], finding: `${button.name}: the approval prompt refused it: ${JSON.stringify(said)}` };
  }
  return { types: ['approval', 'granted'], texts: [reason] };
}

export async function reverse(d, reason) {
  await showPart(d, 'Make good');
  const button = await findInPart(d.page, (w) => w.name.startsWith('Reverse##reverse:'));
  if (!button) return null;
  const id = button.name.slice('Reverse##reverse:'.length);
  await typeInPart(d, `##reverse-reason-${id}`, reason);
  await pressInPart(d, button.name);
  return { types: ['grant-reversed'], texts: [reason] };
}

// Records a follow-up done when one is due, else schedules one.
export async function followUp(d, text) {
  await showPart(d, 'Follow-up');
  const done = await findInPart(d.page, named('Record follow-up done##follow-up-done'));
  if (done) {
    await typeInPart(d, '##follow-up-done-note', text);
    await pressInPart(d, done.name);
    return { types: ['follow-up-done'], texts: [text] };
  }
  const schedule = await findInPart(d.page, named('Schedule follow-up##follow-up'));
  if (!schedule) return null;
  await typeInPart(d, '##follow-up-note', text);
  await pressInPart(d, schedule.name);
  return { types: ['follow-up-scheduled'], texts: [text] };
}

// Whether the open case is still open (a refused close leaves it so; its
// refusal is drawn under the button, often below the fold).
const stillOpen = async (page) => (await appState(page)).case?.open === true;

// Close; when it asks for the outcome first, records one and closes again.
export async function closeCase(d) {
  await showPart(d, 'Outcome and close');
  await pressInPart(d, 'Close case##close');
  if (!(await stillOpen(d.page))) return { types: ['closed'] };
  await pressInPart(d, d.random.pick(['not resolved', 'satisfied', 'delighted']));
  if (d.random.chance(0.5)) await pressInPart(d, d.random.pick(['retained', 'lost']));
  await pressInPart(d, 'Record outcome##outcome');
  await pressInPart(d, 'Close case##close');
  // Refused again (for a reason but the outcome): the outcome alone was recorded.
  return { types: (await stillOpen(d.page)) ? ['outcome'] : ['outcome', 'closed'] };
}

export async function reopen(d, reason) {
  await showPart(d, 'Outcome and close');
  await typeInPart(d, '##reopen-reason', reason);
  await pressInPart(d, 'Reopen##reopen');
  return { types: ['reopened'], texts: [reason] };
}

// The owner adds an item to the catalog, then hands the desk back to Ana.
export async function addCatalogItem(d, name) {
  await switchUser(d, people.maya);
  await d.press('Business');
  await d.press('Catalog', { window: '##Menu' });
  await waitState(d.page, (s) => s.screen === 'business');
  await d.pressReaching('Add an item');
  const tab = async (field, text) => {
    await d.typeInto(field, text);
    await d.page.keyboard.press('Tab');  // the editors take a value on Tab
    await nextFrames(d.page);
  };
  await tab('##item-name', name);
  await tab('##item-cost', `${1 + d.random.int(9)}.50`);
  await tab('##item-value', `${10 + d.random.int(20)}`);
  await d.pressReaching('Save##item');
  await waitState(d.page, (s) => s.unsaved === 0 && s.catalog.some((i) => i.name === name));
  await switchUser(d, people.ana);
  return { catalog: name };
}

// Data > Import book… through the browser's file chooser; Import, or Close
// when the review says there is nothing new.
export async function importBook(d, file) {
  const [chooser] = await Promise.all([
    d.page.waitForEvent('filechooser'),
    (async () => { await d.press('Data'); await d.press('Import book\u2026', { window: '##Menu' }); })(),
  ]);
  await chooser.setFiles(file);
  const s = await waitState(d.page, (st) => st.import && !st.import.reading, 60000);
  await nextFrames(d.page);  // the review opens on the next frame
  if (s.import.nothingNew) {
    await d.press('Close');
    return { imported: false };
  }
  await d.press('Import');
  await waitState(d.page, (st) => !st.import, 60000);
  await signInIfAsked(d.page, people.ana);
  return { imported: true };
}

// Data > Export book… > Export: a real download, parsed.
export async function exportBook(d, to) {
  await d.press('Data');
  await d.press('Export book\u2026', { window: '##Menu' });
  const [download] = await Promise.all([d.page.waitForEvent('download'), d.press('Export')]);
  await download.saveAs(to);
  return to;
}
