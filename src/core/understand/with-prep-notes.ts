import { alternation } from './courtesy-words.ts';
import { COPULAS } from './filler-words.ts';
import type { MenuIndex } from './menu-index.ts';
import { PUT_VERBS } from './modify-leads.ts';
import { normalize } from './normalize.ts';
import type { Intent, ParseContext, ParseResult } from './parse-result.ts';
import { joinNotes, type PrepPhrase } from './prep-notes.ts';

/** Readings that a message holding only a preparation request after a line is not ("well done" is no praise). */
const NOT_WITH_A_NOTE: ReadonlySet<Intent> = new Set([
  'thanks',
  'chitchat',
  'out_of_scope',
  'checkout',
  'affirm',
  'greet',
  'goodbye',
  'faq',
]);

/**
 * Reads a message with its preparation requests taken out (blanked, so every offset stays) and gives each
 * to the order line said before it (else the first line) as that line's `note`. With no line, the
 * request is the note of the line in focus (`note` on the result, read as a change of it) when there is
 * one: a cart line or a dish waiting on its option. Undefined when nothing could take the note: the
 * message is then read as it was written ("well done" with nothing ordered is praise).
 */
export function withPrepNotes(
  text: string,
  context: ParseContext | undefined,
  prep: readonly PrepPhrase[],
  read: (text: string) => ParseResult,
): ParseResult | undefined {
  let blanked = text;
  for (const p of prep)
    blanked = blanked.slice(0, p.oStart) + ' '.repeat(p.oEnd - p.oStart) + blanked.slice(p.oEnd);
  const result = read(blanked);
  const inFocus = (context?.cart?.length ?? 0) > 0 || typeof context?.expecting === 'object';
  if (result.lines.length === 0) {
    if (!inFocus) return undefined;
    const kept = result.intents.filter((i) => !NOT_WITH_A_NOTE.has(i.intent) && i.intent !== 'order_update');
    return {
      ...result,
      // the message as written (same offsets as the blanked one): a reply reads the whole request
      text,
      note: joinNotes(prep.map((p) => withSubject(text, p, result.freeOptions ?? []))),
      intents: [{ intent: 'order_update', confidence: 0.85 }, ...kept],
    };
  }
  // where each line starts in the message as written
  const tokens = normalize(blanked).tokens;
  const startOf = (span: readonly [number, number]) =>
    tokens.find((t) => t.start >= span[0])?.oStart ?? Number.POSITIVE_INFINITY;
  const starts = result.lines.map((l) => startOf(l.span));
  const notes = result.lines.map((): string[] => []);
  for (const p of prep) {
    let target = 0;
    starts.forEach((s, i) => {
      if (s < p.oStart) target = i;
    });
    notes[target]?.push(
      withSubject(text, p, [...(result.lines[target]?.options ?? []), ...(result.freeOptions ?? [])]),
    );
  }
  // "the pepperoni well done pls" with a pepperoni in the cart: a note about a dish already ordered,
  // nothing else said of it, is a change of that line, not one more
  const cart = new Set(context?.cart ?? []);
  const onlyNoted = (l: ParseResult['lines'][number]) =>
    l.action === 'add' &&
    !l.quantityExplicit &&
    l.options.length === 0 &&
    l.without.length === 0 &&
    cart.has(l.itemId);
  return {
    ...result,
    text,
    lines: result.lines.map((l, i) =>
      (notes[i]?.length ?? 0) > 0
        ? {
            ...l,
            note: joinNotes([...(l.note ? [l.note] : []), ...(notes[i] as string[])]),
            ...(onlyNoted(l) ? { action: 'update' as const } : {}),
          }
        : l,
    ),
  };
}

/** A copula closing the words before a preparation request ("the bacon be", "the onions are"). */
const COPULA_END = new RegExp(`\\s+(?:${alternation(COPULAS)})$`);

/**
 * A preparation request said right after an option's name, with no verb that puts something on ("make
 * the bacon crispy", "the onions well done"): the option is what the request is about, so the note
 * names it ("bacon crispy"); the engine then adds no second portion of an option the dish already holds.
 * Otherwise the request's own words.
 */
function withSubject(text: string, p: PrepPhrase, options: readonly { choiceName: string }[]): string {
  const before = text.slice(0, p.oStart).trimEnd().toLowerCase();
  if (normalize(before).tokens.some((t) => PUT_VERBS.has(t.norm))) return p.text;
  // "can the bacon be extra crispy": a copula between the option and the request
  const said = before.replace(COPULA_END, '');
  const subject = options.find((o) => said.endsWith(o.choiceName.toLowerCase()));
  return subject ? `${subject.choiceName.toLowerCase()} ${p.text}` : p.text;
}

/**
 * The preparation requests kept once a serving style that menu choices also name ("black" of a tea's
 * Black, `PrepPhrase.choices`) is weighed against the dishes the message names (`read`, the message
 * read as written, only when such a style is present). Such a style is a note only when a dish is named
 * and none of them takes any of its choices' groups ("a coffee, black" where only the tea takes Black); otherwise it is the menu's
 * choice, read as usual ("a hot tea, black").
 */
export function withoutChosenStyles(
  prep: readonly PrepPhrase[],
  index: Pick<MenuIndex, 'accepts'>,
  read: () => ParseResult,
): PrepPhrase[] {
  if (!prep.some((p) => p.choices)) return [...prep];
  // said with no dish ("black is fine" at the size question) it is left to the other readings
  const dishes = read()
    .lines.filter((l) => l.span[1] > l.span[0])
    .map((l) => l.itemId);
  return prep.filter(
    (p) =>
      !p.choices ||
      (dishes.length > 0 && !dishes.some((d) => p.choices?.some((c) => index.accepts(d, c.group)))),
  );
}
