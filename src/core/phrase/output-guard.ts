import { wordTable } from '../../domain/word-table.ts';
import { dropCardNumbers } from '../normalize/drop-card-numbers.ts';
import type { Grounding } from './grounding.ts';
import { type MenuMentions, norm } from './menu-mentions.ts';
import { moneyAmounts } from './money-mentions.ts';

/**
 * Why a generated sentence may not reach the customer:
 * - `wrong_price`: an amount that is none of the acts' (prices, line totals, totals, fees in passages);
 * - `unlisted_item`: a menu item the acts do not name (the model may not offer what the turn did not);
 * - `wrong_quantity`: a count before an item that the acts do not state for it;
 * - `invented_name`: a dish-like name that is on no menu ("Dragon Roll", "paneer pizza");
 * - `unknown_link`, `unknown_source`: a link or a `[citation]` the acts do not carry;
 * - `card_number`: something a card number, code or expiry (the normaliser's detection);
 * - `prompt_echo`: words of the system prompt repeated (eight words in a row);
 * - `missing_offer`: a question asked before the dish the turn offers was named (a yes adds that dish,
 *   so the reply may not ask about another).
 */
export type GuardIssueKind =
  | 'wrong_price'
  | 'unlisted_item'
  | 'wrong_quantity'
  | 'invented_name'
  | 'unknown_link'
  | 'unknown_source'
  | 'card_number'
  | 'prompt_echo'
  | 'missing_offer';

/** A failed check: its kind, and what was found (for tests; never logged, it may hold anything). */
export interface GuardIssue {
  kind: GuardIssueKind;
  found: string;
}

/** Checks generated text, one sentence at a time, before it is forwarded. */
export interface OutputGuard {
  /** The first issue of `sentence` (given the text already accepted before it), or undefined when it may go out. */
  check(sentence: string, before: string): GuardIssue | undefined;
}

/** Words of this many in a row shared with the system prompt count as an echo. */
export const ECHO_WORDS = 8;

const NUMBER_WORDS = wordTable<number>({
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  couple: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
});

/** Capitalised words that start sentences or name days and months: never a dish by themselves. */
const COMMON = new Set(
  `i i'm i've i'll i'd we we're we've we'll you you're you'll your our it it's its this that these those the a an
and but or so if then yes no sure great good perfect okay ok thanks thank hi hello hey welcome here there what which
would could can may might let let's try enjoy sorry absolutely certainly of course happy glad please just also all
any anything everything something both each every one two three four five six seven eight nine ten first next last
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december today tomorrow tonight noted done got added removed updated note heads up on in at for with
from by to as how when where why who whoa wow lovely nice fantastic excellent awesome alright right well oh ah
however also meanwhile unfortunately fortunately currently total subtotal tax delivery pickup fee order cart menu
maitre choice pick question news idea thing with without extra more less shall should will do does did is are was
were have has had be want like need feel don't can't won't how's what's that's there's here's it'll we'd you'd`.split(
    /\s+/,
  ),
);

const TITLE_RUN = /(?<![\p{L}\p{N}'])\p{Lu}[\p{L}'’]*(?:[ -]+\p{Lu}[\p{L}'’]*)+/gu;
const URL = /https?:\/\/[^\s)\]>"']+/g;
const CITATION = /\[([^\]\n]{1,60})\]/g;
const WORDS = (s: string) => norm(s).match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * The output guard for one turn: `grounding` (what the acts state), the venue's menu, the system prompt
 * (an echo of eight of its words in a row is refused), the names the reply may always use (the venue,
 * the persona) and `offered`, the dish the turn offers (a recommendation), to be named before any question.
 */
export function createOutputGuard(
  grounding: Grounding,
  menu: MenuMentions,
  systemPrompt: string | ReadonlySet<string>,
  knownNames: readonly string[] = [],
  currencyDigits = 2,
  offered?: string,
): OutputGuard {
  const shingles = typeof systemPrompt === 'string' ? promptShingles(systemPrompt) : systemPrompt;
  const allowedText = `${grounding.text}\n${knownNames.map(norm).join('\n')}`;
  // the words of the acts, only for a capitalised run that is no known name (most replies have none)
  let words: ReadonlySet<string> | undefined;
  const allowedWords = () => {
    words ??= new Set(WORDS(allowedText));
    return words;
  };
  return {
    check(sentence, before) {
      if (dropCardNumbers(sentence).dropped) return { kind: 'card_number', found: '' };
      for (const m of sentence.matchAll(URL)) {
        const url = m[0].replace(/[.,;:!?]+$/, '');
        if (!grounding.urls.has(url) && !allowedText.includes(url.toLowerCase()))
          return { kind: 'unknown_link', found: url };
      }
      for (const m of sentence.matchAll(CITATION)) {
        const tag = (m[1] as string).trim().toLowerCase();
        if (!grounding.citations.has(tag)) return { kind: 'unknown_source', found: tag };
      }
      for (const m of moneyAmounts(sentence, currencyDigits))
        if (!grounding.amounts.has(m.minor)) return { kind: 'wrong_price', found: m.raw };
      const lower = norm(sentence);
      // `find` normalises as `norm` does (idempotent): its indexes are positions in `lower`
      for (const mention of menu.find(lower)) {
        const named = mention.itemIds.some((id) => grounding.itemIds.has(id));
        if (!named && !grounding.text.includes(mention.phrase))
          return { kind: 'unlisted_item', found: mention.phrase };
        const count = countBefore(lower.slice(0, mention.index));
        if (count === undefined) continue;
        const stated = mention.itemIds.flatMap((id) => [...(grounding.quantities.get(id) ?? [])]);
        if (stated.length > 0 && !stated.includes(count))
          return { kind: 'wrong_quantity', found: `${count} ${mention.phrase}` };
      }
      const invented = inventedName(sentence, lower, menu, allowedText, allowedWords);
      if (invented) return { kind: 'invented_name', found: invented };
      if (shingles.size > 0) {
        // the last words already sent (an echo may straddle sentences): a short tail is enough
        const words = [...WORDS(before.slice(-120)).slice(-(ECHO_WORDS - 1)), ...WORDS(sentence)];
        for (let i = 0; i + ECHO_WORDS <= words.length; i++)
          if (shingles.has(words.slice(i, i + ECHO_WORDS).join(' ')))
            return { kind: 'prompt_echo', found: words.slice(i, i + ECHO_WORDS).join(' ') };
      }
      if (offered && sentence.includes('?') && !norm(`${before} ${sentence}`).includes(norm(offered)))
        return { kind: 'missing_offer', found: offered };
      return undefined;
    },
  };
}

/** Every run of {@link ECHO_WORDS} words of the system prompt (lower case): computed once per prompt. */
export function promptShingles(systemPrompt: string): ReadonlySet<string> {
  const cached = shingleCache.get(systemPrompt);
  if (cached) return cached;
  const words = WORDS(systemPrompt);
  const shingles = new Set<string>();
  for (let i = 0; i + ECHO_WORDS <= words.length; i++) shingles.add(words.slice(i, i + ECHO_WORDS).join(' '));
  if (shingleCache.size > 100) shingleCache.clear();
  shingleCache.set(systemPrompt, shingles);
  return shingles;
}

const shingleCache = new Map<string, ReadonlySet<string>>();

/** The count written just before an item's name ("2 ", "two ", "2 × "), if any. */
function countBefore(text: string): number | undefined {
  const m =
    /(?:^|[^\p{L}\p{N}])(\d{1,3}|[a-z]+)\s*(?:×|x)?\s*(?:more\s+|orders? of\s+|portions? of\s+|plates? of\s+)?$/u.exec(
      text,
    );
  if (!m) return undefined;
  const word = m[1] as string;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] === 1 && (word === 'a' || word === 'an') ? undefined : NUMBER_WORDS[word];
}

/**
 * A dish-like name that is on no menu: a run of capitalised words with a word that is neither in the
 * acts, the known names nor common sentence words ("Dragon Roll"), or a menu word before a dish noun
 * that together name nothing on the menu ("paneer pizza" where the menu has paneer tikka and pizzas).
 */
function inventedName(
  sentence: string,
  lower: string,
  menu: MenuMentions,
  allowedText: string,
  allowedWords: () => ReadonlySet<string>,
): string | undefined {
  for (const m of sentence.matchAll(TITLE_RUN)) {
    const run = m[0];
    const phrase = norm(run);
    if (allowedText.includes(phrase) || menu.isKnownName(phrase)) continue;
    const words = WORDS(run);
    const known = (w: string) =>
      COMMON.has(w) ||
      [w, w.replace(/(?:es|s)$/, '')].some((x) => allowedWords().has(x) || menu.nameWords.has(x));
    const unknown = words.filter((w) => !known(w));
    if (unknown.length > 0) return run;
  }
  // adjacent words only: a comma or "and" between two dishes is no name
  const tokens = lower.match(/[\p{L}'-]+|[^\s\p{L}'-]/gu) ?? [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as string;
    if (!menu.headNouns.has(head)) continue;
    const modifier = tokens[i - 1] as string;
    if (!menu.nameWords.has(modifier) || COMMON.has(modifier)) continue;
    const pair = `${modifier} ${head}`;
    if (menu.inKnownName(pair) || allowedText.includes(pair) || menu.isKnownName(modifier)) continue;
    return pair;
  }
  return undefined;
}
