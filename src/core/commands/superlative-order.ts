import type { Positioned } from './answer-pending.ts';
import type { CommandOf } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import type { GenerationContext } from './generation-context.ts';

/** Superlatives a dish is picked by that the menu's prices or its names' measures rank (general English). */
const RANKS: readonly [RegExp, CommandOf<'pick_ranked'>['by']][] = [
  [/\b(?:cheapest|least expensive|most affordable)\b/, 'price_low'],
  [/\b(?:most expensive|priciest)\b/, 'price_high'],
  [/\b(?:biggest|largest)\b/, 'size_high'],
  [/\bsmallest\b/, 'size_low'],
];
/** Words that order ("i'll take", "give me", "can i get", "please"): the superlative picks a dish to add. */
const ORDER_CUE =
  /\b(?:i(?:'?ll| will) (?:take|have|get|do|go (?:with|for))|i'?d like|i would like|i want|i wanna|i need|give me|gimme|get me|bring me|let me (?:get|have|try)|can i (?:get|have|order|try)|could i (?:get|have)|may i (?:get|have)|i'?ll order|order me|add)\b|\bplease\b|\bpls\b/;
/** Words that ask which it is ("which burrito is the biggest", "what's your cheapest pie"). */
const QUESTION = /^(?:so |and |ok |okay |hey |hi )?(?:which|what|whats|what's|tell me|is there|do you)\b/;

/**
 * "i'll take the cheapest pizza", "give me your biggest burrito", "which burrito is the biggest": a menu
 * superlative said of a kind (the parse's `filters.items`, `superlativeKind`) that picks one dish: ordered
 * when the message orders, described when it asks by size (a price question is the superlative answer's,
 * `answerMenuSuperlative`). The dish is ranked by the backend's prices or its name's measure
 * (`pick_ranked`). Undefined otherwise.
 */
export function superlativeOrder(g: GenerationContext): Positioned[] | undefined {
  const { parse } = g;
  const items = parse.filters.items;
  if (!items || items.length < 2 || parse.lines.length > 0 || g.answers.answered) return undefined;
  if (g.primary !== undefined && g.primary !== 'browse_menu' && g.primary !== 'order_add') return undefined;
  const text = g.text.toLowerCase().replace(/[’]/g, "'");
  const by = RANKS.find(([re]) => re.test(text))?.[1];
  if (!by) return undefined;
  const asked = QUESTION.test(text) || (/\?\s*$/.test(text) && !ORDER_CUE.test(text));
  const orders = !asked && ORDER_CUE.test(text);
  if (!orders && !(asked && by.startsWith('size'))) return undefined;
  const cmd: CommandOf<'pick_ranked'> = {
    type: 'pick_ranked',
    items,
    by,
    quantity: parse.quantity ?? 1,
    ...(asked ? { asked: true as const } : {}),
    ...(parse.filters.noun ? { noun: parse.filters.noun } : {}),
  };
  return [{ cmd, pos: COMMAND_AT.said(0) }];
}
