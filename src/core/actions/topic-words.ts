import { editDistance } from '../understand/edit-distance.ts';
import { contentWords } from './search-documents.ts';

/**
 * Content words that name no topic of their own: a request's verbs and fillers ("how much extra do you
 * charge to bring it to my house?" is about delivery, not about bringing or houses). A passage matching
 * only these is not about the question.
 */
const GENERIC = new Set(
  `anything something someone somebody anyone everything everyone nothing thing stuff way place time
  extra charge cost pay price bring brought take make give put come go send offer serve
  house home place people person guy friend family
  really actually maybe well good great nice best better sure fine right
  one two three four five six seven eight nine ten lot bit kind sort type
  able possible available usually normally ever still already now today tonight tomorrow
  say said ask wonder wondering think look help`.split(/\s+/),
);

/**
 * The question's topic words: its content words (light stems, `contentWords`) of three letters or more,
 * without the generic ones (`GENERIC`).
 */
export function topicWords(text: string): string[] {
  const kept = (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter(
    (w) => !GENERIC.has(w) && !GENERIC.has(w.replace(/e?s$/, '')),
  );
  return [...new Set(contentWords(kept.join(' ')))].filter(
    (w) => (w.length >= 3 || /\d/.test(w)) && !GENERIC.has(w),
  );
}

/**
 * Whether a passage (its text and context) is about the question: it holds one of the question's topic
 * words (`holdsWord`), or a spelling of it (words of 6+ letters, same first letter, at most 2 edits:
 * "sulfites" / "sulphites").
 */
export function sharesTopic(question: string, passage: string): boolean {
  const words = contentWords(passage);
  return topicWords(question).some((w) => holdsWord(words, w) || words.some((p) => isSpelling(p, w)));
}

const isSpelling = (a: string, b: string): boolean =>
  a.length >= 6 && b.length >= 6 && a[0] === b[0] && editDistance(a, b, 2) <= 2;

/** Whether a bag of content words holds the word: the same light stem, one a 4+ letter prefix of the other, or the agent noun of the other ("owner" / "own"). */
export function holdsWord(words: readonly string[], word: string): boolean {
  return words.some(
    (w) =>
      w === word ||
      (word.length >= 4 && w.length >= 4 && (w.startsWith(word) || word.startsWith(w))) ||
      isAgentNoun(w, word) ||
      isAgentNoun(word, w),
  );
}

/** "owner" of "own", "driver" of "drive": the noun of one who does what the verb says. */
function isAgentNoun(noun: string, verb: string): boolean {
  return (
    verb.length >= 3 &&
    (noun === `${verb}er` || noun === `${verb}r` || noun === `${verb}ers` || noun === `${verb}rs`)
  );
}

/** Answer words that answer their opposite: "we're closed on Mondays" answers "are you open on Monday?". */
const OPPOSITES: ReadonlyMap<string, string> = new Map([
  ['open', 'clos'],
  ['clos', 'open'],
  ['close', 'open'],
]);

/**
 * A reply's content words (light stems, `contentWords`) with the word each answers by its opposite
 * (`OPPOSITES`: "closed" answers "open"), so a question answered "no" is not taken as left unanswered.
 */
export function withOpposites(words: readonly string[]): string[] {
  const more = words.flatMap((w) => {
    const o = OPPOSITES.get(w);
    return o === undefined ? [] : [o];
  });
  return more.length === 0 ? [...words] : [...words, ...more];
}
