// Validates every *.json book in a folder against web/mend-book.schema.json
// with ajv (draft 2020-12), and checks that deliberately broken books are
// refused, so a schema that accepts anything cannot pass. The same for the
// encrypted book file (the schema's other shape): the one the browser's
// WebCrypto made (tests/data/encrypted) must pass, broken copies must not.
//   node tests/schema/check-schema.mjs DIR
// Prints one line per file; exits 1 on any failure, 2 on bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaPath = path.join(here, '..', '..', 'web', 'mend-book.schema.json');

const dir = process.argv[2];
if (!dir || process.argv.length > 3) {
  console.error('usage: node tests/schema/check-schema.mjs DIR');
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const validate = ajv.compile(schema);

const describe = (errors) =>
  errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');

let failures = 0;
let checked = 0;

// ---- every exported book must validate -----------------------------------------
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
if (files.length === 0) {
  console.error(`${dir}: no *.json books to check (run the unit tests with MEND_EXPORT_DIR=${dir})`);
  failures++;
}
for (const f of files) {
  const file = path.join(dir, f);
  let book;
  try {
    book = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`${file}: FAIL not JSON: ${e.message}`);
    failures++;
    continue;
  }
  checked++;
  if (validate(book)) {
    console.log(`${file}: ok`);
  } else {
    console.log(`${file}: FAIL ${describe(validate.errors)}`);
    failures++;
  }
}

// ---- broken books must be refused ---------------------------------------------
const ID = (c) => `01JD${c.repeat(22)}`;
const good = () => ({
  format: 'mend-book',
  version: 1,
  settings: {
    business_name: 'Shop', currency: 'EUR', first_response_seconds: 60,
    recovery_seconds: 86400, follow_up_seconds: 259200, utc_offset_minutes: 60,
    segment_budgets: { vip: 5000 }, tier_annual_value: {},
  },
  catalog: [{
    id: 'coffee', name: 'Coffee', category: 'gesture', cost: 80, value: 450, tags: [],
    suits_categories: [], suits_segments: [], stock: 3, active: true,
  }],
  roles: [{ id: 'staff', name: 'Staff', per_case_limit: 2000, per_day_limit: 5000, can_approve: false }],
  staff: [{ id: 'ana', name: 'Ana', role_id: 'staff', pin_hash: '' }],
  playbooks: [],
  cases: [{
    id: ID('A'),
    events: [
      {
        id: ID('B'), case: ID('A'), at: '2026-11-22T15:04:05.123Z', actor: 'ana', type: 'opened',
        customer: { name: 'Zoë', contact: '', segment: 'vip', value_tier: 'top', tenure_months: 3, cares_about: [] },
        channel: 'counter', category: 'billing', severity: 2, customer_words: '', customer_wants: '',
        taken_by: 'ana', playbook_id: 'three-step', playbook_version: 1, reference: 'M-7KQ2',
      },
      { id: ID('C'), case: ID('A'), at: '2026-11-22T16:04:05+01:00', actor: 'ana', type: 'outcome', verdict: 'satisfied', retention: 'retained' },
    ],
  }],
});

// A settings.vocabulary that is valid, for the broken books that spoil one part of it.
const vocabulary = () => ({
  failure_kinds: [{ id: 'delay', label: 'Long wait', retired: false }],
  channels: [{ id: 'kiosk', label: 'Kiosk', retired: false }],
  segments: [],
  value_tiers: [{ id: 'top', label: 'Top', retired: true }],
});
const withVocabulary = (b, spoil) => {
  b.settings.vocabulary = vocabulary();
  spoil(b.settings.vocabulary);
};

const broken = {
  'newer version': (b) => { b.version = 2; },
  'not a book': (b) => { b.format = 'something-else'; },
  'unknown top-level key': (b) => { b.exported_at = '2026-11-22T15:04:05.123Z'; },
  'missing settings field': (b) => { delete b.settings.currency; },
  'negative idle sign-out': (b) => { b.settings.idle_sign_out_seconds = -1; },
  'idle sign-out beyond a day': (b) => { b.settings.idle_sign_out_seconds = 86401; },
  'negative cost': (b) => { b.catalog[0].cost = -1; },
  'money beyond 2^53': (b) => { b.catalog[0].value = 2 ** 53 + 2; },
  'fractional money': (b) => { b.catalog[0].cost = 1.5; },
  'severity out of range': (b) => { b.cases[0].events[0].severity = 6; },
  'bad time': (b) => { b.cases[0].events[0].at = '2026-11-22 15:04:05'; },
  'time without zone': (b) => { b.cases[0].events[0].at = '2026-11-22T15:04:05'; },
  'no such day': (b) => { b.cases[0].events[0].at = '2026-02-30T15:04:05Z'; },
  'bad id': (b) => { b.cases[0].id = 'not-an-id'; },
  'lower-case id': (b) => { b.cases[0].events[0].id = ID('a'); },
  'unknown event type': (b) => { b.cases[0].events[1].type = 'gossip'; },
  'field of another event type': (b) => { b.cases[0].events[1].text = 'hi'; },
  'missing payload field': (b) => { delete b.cases[0].events[1].retention; },
  'bad enum': (b) => { b.cases[0].events[1].verdict = 'happy'; },
  'case without events': (b) => { b.cases[0].events = []; },
  'null stock': (b) => { b.catalog[0].stock = null; },
  'empty role id': (b) => { b.roles[0].id = ''; },
  'empty term id': (b) => withVocabulary(b, (v) => { v.channels[0].id = ''; }),
  'term without label': (b) => withVocabulary(b, (v) => { delete v.failure_kinds[0].label; }),
  'unknown term key': (b) => withVocabulary(b, (v) => { v.value_tiers[0].colour = 'red'; }),
  'vocabulary without a list': (b) => withVocabulary(b, (v) => { delete v.segments; }),
  'unknown vocabulary list': (b) => withVocabulary(b, (v) => { v.moods = []; }),
  'term list not an array': (b) => withVocabulary(b, (v) => { v.channels = {}; }),
  'anonymised for no known reason': (b) => {
    b.cases[0].events.push({ id: ID('D'), case: ID('A'), at: '2027-01-01T00:00:00Z', actor: 'retention', type: 'anonymised', reason: 'tidy', contact: '' });
  },
  'anonymised contact that is not a pseudonym': (b) => {
    b.cases[0].events.push({ id: ID('D'), case: ID('A'), at: '2027-01-01T00:00:00Z', actor: 'retention', type: 'anonymised', reason: 'retention', contact: '+41 79 555' });
  },
  'retention months negative': (b) => { b.settings.anonymise_after_months = -1; },
};

// The good book has no vocabulary, as books exported before it existed: both shapes are valid.
const goods = { 'built-in good book': good(), 'built-in good book with a vocabulary': good() };
goods['built-in good book with a vocabulary'].settings.vocabulary = vocabulary();
for (const [name, book] of Object.entries(goods)) {
  if (!validate(book)) {
    console.log(`${name}: FAIL ${describe(validate.errors)}`);
    failures++;
  } else {
    console.log(`${name}: ok`);
  }
}
for (const [name, breakIt] of Object.entries(broken)) {
  const book = good();
  breakIt(book);
  if (validate(book)) {
    console.log(`broken book "${name}": FAIL the schema accepted it`);
    failures++;
  } else {
    console.log(`broken book "${name}": refused (${describe(validate.errors)})`);
  }
}

// ---- encrypted books: the envelope ------------------------------------------------
const envelopeFile = path.join(here, '..', 'data', 'encrypted', 'book.enc.json');
const envelope = () => JSON.parse(fs.readFileSync(envelopeFile, 'utf8'));
const base64Of = (n) => Buffer.alloc(n, 7).toString('base64');
const goodEnvelopes = {
  'encrypted book made by WebCrypto': envelope(),
  'encrypted book with keys in another order and one unknown': (() => {
    const e = envelope();
    return { note: 'ignored', ciphertext: e.ciphertext, cipher: e.cipher, kdf: e.kdf, version: 1, mend: e.mend };
  })(),
  'encrypted book with the most iterations': (() => {
    const e = envelope();
    e.kdf.iterations = 10000000;
    return e;
  })(),
};
// Each is refused by the whole schema, and for its own reason: the envelope's
// part of the schema must report the expected problem.
const validateEnvelope = ajv.getSchema(`${schema.$id}#/$defs/encrypted_book`);
const brokenEnvelopes = {
  'not an encrypted book': ['/mend must be equal to constant', (e) => { e.mend = 'book'; }],
  'newer version': ['/version must be equal to constant', (e) => { e.version = 2; }],
  'too few iterations': ['/kdf/iterations must be >= 600000', (e) => { e.kdf.iterations = 1000; }],
  'too many iterations': ['/kdf/iterations must be <= 10000000', (e) => { e.kdf.iterations = 10000001; }],
  'fractional iterations': ['/kdf/iterations must be integer', (e) => { e.kdf.iterations = 600000.5; }],
  'another key derivation': ['/kdf/name must be equal to constant', (e) => { e.kdf.name = 'scrypt'; }],
  'another hash': ['/kdf/hash must be equal to constant', (e) => { e.kdf.hash = 'SHA-1'; }],
  'salt of 15 bytes': ['/kdf/salt must match pattern', (e) => { e.kdf.salt = base64Of(15); }],
  'salt of 32 bytes': ['/kdf/salt must match pattern', (e) => { e.kdf.salt = base64Of(32); }],
  'salt not base64': ['/kdf/salt must match pattern', (e) => { e.kdf.salt = `${e.kdf.salt.slice(0, 21)}*==`; }],
  'another cipher': ['/cipher/name must be equal to constant', (e) => { e.cipher.name = 'AES-CBC'; }],
  'AES-128': ['/cipher/length must be equal to constant', (e) => { e.cipher.length = 128; }],
  'iv of 16 bytes': ['/cipher/iv must match pattern', (e) => { e.cipher.iv = base64Of(16); }],
  'iv with a line break': ['/cipher/iv must match pattern', (e) => { e.cipher.iv = `${e.cipher.iv}\n`; }],
  'ciphertext shorter than the tag': ['/ciphertext must NOT have fewer than 24 characters', (e) => { e.ciphertext = base64Of(15); }],
  'ciphertext not base64': ['/ciphertext must match pattern', (e) => { e.ciphertext = `${e.ciphertext.slice(0, 8)}!${e.ciphertext.slice(9)}`; }],
  'ciphertext without padding': ['/ciphertext must match pattern', (e) => { e.ciphertext = base64Of(40).replace(/=+$/, ''); }],
  'missing ciphertext': ["/ must have required property 'ciphertext'", (e) => { delete e.ciphertext; }],
  'missing kdf': ["/ must have required property 'kdf'", (e) => { delete e.kdf; }],
  'an envelope and a book at once': ['/format boolean schema is false', (e) => { Object.assign(e, good()); }],
};
for (const [name, e] of Object.entries(goodEnvelopes)) {
  if (!validate(e)) {
    console.log(`${name}: FAIL ${describe(validate.errors)}`);
    failures++;
  } else {
    console.log(`${name}: ok`);
  }
}
for (const [name, [reason, breakIt]] of Object.entries(brokenEnvelopes)) {
  const e = envelope();
  breakIt(e);
  const refused = !validate(e);
  const why = validateEnvelope(e) ? 'nothing' : describe(validateEnvelope.errors);
  if (!refused) {
    console.log(`broken encrypted book "${name}": FAIL the schema accepted it`);
    failures++;
  } else if (!why.includes(reason)) {
    console.log(`broken encrypted book "${name}": FAIL refused, but for ${why}, not '${reason}'`);
    failures++;
  } else {
    console.log(`broken encrypted book "${name}": refused (${why})`);
  }
}

console.log(`${checked} exported books checked, ${Object.keys(broken).length} broken books and ` +
  `${Object.keys(brokenEnvelopes).length} broken encrypted books tried, ${failures} failures`);
// One line in the form the test summary counts: every book and broken book is a check.
const checks = checked + Object.keys(goods).length + Object.keys(broken).length +
  Object.keys(goodEnvelopes).length + Object.keys(brokenEnvelopes).length;
console.log(`schema: ${checks - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
