import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { CONCEPT_LEXICON, type Concept } from './concept-lexicon.ts';

/**
 * Function words and chat filler the `stopword` package's short English list (108 words) lacks:
 * pronouns, auxiliaries and their contractions typed without the apostrophe ("dont", "doesnt"), and
 * words that ask without naming a topic ("anything", "please", "ok"). General English, nothing about
 * restaurants: they carry no topic, so a question's coverage is its topic words'.
 */
const CHAT_FUNCTION_WORDS =
  `i im ive id ill me my mine you u ya ur youre yall guys she shes he hes him his her hers
  it its our ours your yours their theirs us does doesnt did didnt doing done dont isnt arent wasnt werent
  cant cannot couldnt wont wouldnt shouldnt havent hasnt hadnt will shall may might must wanna gonna gotta
  please pls plz just really actually also ok okay hey anything something everything anyone someone
  somebody anybody say said let lets ever even else thing things stuff kind sort bit`.split(/\s+/);

const STOP = new Set([...eng.map((w) => w.replace(/'/g, '')), ...CHAT_FUNCTION_WORDS]);

/**
 * Lower case, diacritics and apostrophes dropped (`what's` → `whats`), every other non-letter,
 * non-digit character a space, whitespace collapsed. The query-side normalisation too.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a normalised text. */
export function words(text: string): string[] {
  const normal = normalizeText(text);
  return normal.length === 0 ? [] : normal.split(' ');
}

/**
 * True for an English stop word (the `stopword` package's list, apostrophes dropped), also with an `s`
 * glued on the way a contraction typed without its apostrophe reads ("whats", "thats", "heres").
 */
export function isStopWord(word: string): boolean {
  return STOP.has(word) || (word.length > 2 && word.endsWith('s') && STOP.has(word.slice(0, -1)));
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word (the `stemmer` package), cached. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** A text read for features: its content words (stop words out), their stems, and its concepts. */
export interface TextFeatures {
  /** Content words in order (lower case, unstemmed). */
  words: string[];
  /** Their stems, same order. */
  stems: string[];
  /** Concept ids the text expresses, with how often. */
  concepts: Map<string, number>;
  /**
   * For a content stem inside a matched lexicon phrase made only of content words, the concepts of that
   * phrase ("sit outside" gives "sit" and "outsid" the concept `outdoor`).
   */
  phraseConcepts: Map<string, Set<string>>;
}

interface ConceptPhrase {
  concept: string;
  stems: string[];
}

/** Phrases of the lexicon by their first stem; phrases are matched on all words (stop words kept). */
function indexLexicon(lexicon: readonly Concept[]): Map<string, ConceptPhrase[]> {
  const byFirst = new Map<string, ConceptPhrase[]>();
  const seen = new Set<string>();
  for (const concept of lexicon) {
    for (const term of concept.terms) {
      const stems = words(term).map(stem);
      // Terms that stem alike ("reservation", "reservations", "reserve") are one phrase.
      const key = `${concept.id}:${stems.join(' ')}`;
      if (stems.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ concept: concept.id, stems });
      byFirst.set(stems[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirst;
}

const LEXICON = indexLexicon(CONCEPT_LEXICON);

/** Content words, stems and concepts of a text (see TextFeatures). */
export function textFeatures(text: string, lexicon: Map<string, ConceptPhrase[]> = LEXICON): TextFeatures {
  const all = words(text);
  const allStems = all.map(stem);
  const concepts = new Map<string, number>();
  // the concepts of the all-content-word phrase matched at each word position
  const atWord: (string[] | undefined)[] = [];
  // Longest match first: at each word the longest phrase that matches wins (with every concept that
  // phrase has), and the words it covers are not matched again ("how far ahead" is not also "far").
  for (let i = 0; i < allStems.length; ) {
    const candidates = lexicon.get(allStems[i]!) ?? [];
    let length = 0;
    for (const phrase of candidates) {
      if (phrase.stems.length < length) break;
      if (phrase.stems.every((s, j) => allStems[i + j] === s)) {
        length = phrase.stems.length;
        concepts.set(phrase.concept, (concepts.get(phrase.concept) ?? 0) + 1);
        if (length > 1 && all.slice(i, i + length).every((w) => !isStopWord(w)))
          for (let j = i; j < i + length; j++) atWord[j] = [...(atWord[j] ?? []), phrase.concept];
      }
    }
    i += Math.max(1, length);
  }
  const content: string[] = [];
  const stems: string[] = [];
  const phraseConcepts = new Map<string, Set<string>>();
  for (let i = 0; i < all.length; i++) {
    if (isStopWord(all[i]!)) continue;
    content.push(all[i]!);
    stems.push(allStems[i]!);
    for (const c of atWord[i] ?? []) {
      const set = phraseConcepts.get(allStems[i]!) ?? new Set<string>();
      set.add(c);
      phraseConcepts.set(allStems[i]!, set);
    }
  }
  return { words: content, stems, concepts, phraseConcepts };
}

/** The concepts each stem (a one-word lexicon term) belongs to, for a query word's coverage. */
export function conceptsOfStem(s: string): string[] {
  return (LEXICON.get(s) ?? []).filter((p) => p.stems.length === 1).map((p) => p.concept);
}
