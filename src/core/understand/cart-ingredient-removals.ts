import type { Menu } from '../../domain/menu-schema.ts';
import { SPLIT_NEGATION_PARTICLES, SPLIT_NEGATION_VERBS } from './negation-cues.ts';
import type { Token } from './normalize.ts';
import type { ParsedLine, ParseResult } from './parse-result.ts';
import { joinNotes } from './prep-notes.ts';
import { dishHoldsKeys, foldKey, isFoodKey, removalKeys } from './removal-holds.ts';

/**
 * Words that take what follows off a dish by themselves ("no salami", "without cheese", "hold the mayo",
 * "skip the onions"); the split verbs of `negation-cues.ts` not here need "off"/"out" ("leave the
 * salami off", "take out the onions").
 */
const REMOVERS = new Set(['no', 'without', 'minus', 'sans', 'hold', 'skip', 'omit', 'nix', 'lose']);
/** Words between a remover and the ingredient ("hold the onions", "without any of the cheese"). */
const FILLERS = new Set(['the', 'any', 'all', 'of', 'my', 'your', 'those', 'that', 'these', 'extra']);
/** Intents a removal said with no dish may have been given before it was read as a change of the cart. */
const REREAD = new Set(['deny', 'out_of_scope', 'chitchat', 'order_update', 'order_remove']);

/** A removal said in words: the folded keys of its ingredient and the token range it covers. */
interface SaidRemoval {
  keys: string[];
  said: string;
  from: number;
  to: number;
}

/**
 * The ingredient words removers reach in a message ("no cheese or onions" → cheese, onions; "leave the
 * salami off" → salami): word runs after a remover and its fillers, split at "or"/"and"/commas, ending at
 * anything else ("on", "please", "it"). A particle verb counts only with "off"/"out" right after it or
 * right after the run. Runs whose words hold no food word (`isFoodKey`: "no rush") are none.
 */
function saidRemovals(tokens: readonly Token[], menu: Menu): SaidRemoval[] {
  const out: SaidRemoval[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const verb = (tokens[i] as Token).norm;
    const particle = SPLIT_NEGATION_VERBS.has(verb) && !REMOVERS.has(verb);
    if (!REMOVERS.has(verb) && !particle) continue;
    let j = i + 1;
    const particleFirst = particle && SPLIT_NEGATION_PARTICLES.has(tokens[j]?.norm ?? '');
    if (particleFirst) j++;
    const runs: SaidRemoval[] = [];
    for (;;) {
      while (j < tokens.length && FILLERS.has((tokens[j] as Token).norm)) j++;
      const from = j;
      while (j < tokens.length && isRunWord(tokens[j] as Token)) j++;
      if (j === from) break;
      const run = tokens.slice(from, j);
      runs.push({
        keys: run.map((t) => foldKey(t.key)),
        said: run.map((t) => t.norm).join(' '),
        from,
        to: j,
      });
      const next = tokens[j]?.norm;
      if (next !== 'or' && next !== 'and' && next !== ',') break;
      j++;
    }
    if (particle && !particleFirst && !SPLIT_NEGATION_PARTICLES.has(tokens[j]?.norm ?? '')) continue;
    out.push(...runs.filter((r) => r.keys.some((k) => isFoodKey(menu, k))));
  }
  return out;
}

/** A word an ingredient run may hold: a plain word, no number, no courtesy or pointing word. */
function isRunWord(t: Token): boolean {
  return !t.punct && t.num === undefined && !STOP.has(t.norm);
}
const STOP = new Set([
  'on',
  'in',
  'from',
  'for',
  'off',
  'out',
  'please',
  'pls',
  'thanks',
  'it',
  'them',
  'that',
  'this',
  'or',
  'and',
  'with',
  'to',
  'one',
  'ones',
  'thank',
  'you',
]);

/** What the rereading needs of a parse and gives back. */
type Reading = Pick<ParseResult, 'lines' | 'intents' | 'unresolved' | 'freeWithout' | 'note'>;

/**
 * "no salami on it", "hold the cheese", "can you leave the onions off", said after the dish is in the
 * cart: the ingredients a message takes off a cart dish, when the message reads as no other order
 * (`reading.lines` and `freeWithout` empty, its first intent a deny, out-of-scope, small talk or change). Each removal
 * must be a listed ingredient (or one of its kind: "cheese" on a dish made with provolone,
 * `removal-holds.ts`) of exactly one dish of the cart (`cart`: its item ids); every removal of the
 * message must find its dish, else the reading is left as it was (nothing is guessed). The result: one
 * `update` line per dish with the removals as its kitchen note ("no salami"), `order_update` first, and
 * no unknown word left of the removals' words (no "we don't have salami"). With `waiting` (the dish
 * waiting on its option question) that dish alone is looked at and the removals become the message's
 * `note` instead ("without salami" at the length question: a note on the waiting sandwich). Pure.
 */
export function cartIngredientRemovals(
  reading: Reading,
  tokens: readonly Token[],
  menu: Menu,
  cart: readonly string[],
  waiting?: string,
): Reading {
  // a removal read as an option ("no onions" where some group has onions) is the engine's to sort
  const candidates = waiting ? [waiting] : cart;
  if (reading.lines.length > 0 || candidates.length === 0 || (reading.freeWithout?.length ?? 0) > 0)
    return reading;
  if (!REREAD.has(reading.intents[0]?.intent ?? 'deny')) return reading;
  const removals = saidRemovals(tokens, menu);
  if (removals.length === 0) return reading;
  const dishes = [...new Set(candidates)].flatMap((id) => {
    const item = menu.items.find((i) => i.id === id);
    return item ? [item] : [];
  });
  const notes = new Map<string, { said: string[]; from: number; to: number }>();
  for (const r of removals) {
    const holders = dishes.filter((d) => dishHoldsKeys(d, r.keys) === 'listed');
    if (holders.length !== 1) return reading;
    const id = (holders[0] as (typeof dishes)[number]).id;
    const at = notes.get(id);
    if (at) at.said.push(r.said);
    else notes.set(id, { said: [r.said], from: r.from, to: r.to });
  }
  const removed = new Set(removals.flatMap((r) => r.keys));
  const rest = {
    unresolved: reading.unresolved.filter((u) => !removalKeys(u.text).every((k) => removed.has(k))),
    intents: [
      { intent: 'order_update' as const, confidence: 0.85 },
      ...reading.intents.filter((i) => !REREAD.has(i.intent)),
    ],
  };
  // at the waiting dish's option question the removal is the message's note: it goes on that dish
  // and the question stays (as "well done" said instead of the answer)
  if (waiting) {
    const said = [...notes.values()].flatMap((n) => n.said.map((x) => `no ${x}`));
    return { ...rest, lines: [], note: joinNotes([...(reading.note ? [reading.note] : []), ...said]) };
  }
  const lines = [...notes].map(([itemId, n]): ParsedLine => {
    const from = (tokens[n.from] as Token).start;
    const to = (tokens[n.to - 1] as Token).end;
    return {
      itemId,
      name: menu.items.find((i) => i.id === itemId)?.name ?? itemId,
      quantity: 1,
      quantityExplicit: false,
      options: [],
      without: [],
      unresolved: [],
      span: [from, to],
      action: 'update',
      note: joinNotes(n.said.map((s) => `no ${s}`)),
    };
  });
  return { ...rest, lines };
}
