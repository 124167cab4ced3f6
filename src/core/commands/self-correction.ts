import { STOPWORDS } from '../understand/common-words.ts';
import { COURTESY } from '../understand/courtesy-words.ts';
import type { ParseResult } from '../understand/parse-result.ts';
import { countWord, type MisspeltNumbers } from '../understand/quantity.ts';
import { retractedNote } from '../understand/retracted-note.ts';

/** "make it 3", "just 3", "3 then": words around a count said as a correction. */
const COUNT_LEAD =
  /^(?:(?:make|change)\s+(?:it|that|them|those)(?:\s+to)?\s+|just\s+|only\s+)?(\S+)(?:\s+(?:then|instead|please|pls))?$/i;

/** Lead and tail words of a replacement said as a bare dish ("I mean a sprite instead"). */
const REPLACEMENT_FILLER = new Set([
  'i',
  'mean',
  'meant',
  'instead',
  'then',
  'actually',
  'make',
  'it',
  'get',
]);

/**
 * Requests of another kind than an order, said after the cue instead of it ("a coke, never mind, what are
 * your hours"): the order is taken back and the request stands alone.
 */
const OTHER_REQUESTS = new Set([
  'browse_menu',
  'item_info',
  'recommend',
  'show_cart',
  'checkout',
  'faq',
  'order_status',
  'human_handoff',
  'capabilities',
  'table_booking',
]);

/** Readings that say the words were no request of any kind the rules know (nothing else was read). */
const NOTHING_READ = new Set(['out_of_scope', 'help', 'goodbye', 'smalltalk', 'chitchat']);

/**
 * A message that corrects itself half way ("a coke, never mind, a sprite", "2 tacos, actually no, 3",
 * "a latte, wait no, a medium", "a steak taco, wait no, chicken") read as the customer meant it: the
 * words after the last cue when they order something of their own (the sprite alone); else, when the
 * words before ordered one dish and the words after are only a count or only options, that dish with
 * the count or those options instead (3 tacos; a medium latte; a chicken taco: the words after are read
 * as said before the dish, so a choice named by its ingredient counts too). When the words after are a
 * bare dish the menu does not know ("a sprite" with no Sprite), nothing is ordered and that dish is the
 * reading's unresolved food (said to be off the menu), never the dish taken back. A request of another
 * kind after the cue ("… never mind, what are your hours") is read alone. Undefined when the
 * message takes nothing back, takes back everything, or the correction cannot be placed (the message
 * is then read as written). `read` parses a text in the turn's context.
 */
export function readSelfCorrected(
  message: string,
  read: (text: string) => ParseResult,
  misspelt?: MisspeltNumbers,
): ParseResult | undefined {
  const retracted = retractedNote(message);
  if (!retracted?.before || retracted.kept === '') return undefined;
  const kept = read(retracted.kept);
  // "a turkey club, scratch that, a lobster roll": the dish said instead, even one the menu lacks
  if (kept.lines.length > 0 || kept.unresolved.some((u) => u.food)) return kept;
  if (OTHER_REQUESTS.has(kept.intents[0]?.intent ?? '')) return kept;
  const before = read(retracted.before);
  const line = before.lines[0];
  if (before.lines.length !== 1 || line?.action !== 'add') return absentReplacement(kept, retracted.kept);
  const said = COUNT_LEAD.exec(retracted.kept.trim());
  const quantity = said?.[1] ? countWord(said[1].toLowerCase(), misspelt) : undefined;
  if (quantity !== undefined && quantity >= 1 && quantity <= 99)
    return { ...before, lines: [{ ...line, quantity, quantityExplicit: true }] };
  // "a steak taco, wait no, no onions": the dish with the removal
  const without = kept.freeWithout ?? [];
  if (without.length > 0 && !kept.freeOptions?.length) {
    const earlier = line.without.filter(
      (w) => !without.some((n) => n.group === w.group && n.choice === w.choice),
    );
    return { ...before, lines: [{ ...line, without: [...earlier, ...without] }] };
  }
  const options = kept.freeOptions?.length
    ? kept.freeOptions
    : optionsBeforeDish(before, retracted.kept, read);
  if (options.length === 0) return absentReplacement(kept, retracted.kept);
  const others = line.options.filter((o) => !options.some((n) => n.group === o.group));
  return { ...before, lines: [{ ...line, options: [...others, ...options] }] };
}

/**
 * "chicken" taking back the steak of "a steak taco": the words read before the dish's own mention ("chicken
 * taco"), the options of that one line of the same dish; none when they read as anything else.
 */
function optionsBeforeDish(
  before: ParseResult,
  kept: string,
  read: (text: string) => ParseResult,
): ParseResult['lines'][number]['options'] {
  const line = before.lines[0];
  if (!line) return [];
  const mention = before.normalized.slice(line.span[0], line.span[1]).trim();
  if (mention === '') return [];
  const words = kept.replace(/^(?:(?:a|an|the|one|i\s+mean|i\s+meant|make\s+it)\s+)+/i, '');
  const again = read(`${words} ${mention}`);
  const only = again.lines[0];
  if (again.lines.length !== 1 || only?.itemId !== line.itemId || again.unresolved.length > 0) return [];
  return only.options;
}

/**
 * "a coke, never mind, a sprite" with no Sprite on the menu: the words after the cue, a bare dish of one
 * to three words the rules read as nothing, are a dish we don't have (the coke stays taken back).
 */
function absentReplacement(kept: ParseResult, text: string): ParseResult | undefined {
  if (!NOTHING_READ.has(kept.intents[0]?.intent ?? '') || kept.unresolved.length > 0) return undefined;
  if (kept.question || (kept.freeOptions?.length ?? 0) > 0) return undefined;
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let start = 0;
  while (start < words.length && leadWord(words[start] as string)) start++;
  let end = words.length;
  while (
    end > start &&
    (COURTESY.has(words[end - 1] as string) || REPLACEMENT_FILLER.has(words[end - 1] as string))
  )
    end--;
  const dish = words.slice(start, end);
  if (
    dish.length === 0 ||
    dish.length > 3 ||
    dish.some((w) => STOPWORDS.has(w) || !/^[a-z][a-z'-]*$/.test(w))
  )
    return undefined;
  const heard = dish.join(' ');
  return {
    ...kept,
    intents: [{ intent: 'order_add', confidence: 0.8 }],
    unresolved: [{ text: heard, suggestions: [], food: true }],
    ...(kept.why
      ? {
          why: {
            ...kept.why,
            intents: [
              {
                intent: 'order_add',
                rule: 'self_correction.absent_dish',
                because: 'a bare dish said in place of one taken back, which the menu lacks',
              },
            ],
          },
        }
      : {}),
  };
}

const leadWord = (w: string) =>
  w === 'a' || w === 'an' || w === 'one' || COURTESY.has(w) || REPLACEMENT_FILLER.has(w);
