// The soak's own record of the book: what it started from (the first
// export), what it did and the app confirmed saved, and what a reload may or
// may not have let through. It knows nothing of the app but exported files:
// the final export is checked against it.

// Event type -> how many, for one case's events.
const countTypes = (events) => {
  const counts = {};
  for (const e of events) counts[e.type] = (counts[e.type] || 0) + 1;
  return counts;
};
const total = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
const plus = (counts, types) => {
  const out = { ...counts };
  for (const t of types) out[t] = (out[t] || 0) + 1;
  return out;
};
const same = (a, b) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] || 0) === (b[k] || 0));
};

export class Model {
  constructor() {
    this.cases = new Map();      // case id -> { reference, counts, texts, open, grants, origin }
    this.catalog = [];           // item names the owner added
    this.eventIds = new Set();   // every event id of the starting book and the imported files
    this.importedFiles = new Set();
  }

  // A case as a file holds it (the starting export, an imported book).
  addFromFile(c, origin) {
    const counts = countTypes(c.events);
    for (const e of c.events) this.eventIds.add(e.id);
    this.cases.set(c.id, {
      reference: c.events[0].reference, counts, texts: [], origin,
      open: openAfter(c.events), grants: (counts.granted || 0) - (counts['grant-reversed'] || 0),
    });
  }

  // A case the soak opened through the intake, confirmed saved.
  addOpened(id, reference) {
    this.cases.set(id, { reference, counts: { opened: 1 }, texts: [], open: true, grants: 0, origin: 'intake' });
  }

  events(id) { return total(this.cases.get(id).counts); }

  // Things done to a case, confirmed saved: their events and what they change.
  record(id, types, texts = []) {
    const c = this.cases.get(id);
    c.counts = plus(c.counts, types);
    c.texts.push(...texts);
    for (const t of types) {
      if (t === 'closed') c.open = false;
      if (t === 'reopened') c.open = true;
      if (t === 'granted') c.grants += 1;
      if (t === 'grant-reversed') c.grants -= 1;
    }
  }

  // Compares an exported book with the model; returns what it found.
  check(book) {
    const lost = [];
    const duplicated = [];
    const ids = new Map();
    const references = new Map();
    let events = 0;
    for (const c of book.cases) {
      ids.set(c.id, (ids.get(c.id) || 0) + 1);
      const reference = c.events[0]?.reference;
      references.set(reference, (references.get(reference) || 0) + 1);
    }
    for (const [id, n] of ids) if (n > 1) duplicated.push(`case ${id} ${n} times`);
    for (const [ref, n] of references) if (n > 1) duplicated.push(`reference ${ref} ${n} times`);
    const seen = new Set();
    for (const c of book.cases) {
      for (const e of c.events) {
        events++;
        if (seen.has(e.id)) duplicated.push(`event ${e.id} (${e.type}) of case ${c.id}`);
        seen.add(e.id);
      }
    }
    for (const id of this.eventIds) if (!seen.has(id)) lost.push(`event ${id} of the starting book or an import`);
    const byId = new Map(book.cases.map((c) => [c.id, c]));
    for (const [id, m] of this.cases) {
      const c = byId.get(id);
      if (!c) { lost.push(`case ${m.reference} (${id}, ${m.origin})`); continue; }
      const got = countTypes(c.events);
      if (!same(got, m.counts)) {
        const diff = JSON.stringify({ model: m.counts, book: got });
        (total(got) < total(m.counts) ? lost : duplicated).push(`case ${m.reference}: ${diff}`);
      }
      const words = c.events.flatMap((e) => [e.text, e.note, e.reason]).filter(Boolean);
      for (const t of m.texts) if (!words.includes(t)) lost.push(`case ${m.reference}: the text "${t}"`);
    }
    for (const id of byId.keys()) if (!this.cases.has(id)) duplicated.push(`case ${id} the model never made`);
    const names = book.catalog.map((i) => i.name);
    for (const name of this.catalog) {
      const n = names.filter((x) => x === name).length;
      if (n === 0) lost.push(`catalog item "${name}"`);
      if (n > 1) duplicated.push(`catalog item "${name}" ${n} times`);
    }
    const itemIds = book.catalog.map((i) => i.id);
    if (new Set(itemIds).size !== itemIds.length) duplicated.push('a catalog item id twice');
    return { lost, duplicated, events, cases: book.cases.length };
  }
}

// Whether a case is open after its events (closed and reopened alternate).
function openAfter(events) {
  let open = true;
  for (const e of events) {
    if (e.type === 'closed') open = false;
    if (e.type === 'reopened') open = true;
  }
  return open;
}
