import { loadVenue } from '../../domain/load-venue.ts';
import type { ParseContext, ParseResult } from './parse-result.ts';
import { createUnderstanding } from './understanding.ts';

/** Lines as "item xN [options] -[without]", options as "choice" or "choice:qualifier", for compact assertions. */
export function summarizeLines(r: ParseResult): string[] {
  return r.lines.map((l) => {
    const opts = l.options.map((o) => `${o.choice}${o.qualifier ? `:${o.qualifier}` : ''}`);
    return `${l.itemId} x${l.quantity} [${opts.join(',')}] -[${l.without.map((w) => w.choice).join(',')}]`;
  });
}

/** A parser over a sample venue in restaurants/ (tests only): `lines(text, context?)` → summarized lines. */
export function venueParser(name: string): {
  parse: (text: string, context?: ParseContext) => ParseResult;
  lines: (text: string, context?: ParseContext) => string[];
} {
  const v = loadVenue(name);
  const u = createUnderstanding(v.menu, v.moods, v.documents);
  return { parse: u.parse, lines: (text, context) => summarizeLines(u.parse(text, context)) };
}
