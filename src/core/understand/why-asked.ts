import type { Token } from './normalize.ts';
import type { SlotName } from './parse-result.ts';
import { PhraseSet } from './phrase-set.ts';

/** Ways of asking why something is wanted ("why do you need", "what ... for", "do I have to"). */
const WHY = new PhraseSet([
  'why',
  'how come',
  'what for',
  'what is it for',
  'what is that for',
  'do i have to',
  'do i need to',
  'do you really need',
  'do you have to have',
  'is that necessary',
  'is it necessary',
  'is that really necessary',
  'is it required',
  'is that required',
  'must i',
]);
/** The words naming each detail ("my number", "the address"). */
const DETAIL_WORDS: Readonly<Record<SlotName, ReadonlySet<string>>> = {
  name: new Set(['name']),
  phone: new Set(['number', 'phone', 'cell', 'mobile', 'contact']),
  address: new Set(['address', 'location', 'live', 'street']),
  paymentMethod: new Set(['pay', 'payment', 'card', 'paying']),
  fulfillment: new Set(['delivery', 'pickup', 'deliver', 'pick']),
};
const PRONOUNS = new Set(['it', 'that', 'this', 'them']);
/** Verbs before a pronoun that points at the detail ("why do you need that?", "do i have to give it"). */
const WANTING = new Set(['need', 'want', 'ask', 'give', 'share', 'know', 'require', 'for']);

/**
 * The customer asks why the detail the bot asked for is needed ("why do you need my name?", "what do
 * u need my number for?", "do I have to?"): a question about the question, answered with what the
 * detail is for before it is asked again; never the detail itself and never out of scope. It names the
 * detail, points at it ("why do you need that?"), or is short enough to be about nothing else ("why?").
 * General English, no venue. Pure.
 */
export function asksWhyDetail(tokens: readonly Token[], expecting: SlotName): boolean {
  const words = tokens.filter((t) => !t.punct);
  // "what do you need my number for?"
  const whatFor = words[0]?.norm === 'what' && words.at(-1)?.norm === 'for' && words.length <= 8;
  if (!whatFor && !WHY.has(tokens)) return false;
  const named = words.some(
    (t, i) =>
      DETAIL_WORDS[expecting].has(t.norm) || (PRONOUNS.has(t.norm) && WANTING.has(words[i - 1]?.norm ?? '')),
  );
  return named || whatFor || words.length <= 4;
}
