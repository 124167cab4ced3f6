/**
 * Contractions typed without their apostrophe that are also English words ("ill", "id", "wed", "hed",
 * "were", "well"): read as the contraction only where the words around them make it safe, else left as
 * the word ("feeling ill", "my id", "they were ready", "well done").
 */

/** Verbs of wanting and ordering after "I'd", "we'd", "he'd" ("id like", "wed prefer", "id rather have"). */
const WOULD_VERB =
  /^\s+(?:(?:just|really|also|definitely|probably|much|honestly)\s+)?(?:like|love|prefer|want|have|take|get|need|rather|order|go|try|appreciate|pay|pick|grab|say|be)\b/;

/** Verbs after "ill" that make it "I'll" ("ill pay cash", "ill pick it up"). */
const ILL_VERB =
  /^\s+(?:just\s+)?(?:pay|have|take|get|do|be|come|pick|grab|order|go|try|need|want|collect|call|text|send|add|start)\b/;

/**
 * Verbs after a clause-opening "well" that make it "we'll" ("well have 2 samosas", "well take the naan");
 * not "have" asking a question ("well have you got naan"), nor "do" ("well do you deliver").
 */
const WELL_VERB =
  /^\s+(?:(?:just|also|probably|definitely)\s+)?(?:have(?!\s+(?:you|u|they|we|any)\b)|take|get|need|pay|pick|grab|order|try|go\s+with|start\s+with|stick\s+with|be|come|collect|want|split|share)\b/;

/**
 * States and -ing verbs after a clause-opening "were" that make it "we're" ("were ready to order", "were
 * all set", "were going to need 2 naan"); a question keeps its verb ("were the samosas vegan", "were you
 * open").
 */
const WERE_STATE =
  /^\s+(?:(?:all|just|not|now|still|really|so|also)\s+)?(?:ready|done|good|fine|set|finished|hungry|starving|here|after|gonna|going|ordering|getting|having|thinking|wanting|planning|trying|coming|looking|picking|staying|waiting|leaving|paying|celebrating|eating|sharing|running|vegetarian|vegan|allergic)\b/;

/** Words after which a "were" or "well" still opens its clause ("ok were ready", "i think well take it"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'and so but ok okay yes yeah yep yup sure alright think guess hope then now because cuz hi hey'.split(' '),
);

/** Words before "id" that make it the noun ("my id", "an id card", "the order id"). */
const ID_NOUN_BEFORE: ReadonlySet<string> = new Set(
  'a an the my your our his her their its this that no any some order photo valid student user'.split(' '),
);

const WOULD: Readonly<Record<string, string>> = { id: 'i', wed: 'we', hed: 'he' };

/**
 * The words a contraction typed without its apostrophe stands for, read from its context, or undefined
 * (the word is itself). `word` is the lowercased word, `before` the word before it in the message
 * (undefined at the start or after punctuation), `after` the raw text that follows it.
 */
export function contextContraction(
  word: string,
  before: string | undefined,
  after: string,
): readonly string[] | undefined {
  if (word === 'ill') return ILL_VERB.test(after) ? ['i', 'will'] : undefined;
  const subject = WOULD[word];
  if (subject !== undefined) {
    if (before !== undefined && ID_NOUN_BEFORE.has(before)) return undefined;
    return WOULD_VERB.test(after) ? [subject, 'would'] : undefined;
  }
  const opens = before === undefined || CLAUSE_OPENERS.has(before);
  if (word === 'were') return opens && WERE_STATE.test(after) ? ['we', 'are'] : undefined;
  if (word === 'well') return opens && WELL_VERB.test(after) ? ['we', 'will'] : undefined;
  return undefined;
}
