// The soak's hands: a seeded random source, a "desk" that presses widgets at
// the positions the bridge reports (mouse or finger, chosen at random) and
// types with the keyboard, and one function per thing a person does. Each
// action returns the event types it asked the app to record (what the model
// will expect once the app says it is saved), or null when it was not
// possible after all. Nothing here calls into the app: the bridge is read
// for positions and for what is on screen, never to act.
import {
  click, tap, findWidget, centre, nextFrames, waitState, appState, revealInPart, scrollIntoView,
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

// A desk on one page: presses with the mouse or (in a touch context) a finger.
export function desk(page, random, { touch }) {
  const pressWith = () => (touch && random.chance(0.5) ? tap : click);
  const d = {
    page, random, touch,
    press: (label, options) => pressWith()(page, label, options),
    // Presses a point (a widget already looked up), as press does.
    pressAt: async (w) => {
      const c = centre(w);
      if (touch && random.chance(0.5)) await page.touchscreen.tap(c.x, c.y);
      else await page.mouse.click(c.x, c.y);
      await nextFrames(page);
    },
    // On the case screen, scrolls the part to the widget first.
    pressIn: async (label) => {
      await revealInPart(page, label, 'Steps');
      await d.press(label);
    },
    // Replaces a field's text by typing, as a person selecting all would.
    typeInto: async (field, text, { inPart = false } = {}) => {
      if (inPart) await d.pressIn(field); else await d.press(field);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text, { delay: 2 });
      await nextFrames(page);
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

// Scrolls the case screen's part (under its row of part buttons) from its top
// down, and returns the first widget `match` accepts, already in view, or
// null. Items far out of view are not listed, so it looks as it goes.
async function sweepPart(page, match) {
  const parts = (await widgets(page)).find((w) => w.name === 'Steps');
  if (!parts) return null;
  const at = { x: parts.x + 150, y: Math.min(parts.y + parts.h + 150, 700) };
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -400);
  await nextFrames(page);
  let before = null;
  for (let i = 0; i < 40; i++) {
    const all = await widgets(page);
    const found = all.find((w) => w.visible && match(w));
    if (found) {
      await revealInPart(page, found.name, 'Steps');
      return (await widgets(page)).find((w) => w.name === found.name && w.visible) || null;
    }
    const layout = JSON.stringify(all.map((w) => [w.name, Math.round(w.y)]));
    if (layout === before) return null;  // the bottom: nothing matched
    before = layout;
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 150);
    await nextFrames(page);
  }
  return null;
}

async function showPart(d, part) {
  await d.press(part);
  await nextFrames(d.page, 2);
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
  if (d.random.chance(0.5)) await d.typeInto('##contact', `${customer.replace(/\W+/g, '.').toLowerCase()}@example.com`);
  await d.typeInto('##words', `Soak: ${customer} waited too long.`);
  if (d.random.chance(0.5)) {
    await d.typeInto('##wants', 'a word of apology');
    await d.page.keyboard.press('Enter');
    await nextFrames(d.page, 3);
  } else {
    await d.press('Open case');
  }
  const s = await waitState(d.page, (st) => st.screen === 'case' && st.case?.customer === customer);
  return { types: ['opened'], id: s.case.id, reference: s.case.reference };
}

// The step to do now: the first Done button in the Steps part; a note first
// when the step asks for one (its field sits just above its button).
export async function doStep(d, text) {
  await showPart(d, 'Steps');
  const done = await sweepPart(d.page, (w) => w.name.startsWith('Done##step:'));
  if (!done) return null;
  const note = (await widgets(d.page))
    .filter((w) => w.name === '##note' && w.visible && w.y < done.y)
    .sort((a, b) => a.y - b.y).pop();
  if (note) {
    await d.pressAt(note);
    await d.page.keyboard.press('Control+A');
    await d.page.keyboard.type(text, { delay: 2 });
    await nextFrames(d.page);
  }
  await d.pressIn(done.name);
  return { types: ['step-done'], texts: note ? [text] : [] };
}

// A reply drafted (the coach reads it when typing pauses) and saved as a note.
export async function draftReply(d, text) {
  await showPart(d, 'Reply');
  await d.typeInto('##reply', text, { inPart: true });
  await d.page.waitForTimeout(400);
  await nextFrames(d.page, 4);
  await d.pressIn('Save to the case as a note');
  return { types: ['note'], texts: [text] };
}

// A make-good within the desk's authority, if one is offered.
export async function grant(d) {
  await showPart(d, 'Make good');
  const button = await sweepPart(d.page, (w) => w.name.startsWith('Grant##grant:'));
  if (!button) return null;
  await d.pressIn(button.name);
  return { types: ['granted'] };
}

// One over authority: the owner approves it with her PIN in the prompt.
export async function grantWithApproval(d, reason) {
  await showPart(d, 'Make good');
  const button = await sweepPart(d.page, (w) => w.name.startsWith("Grant with a manager's approval##grant:"));
  if (!button) return null;
  await d.pressIn(button.name);
  await findWidget(d.page, 'Approve and grant##approve');
  await d.press('Maya Harbour##approver-maya');
  await d.typeInto('##approver-pin', people.maya.pin);
  await d.typeInto('##approval-reason', reason);
  await d.press('Approve and grant##approve');
  return { types: ['approval', 'granted'], texts: [reason] };
}

export async function reverse(d, reason) {
  await showPart(d, 'Make good');
  const button = await sweepPart(d.page, (w) => w.name.startsWith('Reverse##reverse:'));
  if (!button) return null;
  const id = button.name.slice('Reverse##reverse:'.length);
  await d.typeInto(`##reverse-reason-${id}`, reason, { inPart: true });
  await d.pressIn(button.name);
  return { types: ['grant-reversed'], texts: [reason] };
}

// Records a follow-up done when one is due, else schedules one.
export async function followUp(d, text) {
  await showPart(d, 'Follow-up');
  const done = await sweepPart(d.page, (w) => w.name === 'Record follow-up done##follow-up-done');
  if (done) {
    await d.typeInto('##follow-up-done-note', text, { inPart: true });
    await d.pressIn(done.name);
    return { types: ['follow-up-done'], texts: [text] };
  }
  const schedule = await sweepPart(d.page, (w) => w.name === 'Schedule follow-up##follow-up');
  if (!schedule) return null;
  await d.typeInto('##follow-up-note', text, { inPart: true });
  await d.pressIn(schedule.name);
  return { types: ['follow-up-scheduled'], texts: [text] };
}

// Whether the open case is still open (a refused close leaves it so; its
// refusal is drawn under the button, often below the fold).
const stillOpen = async (page) => {
  await nextFrames(page, 2);
  return (await appState(page)).case?.open === true;
};

// Close; when it asks for the outcome first, records one and closes again.
export async function closeCase(d) {
  await showPart(d, 'Outcome and close');
  await d.pressIn('Close case##close');
  if (!(await stillOpen(d.page))) return { types: ['closed'] };
  await d.pressIn(d.random.pick(['not resolved', 'satisfied', 'delighted']));
  if (d.random.chance(0.5)) await d.pressIn(d.random.pick(['retained', 'lost']));
  await d.pressIn('Record outcome##outcome');
  await d.pressIn('Close case##close');
  // Refused again (for a reason but the outcome): the outcome alone was recorded.
  return { types: (await stillOpen(d.page)) ? ['outcome'] : ['outcome', 'closed'] };
}

export async function reopen(d, reason) {
  await showPart(d, 'Outcome and close');
  await d.typeInto('##reopen-reason', reason, { inPart: true });
  await d.pressIn('Reopen##reopen');
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
