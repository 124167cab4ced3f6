import type { Venue } from '../../domain/venue.ts';
import type { ParseResult } from '../understand/parse-result.ts';
import { absentDishClauses } from './absent-dish-clauses.ts';
import type { Positioned } from './answer-pending.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart } from './generation-context.ts';

/** What was not understood: an unknown or ambiguous dish becomes a question, never a guess. */
export const clarifyCommands: CommandPart = ({ parse, venue, answers, primary, lineIntent, has, state }) => {
  // "regular, and a large birch beer": the answer took the size; the dish named after it is still
  // asked about (the menu lacks it), never passed over
  if (answers.answered)
    return toldTogether(
      absentDishClauses(parse.text, parse.unresolved).map((u) => clarifyOf(u, parse, venue)),
    );
  // a word like no dish in a message read as out of scope ("i need an itemised invoice for work") is not
  // a dish asked for: the message goes on as out of scope (where the venue's documents may answer it);
  // a general food word is ("do you sell lasagna"), even with no menu dish near it
  const asked =
    primary === 'out_of_scope' && !lineIntent
      ? parse.unresolved.filter((u) => u.suggestions.length > 0 || u.food)
      : parse.unresolved;
  // "make it 3 pizzas": in a change, a category the cart holds names its cart lines (the change asks
  // which of them if several), not a dish of the menu to choose
  const category = parse.filters.category;
  const namesCartLines =
    category !== undefined &&
    has('order_update') &&
    !has('order_add') &&
    state.cartItems.some((id) => venue.menu.items.find((i) => i.id === id)?.category === category);
  const kept = namesCartLines ? asked.filter((u) => !isCategoryWord(u.text, venue)) : asked;
  // one word asked about twice (the category word, and the dish its options implied): asked once, with
  // the options said ("a side of ranch": which side comes with ranch)
  const unresolved = kept.filter(
    (u) =>
      !kept.some((o) => o !== u && o.text === u.text && (o.choices?.length ?? 0) > (u.choices?.length ?? 0)),
  );
  return toldTogether(unresolved.map((u) => clarifyOf(u, parse, venue)));
};

/**
 * "a ribeye and mashed potatoes": the dishes the menu lacks in one message are told in one sentence
 * (the first unknown dish's command takes the others' names as `alsoHeard`), their nearest dishes
 * offered once (up to four). Ambiguous words, dishes asked with choices and a kind of drink the menu
 * does not serve keep their own question.
 * Pure.
 */
export function toldTogether(parts: readonly Positioned[]): Positioned[] {
  const plain = (p: Positioned) =>
    p.cmd.type === 'clarify' &&
    p.cmd.reason === 'unknown_item' &&
    p.cmd.heard !== undefined &&
    !p.cmd.withChoices &&
    !p.cmd.drinkKind;
  const first = parts.find(plain);
  const rest = parts.filter((p) => p !== first && plain(p));
  if (!first || rest.length === 0 || first.cmd.type !== 'clarify') return [...parts];
  const seen = new Set<string>();
  const choices = [first, ...rest]
    .flatMap((p) => (p.cmd.type === 'clarify' ? (p.cmd.choices ?? []) : []))
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .slice(0, 4);
  const alsoHeard = rest.flatMap((p) => (p.cmd.type === 'clarify' && p.cmd.heard ? [p.cmd.heard] : []));
  const merged: Positioned = { ...first, cmd: { ...first.cmd, choices, alsoHeard } };
  return parts.filter((p) => !rest.includes(p)).map((p) => (p === first ? merged : p));
}

/** The question for one word understanding could not place: an unknown or an ambiguous dish. */
function clarifyOf(u: ParseResult['unresolved'][number], parse: ParseResult, venue: Venue): Positioned {
  return {
    cmd: {
      type: 'clarify',
      reason: isAmbiguous(u, venue) ? 'ambiguous' : 'unknown_item',
      heard: u.text,
      // dishes named alike are all offered (up to six), the nearest of a word unknown four
      choices: u.suggestions.slice(0, u.which ? 6 : 4).map((s) => ({ id: s.id, name: s.name })),
      ...(parse.quantity !== undefined && parse.quantity > 1 ? { quantity: parse.quantity } : {}),
      ...(u.choices?.length ? { withChoices: u.choices } : {}),
      ...(u.drinkKind ? { drinkKind: u.drinkKind } : {}),
    },
    pos: COMMAND_AT.clarify,
  };
}

/**
 * The confidence of an out-of-scope reading when the scope classifier read the message as another
 * domain's request (understand/classify-intents.ts gives 0.9; nothing matched alone gives 0.6).
 */
const OTHER_DOMAIN_AT = 0.9;

/** When no part proposed anything: out of scope said so, anything else asked again. */
export const fallbackCommands: CommandPart = ({ primary, confident, parse }) => [
  {
    cmd:
      primary === 'out_of_scope'
        ? {
            type: 'chitchat',
            kind: 'out_of_scope',
            // read out of scope only because nothing matched (below OTHER_DOMAIN_AT): not another domain's request
            ...((parse.intents[0]?.confidence ?? 1) < OTHER_DOMAIN_AT ? { unplaced: true as const } : {}),
          }
        : {
            type: 'clarify',
            reason: confident.length === 0 ? 'low_confidence' : 'not_understood',
            choices: [],
          },
    pos: COMMAND_AT.said(0),
  },
];

/** A category name ("rice bowls") or a word every suggestion shares ("biryani"): a choice, not a mistake. */
function isAmbiguous(u: ParseResult['unresolved'][number], venue: Venue): boolean {
  const heard = u.text.toLowerCase();
  if (u.which && u.suggestions.length > 1) return true;
  // "a sprite": dishes that share the choice said, to choose from
  if ((u.choices?.length ?? 0) > 0 && u.suggestions.length > 1) return true;
  if (isCategoryWord(heard, venue)) return true;
  return u.suggestions.length > 1 && u.suggestions.every((s) => s.name.toLowerCase().includes(heard));
}

/** The word is a category's name or one of its aliases. */
function isCategoryWord(word: string, venue: Venue): boolean {
  const heard = word.toLowerCase();
  return venue.menu.categories.some(
    (c) => c.name.toLowerCase() === heard || c.aliases.some((a) => a.toLowerCase() === heard),
  );
}
