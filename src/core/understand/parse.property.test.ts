import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { generateCommands } from '../commands/generate-commands.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { createSessionState } from '../state/session-state.ts';
import { ParseResult } from './parse-result.ts';
import { createUnderstanding } from './understanding.ts';

/**
 * Properties of the rule parser over any text: it never throws, its result always matches the
 * ParseResult schema, option counts are ≥ 1, and a line count below 1 (kept as said, docs/parse-output.md)
 * is only ever read from a text that says zero, none or a minus sign, and never becomes a command
 * carrying a count below 1. Inputs: arbitrary Unicode (lone surrogates, combining marks, RTL, emoji),
 * very long texts, and texts built from the venue's own dish names with random numbers around them.
 */

const VENUES = ['spice-route', 'pizzeria'] as const;

/** Text that says a count of zero or less: the only texts a line count below 1 may come from. */
const SAYS_NON_POSITIVE = /[0０٠۰०-]|[−‐‑‒–—―﹣－]|\bzero\b|\bnone\b|\bnil\b|\bno\b|\bnought\b/i;

const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '\u0000',
    '\u202e',
    '\u200b',
    '\ufeff',
    'é',
    '\u0301',
    '🍕🍕',
    '\ud800',
    '\udfff',
    '\\',
    '%s',
    '${x}',
    // names an object literal inherits: a lookup table kept as a plain object would read them
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
  ),
);

function dishText(names: string[]) {
  const number = fc.oneof(
    fc.integer({ min: -1_000, max: 1_000 }).map(String),
    fc.constantFrom(
      'zero',
      'one',
      'two',
      'a dozen',
      'twenty one',
      'a couple of',
      '1e9',
      '99999999999999999999',
      '-0',
      '3x',
      'x2',
      '½',
      'NaN',
    ),
  );
  return fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...names) },
        { weight: 3, arbitrary: number },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            'and',
            'no',
            'without',
            'extra',
            'remove',
            'make that',
            'actually',
            ',',
            'please',
            'large',
            'more',
            'another',
          ),
        },
        { weight: 1, arbitrary: noise },
      ),
      { maxLength: 14 },
    )
    .map((parts) => parts.join(' '));
}

describe.each(VENUES)('property: the parser on %s', (venueId) => {
  const venue = loadVenue(venueId);
  const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
  const state = createSessionState({ sessionId: 's', venueId, customerId: 'c' });
  const config = createDialogConfig();
  const names = venue.menu.items.flatMap((item) => [item.name, ...(item.aliases ?? [])]);

  function check(text: string): void {
    const result = understanding.parse(text);
    const parsed = ParseResult.safeParse(result);
    if (!parsed.success)
      throw new Error(`not a ParseResult for ${JSON.stringify(text)}: ${parsed.error.message}`);
    for (const line of result.lines) {
      expect(Number.isSafeInteger(line.quantity)).toBe(true);
      for (const option of line.options) expect(option.quantity).toBeGreaterThanOrEqual(1);
      if (line.quantity < 1 && !SAYS_NON_POSITIVE.test(text)) {
        throw new Error(
          `count ${line.quantity} read from ${JSON.stringify(text)}, which says no zero or minus`,
        );
      }
    }
    if (result.quantity !== undefined) expect(Number.isSafeInteger(result.quantity)).toBe(true);
    // the commands made from any reading carry no count below 1 (the engine asks instead)
    for (const command of generateCommands(result, state, venue, config)) {
      if ('quantity' in command && typeof command.quantity === 'number') {
        if (command.quantity < 1)
          throw new Error(`command ${command.type} with ${command.quantity} from ${JSON.stringify(text)}`);
      }
    }
  }

  it('never throws and never yields a count it was not given, on arbitrary Unicode (2,000 runs)', () => {
    fc.assert(
      fc.property(noise, (text) => check(text)),
      { numRuns: 2000, seed: 20261130 },
    );
  });

  it("holds on texts made of the menu's dish names and random numbers (2,000 runs)", () => {
    fc.assert(
      fc.property(dishText(names), (text) => check(text)),
      { numRuns: 2000, seed: 20261131 },
    );
  });

  it('holds on long texts, up to 3× the longest message read', () => {
    fc.assert(
      fc.property(
        fc.tuple(dishText(names), fc.integer({ min: 1, max: 400 })).map(([t, n]) => `${t} `.repeat(n)),
        (text) => check(text),
      ),
      { numRuns: 40, seed: 20261132 },
    );
  });
});
