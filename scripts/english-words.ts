/**
 * Writes src/core/understand/english-words.json from Debian's `wamerican` word list
 * (/usr/share/dict/american-english; `apt-get install wamerican`): the lowercase words of five letters
 * or more (shorter words are never typo-corrected), without the inflections `englishWord` folds back
 * to a listed base ("salons" → "salon", "baked" → "bake", "baking" → "bake").
 * Run: `npx tsx scripts/english-words.ts [path]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflectionBases, MIN_LENGTH } from '../src/core/understand/english-words.ts';

const source = process.argv[2] ?? '/usr/share/dict/american-english';
const all = new Set(
  readFileSync(source, 'utf8')
    .split('\n')
    .filter((w) => /^[a-z]+$/.test(w) && w.length >= MIN_LENGTH),
);
const kept = [...all].filter((w) => !inflectionBases(w).some((b) => all.has(b))).sort();
const out = join(import.meta.dirname, '../src/core/understand/english-words.json');
writeFileSync(
  out,
  `${JSON.stringify({ source: 'Debian wamerican 2020.12.07 (american-english)', words: kept.join(' ') })}\n`,
);
console.log(`${kept.length} words → ${out}`);
