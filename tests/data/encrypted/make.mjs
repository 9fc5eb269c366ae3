// Encrypts book.json into book.enc.json the way the web app does, with the
// browser's own API (WebCrypto, globalThis.crypto.subtle, which node has too),
// so the CLI's OpenSSL code is tested against a file it did not write.
//   node tests/data/encrypted/make.mjs
// Each run writes a different file (fresh salt and iv); the committed one is
// what tests/cli/run.sh and test_encrypted_book.cpp read.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const passcode = 'correct horse 7';
const iterations = 600000;
const { subtle } = globalThis.crypto;

// btoa() takes a "binary string" (one char per byte), as in a browser.
const base64 = (bytes) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
};

const plain = new Uint8Array(fs.readFileSync(path.join(here, 'book.json')));
const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
const material = await subtle.importKey('raw', new TextEncoder().encode(passcode), 'PBKDF2', false, ['deriveKey']);
const key = await subtle.deriveKey(
  { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
  material,
  { name: 'AES-GCM', length: 256 },
  false,
  ['encrypt'],
);
// WebCrypto appends the 16-byte tag to the ciphertext.
const ciphertext = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));

const envelope = {
  mend: 'encrypted-book',
  version: 1,
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: base64(salt) },
  cipher: { name: 'AES-GCM', length: 256, iv: base64(iv) },
  ciphertext: base64(ciphertext),
};
fs.writeFileSync(path.join(here, 'book.enc.json'), JSON.stringify(envelope));
console.log(`book.enc.json: ${plain.length} bytes encrypted with passcode "${passcode}"`);
