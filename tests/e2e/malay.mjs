// The Malay string table as the browser tests read it: the Malay of an
// English text of the screens, and the English texts whose Malay differs
// (seeing one on a Malay screen means it was drawn without the table).
import fs from 'node:fs';
import path from 'node:path';
import { root } from './browser.mjs';

const table = JSON.parse(fs.readFileSync(path.join(root, 'src', 'core', 'i18n', 'ms.json'), 'utf8')).strings;

export function ms(english) {
  const malay = table[english];
  if (!malay) throw new Error(`src/core/i18n/ms.json has no Malay for ${JSON.stringify(english)}`);
  return malay;
}

export const translatable = new Set(
  Object.entries(table).filter(([en, m]) => en !== m).map(([en]) => en.split('##')[0]));
