import type { Venue } from '../../domain/venue.ts';
import { ACKNOWLEDGEMENTS, COURTESY } from '../understand/courtesy-words.ts';
import { PUT_VERBS } from '../understand/modify-leads.ts';
import type { ParseResult } from '../understand/parse-result.ts';
import { countWord } from '../understand/quantity.ts';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const wordsOf = (s: string) => norm(s).split(' ').filter(Boolean);

/**
 * The words of an answer to an option question that name something the group does not offer, or
 * undefined when the answer is a choice (or no bare answer at all). Two shapes:
 *
 * - a choice was matched (`choice`), but a word said right before one of its words is no word of that
 *   choice, nor a typo of one: "brown rice" is no Mexican Rice (alias "rice"), "fried chicken" no Grilled
 *   chicken, "3 liter" no "1 liter", "extra large" no Large; "larg", "the large one", "large please" are;
 * - nothing was matched (`choice` undefined) and the message is a bare answer of one to three words
 *   naming no dish and asking nothing ("strawberry" at the muffin flavours, "cheddar" at the chips).
 *
 * Words of the waiting dish, of the group's name, of the other options the message named, and fillers
 * ("please", "the", "one", "ok") are no foreign words. Returns the heard words as typed, lower-cased.
 */
export function unofferedChoice(
  parse: ParseResult,
  venue: Venue,
  itemId: string,
  groupId: string,
  choice: string | undefined,
): string | undefined {
  const group = venue.menu.optionGroups.find((g) => g.id === groupId);
  const item = venue.menu.items.find((i) => i.id === itemId);
  if (!group || !item) return undefined;
  // a bare answer only: another dish named, a question or a checkout detail is read as itself
  if (parse.question || Object.values(parse.slots).some((v) => v !== undefined)) return undefined;
  if (parse.lines.some((l) => l.itemId !== itemId)) return undefined;
  const said = withoutAssentTail(wordsOf(parse.text));
  const known = new Set<string>([
    ...FILLERS,
    ...wordsOf(group.name),
    ...wordsOf(item.name),
    ...item.aliases.flatMap(wordsOf),
    ...otherOptionWords(parse, venue, new Set(item.optionGroups)),
  ]);
  // "add bacon to the soda" at the Coca-Cola's size: the dish named by its category's word
  const category = venue.menu.categories.find((c) => c.id === item.category);
  for (const w of category ? [category.name, ...category.aliases].flatMap(wordsOf) : []) {
    known.add(w);
    known.add(w.replace(/s$/, ''));
  }
  if (choice) {
    const picked = group.choices.find((c) => c.id === choice);
    if (!picked) return undefined;
    const own = [picked.name, picked.id.replaceAll('-', ' '), ...picked.aliases].flatMap(wordsOf);
    const isOwn = (w: string) => own.some((o) => closeEnough(w, o));
    // a word right before a word of the choice that is not the choice's own: a modifier of another kind
    for (let i = 0; i + 1 < said.length; i++) {
      const w = said[i] as string;
      const next = said[i + 1] as string;
      // a count before the choice ("2 large") is the dish's count, unless it stands where the choice has a
      // number of its own ("3 liter" is no "1 liter"; "3 medium" is three of the Medium (16 oz))
      // "two more large" counts dishes too: "more", "another" add to the order, never size the choice
      const count = (countWord(w) !== undefined || ADDING_WORDS.has(w)) && !measures(picked, next);
      if (isOwn(next) && !isOwn(w) && !known.has(w) && !count && !isOwnOfOther(w, group, choice)) {
        let end = i + 1;
        while (end + 1 < said.length && isOwn(said[end + 1] as string)) end++;
        return said.slice(i, end + 1).join(' ');
      }
    }
    return undefined;
  }
  // "medium" at "regular or large?": a size word at a size question is a size the group lacks, even when
  // another group of the dish has a choice of that name (a Medium spice level, a Medium salsa)
  const plain = new Set([...FILLERS, ...wordsOf(group.name), ...wordsOf(item.name)]);
  const sizeWords = said.filter((w) => !plain.has(w));
  if (isSizeGroup(group) && sizeWords.length > 0 && sizeWords.every((w) => SIZE_WORDS.has(w)))
    return sizeWords.join(' ');
  // "i can't eat eggs", "my wife is pregnant", "lovely weather today": a statement, never a choice
  if (isStatement(parse, said)) return undefined;
  // "well done please", "no onions": a kitchen note or a removal for the waiting dish, read as such
  if (parse.note || parse.lines.some((l) => l.options.length > 0 || l.without.length > 0 || l.note))
    return undefined;
  // "add bacon to the soda", "put cheese on it": the put verb and its link to the dish are the request's
  // words; what is said back is the thing asked to be put on (bacon), never "add bacon to"
  const put = PUT_VERBS.has(said.find((w) => !POLITE_LEAD.has(w)) ?? '');
  const content = said.filter(
    (w) =>
      !known.has(w) &&
      !NOT_AN_ANSWER.has(w) &&
      !(put && (PUT_VERBS.has(w) || PUT_LINKS.has(w) || POLITE_LEAD.has(w))),
  );
  if (content.length === 0 || content.length > 3 || said.length > 6) return undefined;
  if (said.some((w) => NOT_AN_ANSWER.has(w))) return undefined;
  // "make it 2": a count alone is the dish's count, read elsewhere
  if (content.every((w) => countWord(w) !== undefined)) return undefined;
  if (!content.some((w) => w.length >= 3 || /^\d+$/.test(w))) return undefined;
  const first = said.indexOf(content[0] as string);
  const last = said.lastIndexOf(content.at(-1) as string);
  return said.slice(first, last + 1).join(' ');
}

/** Words after an answer that only accept it: "black is fine", "medium works", "oat sounds good". */
const ASSENT_TAIL =
  /^(?:(?:is|s|are|sounds|would be|will be|should be)\s+)?(?:fine|good|great|ok|okay|perfect|alright|best|works?|do)$/;

/** The words said without a closing assent ("black is fine" → "black"); the words alone are kept whole. */
function withoutAssentTail(said: readonly string[]): readonly string[] {
  for (let n = Math.min(3, said.length - 1); n >= 1; n--)
    if (ASSENT_TAIL.test(said.slice(-n).join(' '))) return said.slice(0, -n);
  return said;
}

/**
 * The message states something rather than naming a choice: a diet or allergy of the customer or of
 * someone else ("im allergic to nuts", "my son can't have dairy"), dishes without an allergen asked
 * for, a sentence about a person ("we keep kosher", "my wife is pregnant": a subject or possessive
 * pronoun among the words), or small talk read as another domain's request ("lovely weather today":
 * out of scope with the classifier's confidence, several words, no food word the menu lacks).
 */
function isStatement(parse: ParseResult, said: readonly string[]): boolean {
  if (parse.constraints.diet || parse.constraints.allergies.length > 0) return true;
  if ((parse.guestConstraints ?? []).length > 0 || parse.filters.allergenFree.length > 0) return true;
  if (said.some((w) => PERSON_WORDS.has(w))) return true;
  if (said.includes('my') && said.some((w) => STATING_VERBS.has(w))) return true;
  if (asksSomething(parse.text, said)) return true;
  const top = parse.intents[0];
  return (
    top?.intent === 'out_of_scope' &&
    top.confidence >= OTHER_DOMAIN_AT &&
    said.length >= 2 &&
    !parse.unresolved.some((u) => u.food)
  );
}

/**
 * The message is shaped as a question: it ends with "?", opens with a question word ("which crusts",
 * "is it hot"), or with "can I" / "could we" and a verb other than one of ordering ("can i pick the
 * crust"; "can i get strawberry" orders).
 */
function asksSomething(text: string, said: readonly string[]): boolean {
  if (/\?\s*$/.test(text)) return true;
  const [first = '', second = '', third = ''] = said;
  if (QUESTION_OPENERS.has(first)) return true;
  return (
    (first === 'can' || first === 'could') &&
    (second === 'i' || second === 'we' || second === 'you') &&
    third !== '' &&
    !ORDER_VERBS.has(third)
  );
}

/** Words that open a question rather than name a choice. */
const QUESTION_OPENERS = new Set([
  'what',
  'whats',
  'which',
  'how',
  'hows',
  'why',
  'when',
  'where',
  'who',
  'is',
  'are',
  'does',
  'do',
  'did',
  'isnt',
  'arent',
]);

/** Verbs after "can i" that order ("can i get", "could i have"). */
const ORDER_VERBS = new Set(['get', 'have', 'take', 'grab', 'order', 'do', 'go', 'try', 'please', 'pls']);

/** The confidence of an out-of-scope reading the scope classifier gave (nothing matched alone gives 0.6). */
const OTHER_DOMAIN_AT = 0.9;

/** Subject and possessive pronouns: words of a sentence about someone, never of a choice's name. */
const PERSON_WORDS = new Set([
  'we',
  'were',
  'our',
  'us',
  'he',
  'hes',
  'she',
  'shes',
  'they',
  'theyre',
  'his',
  'her',
  'their',
  'myself',
  'am',
  'was',
]);

/** Verbs that with "my" make a sentence about someone ("my wife is pregnant", "my kid can't have milk"). */
const STATING_VERBS = new Set([
  'is',
  'are',
  'was',
  'has',
  'have',
  'can',
  'cant',
  'cannot',
  'doesnt',
  'eats',
  'gets',
]);

/**
 * A one-of group of sizes: named so ("Size", "Portion size", "chips-size") or with every choice named by a
 * size word ("Regular", "Large").
 */
function isSizeGroup(group: Venue['menu']['optionGroups'][number]): boolean {
  if (group.max !== 1) return false;
  if ([group.id, group.name, ...group.aliases].some((n) => wordsOf(n).includes('size'))) return true;
  return group.choices.every((c) => wordsOf(c.name).some((w) => SIZE_WORDS.has(w)));
}

/** Words that name a size on any menu: a customer says them at a size question whatever the sizes are. */
const SIZE_WORDS = new Set([
  'small',
  'medium',
  'med',
  'large',
  'regular',
  'extra',
  'xl',
  'mini',
  'big',
  'bigger',
  'biggest',
  'smaller',
  'smallest',
  'jumbo',
  'giant',
  'huge',
  'tall',
  'grande',
  'venti',
  'short',
  'personal',
  'family',
  'kids',
  'kid',
  'lunch',
  'half',
  'whole',
  'single',
  'double',
]);

/** The choice has a number right before `word` in its name or an alias ("1 liter" before "liter"). */
function measures(choice: { name: string; aliases: readonly string[] }, word: string): boolean {
  return [choice.name, ...choice.aliases].some((n) => {
    const ws = wordsOf(n);
    return ws.some((w, i) => i > 0 && closeEnough(word, w) && /^\d+$/.test(ws[i - 1] as string));
  });
}

/** A word of another choice of the group (then the matcher's pick is a tie to settle, not a foreign word). */
function isOwnOfOther(word: string, group: Venue['menu']['optionGroups'][number], choice: string): boolean {
  return group.choices.some(
    (c) => c.id !== choice && [c.name, ...c.aliases].flatMap(wordsOf).some((o) => o === word),
  );
}

/**
 * Words of every option and removal the reading found that the waiting dish can take (other groups said
 * with the answer: "large, thin crust").
 */
function otherOptionWords(parse: ParseResult, venue: Venue, groups: ReadonlySet<string>): string[] {
  const all = [
    ...parse.lines.flatMap((l) => [...l.options, ...l.without]),
    ...(parse.freeOptions ?? []),
    ...(parse.freeWithout ?? []),
  ];
  // an option of a group the dish does not take ("lime" at the agua fresca flavours) explains nothing
  const picks = all.filter((p) => groups.has(p.group));
  return picks.flatMap((p) => {
    const c = venue.menu.optionGroups.find((g) => g.id === p.group)?.choices.find((x) => x.id === p.choice);
    return c ? [c.name, ...c.aliases].flatMap(wordsOf) : [];
  });
}

/** Equal, a plural, a cut word ("larg") or one edit away for words of five letters or more. */
function closeEnough(said: string, own: string): boolean {
  if (said === own || said === `${own}s` || `${said}s` === own || said === `${own}es`) return true;
  if (/^\d+$/.test(said) || /^\d+$/.test(own)) return false;
  if (said.length >= 3 && own.startsWith(said) && own.length - said.length <= 2) return true;
  return Math.min(said.length, own.length) >= 5 && editDistance(said, own) <= 1;
}

/** Levenshtein distance with a transposition (two adjacent letters swapped) counted as one edit. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

/** Words that carry no choice: articles, politeness, "I'll take", "go with", "make it", "size". */
/** Words that link a put verb's thing to the dish: "add bacon to the soda", "put cheese on it". */
const PUT_LINKS = new Set(['to', 'on', 'onto', 'in', 'into', 'it', 'my', 'with', 'some']);
/** Polite words before a put verb: "can you add", "please put". */
const POLITE_LEAD = new Set([
  'can',
  'could',
  'would',
  'will',
  'you',
  'i',
  'we',
  'please',
  'pls',
  'also',
  'and',
]);

/** Words that add dishes to a count ("two more large", "another medium"): no modifier of the choice. */
const ADDING_WORDS = new Set(['more', 'another', 'additional']);

const FILLERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'ones',
  ...COURTESY,
  ...ACKNOWLEDGEMENTS,
  'you',
  'k',
  'just',
  'i',
  'll',
  'id',
  'd',
  'im',
  'm',
  'take',
  'have',
  'want',
  'like',
  'would',
  'go',
  'with',
  'get',
  'can',
  'could',
  'me',
  'make',
  'it',
  // "make those soft corn", "make them both crispy": the waiting dish pointed at
  'that',
  'this',
  'those',
  'these',
  'them',
  'both',
  'let',
  's',
  'lets',
  'for',
  'of',
  'my',
  'then',
  'yes',
  'yeah',
  'yep',
  'sure',
  'um',
  'uh',
  'size',
  'sized',
  'flavor',
  'flavour',
  'kind',
  'type',
  'that',
  'is',
  'be',
  'do',
  'will',
  'and',
  'in',
  'on',
  'its',
  'option',
  'choice',
  'please',
  'give',
  'prefer',
  'rather',
]);

/**
 * Words that say the message is no attempt at a choice (a reaction, a question word, a refusal, a
 * change of plan): such a message is read as itself, never as an unknown choice.
 */
const NOT_AN_ANSWER = new Set([
  'huh',
  'what',
  'hmm',
  'idk',
  'dunno',
  'whatever',
  'sorry',
  'hi',
  'hello',
  'hey',
  'help',
  'why',
  'how',
  'nothing',
  'no',
  'not',
  'nope',
  'none',
  'cancel',
  'stop',
  'wait',
  'never',
  'mind',
  'nvm',
  'remove',
  'drop',
  'forget',
  'skip',
  'checkout',
  'check',
  'cart',
  'order',
  'menu',
  'bye',
  'thanks',
  'person',
  'human',
  'agent',
  'actually',
  'instead',
  'also',
  'more',
  'less',
  'different',
  'other',
  'any',
  'anything',
  'recommend',
  'suggest',
  'best',
  'popular',
  'same',
  'default',
  'usual',
  'regular',
  'normal',
  'both',
  'all',
  'half',
  'don',
  't',
  'dont',
  'doesn',
  'matter',
  'care',
  'surprise',
]);
