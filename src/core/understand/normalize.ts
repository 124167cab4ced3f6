import { wordTable } from '../../domain/word-table.ts';
import { CHAT_SHORTHAND, GESTURE_EMOJI, PICTOGRAPH, unstretch } from './chat-speak.ts';
import { contextContraction } from './context-contractions.ts';
import { singularOf } from './singular.ts';

/**
 * Turns raw text into tokens: lowercase, contractions expanded, digits with commas joined ("18,000"),
 * numbers split from units ("20oz" → "20 oz"), hyphens split. Each token keeps its offsets in the
 * normalized text (what `ParsedLine.span` refers to) and in the original text (slot values are cut
 * from the original so "12 Baker Street" keeps its case).
 */
export interface Token {
  /** The word as written, lowercased (after contraction expansion). */
  readonly norm: string;
  /** Canonical lexicon key: singular, unit names unified ("litres" → "liter"). */
  readonly key: string;
  /** Offsets in the normalized text. */
  readonly start: number;
  readonly end: number;
  /** Offsets in the original text. */
  readonly oStart: number;
  readonly oEnd: number;
  /** Punctuation that separates clauses: , . ; ! ? */
  readonly punct: boolean;
  /** Numeric value when the token is digits. */
  readonly num?: number;
  /** Digits written with a minus sign ("-3"): the sign is not part of `num`, readers must see it. */
  readonly minus?: true;
}

export interface Normalized {
  readonly text: string;
  readonly normalized: string;
  readonly tokens: readonly Token[];
}

const RAW_TOKEN = /\d[\d,]*(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[,.;!?&+/×]|\p{Extended_Pictographic}/gu;
/** "x2" written after an item: a count ("garlic knots x2"). */
const TIMES_COUNT = /^x(\d+)$/;
const DIGITS_WITH_COMMAS = /^\d{1,3}(?:,\d{3})+$/;
const NUM_UNIT = /^(\d+(?:\.\d+)?)([a-z]+)$/;
/** An inch mark right after a number: '6"', '12”', "12''" (straight or curly double quote, two primes). */
const INCH_MARK = /^(?:["”″]|''|’’)/;
/**
 * "in" after a number is the inch of a length ("12in", "6 in turkey"), unless it starts a place or a share
 * ("2 in a bag", "put 3 in each box").
 */
const IN_NOT_INCH =
  /^\s+(?:a|an|the|my|your|our|their|his|her|its|it|them|each|one|every|all|both|total|there|this|that|these|those|separate|different|person|people|minutes?|hours?|min|mins|hrs?)\b/;
/** A number sign before digits ("#13", "# 5"): the menu number of a dish, read as the word "number". */
const NUMBER_SIGN = /#\s?$/;
/** A percent sign right after a number ("50%", "25 %"). */
const PERCENT_SIGN = /^\s?[%％]/;
/** Abbreviations of "number" before digits: "num 13", "nr 5", "no. 7" (with its period: "no 7" stays a negation). */
const NUMBER_ABBREVIATIONS = new Set(['num', 'nr', 'nbr']);
/** Words whose trailing period is an abbreviation mark ("dr. pepper"), not the end of a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'jr', 'sr', 'vs', 'approx']);

const WH_IS = new Set([
  'what',
  'that',
  'it',
  'where',
  'how',
  'there',
  'who',
  'here',
  'he',
  'she',
  'when',
  'why',
]);
/** Words typed without their apostrophe, and chat spellings, read as the words they stand for. */
const NO_APOSTROPHE = new Map<string, readonly string[]>(
  Object.entries({
    im: ['i', 'am'],
    ive: ['i', 'have'],
    dont: ['do', 'not'],
    doesnt: ['does', 'not'],
    didnt: ['did', 'not'],
    isnt: ['is', 'not'],
    arent: ['are', 'not'],
    cant: ['can', 'not'],
    cannot: ['can', 'not'],
    wont: ['will', 'not'],
    wouldnt: ['would', 'not'],
    whats: ['what', 'is'],
    thats: ['that', 'is'],
    wheres: ['where', 'is'],
    hows: ['how', 'is'],
    theres: ['there', 'is'],
    youre: ['you', 'are'],
    theyre: ['they', 'are'],
    youve: ['you', 'have'],
    weve: ['we', 'have'],
    theyve: ['they', 'have'],
    youll: ['you', 'will'],
    theyll: ['they', 'will'],
    itll: ['it', 'will'],
    youd: ['you', 'would'],
    theyd: ['they', 'would'],
    shes: ['she', 'is'],
    whos: ['who', 'is'],
    couldnt: ['could', 'not'],
    shouldnt: ['should', 'not'],
    havent: ['have', 'not'],
    hasnt: ['has', 'not'],
    hadnt: ['had', 'not'],
    wasnt: ['was', 'not'],
    werent: ['were', 'not'],
    lets: ['let', 'us'],
    gimme: ['give', 'me'],
    wanna: ['want', 'to'],
    gonna: ['going', 'to'],
    thx: ['thanks'],
    pls: ['please'],
    plz: ['please'],
    u: ['you'],
    ur: ['your'],
    r: ['are'],
    // chat spellings of question words and days (generic text-speak, as the knowledge query reader's)
    wat: ['what'],
    wats: ['what', 'is'],
    wut: ['what'],
    wen: ['when'],
    wher: ['where'],
    wich: ['which'],
    hw: ['how'],
    tmrw: ['tomorrow'],
    tmr: ['tomorrow'],
    tmrow: ['tomorrow'],
    tonite: ['tonight'],
    nite: ['night'],
    ppl: ['people'],
    b4: ['before'],
  }),
);
/** CHAT_SHORTHAND as a map (a lookup per word of every message). */
const SHORTHAND = new Map<string, readonly string[]>(Object.entries(CHAT_SHORTHAND));

function expand(word: string): readonly string[] {
  const w = word.replace(/’/g, "'");
  const ap = w.indexOf("'");
  if (ap < 0) {
    const expanded = NO_APOSTROPHE.get(w) ?? SHORTHAND.get(w);
    return expanded ?? [w];
  }
  const head = w.slice(0, ap);
  const tail = w.slice(ap + 1);
  if (tail === 't' && head.endsWith('n')) {
    if (head === 'can') return ['can', 'not'];
    if (head === 'won') return ['will', 'not'];
    return [head.slice(0, -1), 'not'];
  }
  switch (tail) {
    case 'm':
      return [head, 'am'];
    case 're':
      return [head, 'are'];
    case 've':
      return [head, 'have'];
    case 'll':
      return [head, 'will'];
    case 'd':
      return [head, 'would'];
    case 's':
      if (head === 'let') return ['let', 'us'];
      return WH_IS.has(head) ? [head, 'is'] : [head];
    default:
      return [head + tail];
  }
}

/** Unit spellings → one form. */
const UNITS = wordTable<string>({
  l: 'liter',
  lt: 'liter',
  ltr: 'liter',
  litre: 'liter',
  litres: 'liter',
  liters: 'liter',
  ml: 'ml',
  millilitre: 'ml',
  milliliter: 'ml',
  millilitres: 'ml',
  milliliters: 'ml',
  ounce: 'oz',
  ounces: 'oz',
  fluid: 'fl',
  inches: 'inch',
  pc: 'piece',
  pcs: 'piece',
  pct: 'percent',
});

const NO_FOLD = new Set([
  'yes',
  'this',
  'his',
  'its',
  'was',
  'has',
  'does',
  'is',
  'us',
  'plus',
  'less',
  'bus',
  'gas',
  'always',
  'news',
  'series',
  'species',
  'whereas',
  'thanks',
  'perhaps',
  'sometimes',
  'afterwards',
  'hummus',
  'couscous',
  'asparagus',
  'citrus',
  'octopus',
  'lotus',
  'molasses',
  'swiss',
  'bonus',
]);

/** Singular, unit-unified form of a lowercase word. Applied alike to menu phrases and input. */
export function foldWord(word: string): string {
  const unit = UNITS[word];
  if (unit) return unit;
  if (word.length <= 2 || NO_FOLD.has(word) || !word.endsWith('s') || /\d/.test(word)) return word;
  if (word.endsWith('ss')) return word;
  return singularOf(word);
}

/** Replaces the last token's word with `word`, keeping its original offsets; returns the next position. */
function renameLast(tokens: Token[], word: string): number {
  const last = tokens.pop() as Token;
  tokens.push({ ...last, norm: word, key: word, end: last.start + word.length });
  return last.start + word.length + 1;
}

/** Tokenizes and normalizes one utterance. Pure; no per-call regex compilation beyond the shared ones. */
export function normalize(text: string): Normalized {
  const tokens: Token[] = [];
  let pos = 0;
  const lower = text.toLowerCase();
  // the raw token being read: its offsets in the text, given to every token it becomes
  let oStart = 0;
  let oEnd = 0;
  // a method taken out of its object, made once per call: under tsx (esbuild's keepNames) a named
  // arrow or function costs a defineProperty each time it is made, a method does not (it uses no `this`)
  const { push } = {
    push(norm: string, punct = false, said?: number, minus = false): void {
      // digits beyond the safe integer range ("99999999999999999999") are no count: a word like any other
      const num = said !== undefined && Number.isSafeInteger(said) ? said : undefined;
      const start = pos;
      pos += norm.length + 1;
      const key = punct || num !== undefined ? norm : foldWord(norm);
      tokens.push(
        num === undefined
          ? { norm, key, start, end: start + norm.length, oStart, oEnd, punct }
          : {
              norm,
              key,
              start,
              end: start + norm.length,
              oStart,
              oEnd,
              punct,
              num,
              ...(minus ? { minus } : {}),
            },
      );
    },
  };
  RAW_TOKEN.lastIndex = 0;
  for (let m = RAW_TOKEN.exec(lower); m !== null; m = RAW_TOKEN.exec(lower)) {
    const raw = m[0];
    oStart = m.index;
    oEnd = oStart + raw.length;
    const c = raw.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      // "-3": a minus sign right before the digits, at the start of a word
      const minus = /(?:^|[\s(])[-−]$/.test(lower.slice(Math.max(0, oStart - 2), oStart));
      // "#13", "num 13", "no. 13": a menu number, said as "number 13"
      const prev = tokens[tokens.length - 1];
      if (NUMBER_SIGN.test(lower.slice(Math.max(0, oStart - 2), oStart))) push('number');
      else if (prev && NUMBER_ABBREVIATIONS.has(prev.norm)) pos = renameLast(tokens, 'number');
      else if (prev?.norm === '.' && tokens[tokens.length - 2]?.norm === 'no') {
        tokens.pop();
        pos = renameLast(tokens, 'number');
      }
      // digits: "18,000" is one number; "1,2" is two numbers
      if (raw.includes(',')) {
        if (DIGITS_WITH_COMMAS.test(raw.replace(/,$/, ''))) {
          const clean = raw.replace(/,/g, '');
          push(clean, false, Number(clean), minus);
          if (raw.endsWith(',')) push(',', true);
        } else {
          for (const part of raw.split(',')) {
            if (part) push(part, false, Number(part));
            push(',', true);
          }
          tokens.pop();
          pos -= 2;
          if (raw.endsWith(',')) push(',', true);
        }
      } else {
        push(raw, false, Number(raw), minus);
        // '6"', '12”', "12''": the inch mark after a number is the word inch (a length, not a count)
        if (INCH_MARK.test(lower.slice(oEnd))) push('inch');
        // "50%", "25 %": the percent sign is the word percent (a share, not a count), so "50% sugar"
        // and a choice named "50 percent" read alike
        else if (PERCENT_SIGN.test(lower.slice(oEnd))) push('percent');
      }
      continue;
    }
    if (raw === '×') {
      push('x');
      continue;
    }
    if (raw.length === 1 && ',.;!?&+/'.includes(raw)) {
      const prev = tokens[tokens.length - 1];
      // "dr. pepper", "st. louis": the period ends an abbreviation, not a sentence
      if (raw === '.' && prev && prev.oEnd === oStart && ABBREVIATIONS.has(prev.norm)) continue;
      // "+" is "plus": it adds, so a negation before it does not reach past it ("w/o onions + avocado")
      if (raw === '&') push('and');
      else if (raw === '+') push('plus');
      else if (raw === '/') continue;
      else push(raw, true);
      continue;
    }
    // "#13s", "2 number 5s": a plural s glued to digits
    if (
      raw === 's' &&
      tokens[tokens.length - 1]?.num !== undefined &&
      tokens[tokens.length - 1]?.oEnd === oStart
    )
      continue;
    const times = TIMES_COUNT.exec(raw);
    if (times) {
      push('x');
      push(times[1] as string, false, Number(times[1]));
      continue;
    }
    const nu = NUM_UNIT.exec(raw);
    if (nu) {
      push(nu[1] as string, false, Number(nu[1]));
      push(nu[2] as string);
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (raw === 'in' && prev?.num !== undefined && !prev.punct && !IN_NOT_INCH.test(lower.slice(oEnd))) {
      push('inch');
      continue;
    }
    // "👍", "🙏": an emoji that carries a conversational act is its words; other pictographs are dropped
    if (PICTOGRAPH.test(raw)) {
      for (const w of Object.hasOwn(GESTURE_EMOJI, raw) ? (GESTURE_EMOJI[raw] as readonly string[]) : [])
        push(w);
      continue;
    }
    // "ill pay by card", "id like", "were ready": a contraction without its apostrophe that is also a word,
    // read as the contraction where its context makes it one (else the word "ill", "id", "were")
    const last = tokens[tokens.length - 1];
    const contraction = contextContraction(
      raw,
      last && !last.punct ? last.norm : undefined,
      lower.slice(oEnd),
    );
    if (contraction) {
      for (const w of contraction) push(w);
      continue;
    }
    for (const w of expand(unstretch(raw))) if (w) push(w);
  }
  const normalized = tokens.map((t) => t.norm).join(' ');
  return { text, normalized, tokens };
}
