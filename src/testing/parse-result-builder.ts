import type { Intent, ParsedLine, ParseResult } from '../core/understand/parse-result.ts';

type LineInput = Partial<ParsedLine> & { itemId: string };

/** A complete ParseResult from the few fields a test cares about (intents default to out_of_scope). */
export function parsed(
  text: string,
  fields: Omit<Partial<ParseResult>, 'intents' | 'lines'> & {
    intents?: Intent[];
    lines?: LineInput[];
  } = {},
): ParseResult {
  const { intents = ['out_of_scope'], lines = [], ...rest } = fields;
  return {
    text,
    normalized: text.toLowerCase(),
    intents: intents.map((intent, i) => ({ intent, confidence: 0.9 - i * 0.05 })),
    lines: lines.map((l) => ({
      name: l.itemId,
      quantity: 1,
      quantityExplicit: true,
      options: [],
      without: [],
      unresolved: [],
      span: [0, 0],
      ...l,
    })),
    itemRefs: [],
    filters: { allergenFree: [] },
    constraints: { allergies: [] },
    slots: {},
    unresolved: [],
    ...rest,
  };
}

/** An understanding that answers from a table of hand-built results (unknown text → out_of_scope). */
export function scriptedUnderstanding(table: Record<string, ParseResult>) {
  return {
    parse: (text: string): ParseResult => table[text] ?? parsed(text),
  };
}
