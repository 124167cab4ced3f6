import type { Token } from './normalize.ts';
import type { ParseResult } from './parse-result.ts';
import { PhraseSet } from './phrase-set.ts';

/**
 * Greetings that open a message and are never a dish's or a question's first words ("morning" and
 * "what's up" are left out: "morning pastries?", "what's up with my order"), with the names they may
 * call the staff by ("hi guys").
 */
const OPENING_GREETINGS = new PhraseSet(
  [
    'hi',
    'hello',
    'hey',
    'hiya',
    'heya',
    'howdy',
    'greetings',
    'yo',
    'good morning',
    'good afternoon',
    'good evening',
  ].flatMap((g) => [g, ...['there', 'guys', 'team', 'folks', 'all', 'yall'].map((v) => `${g} ${v}`)]),
);

/**
 * "hi what time do you close", "hello! do you deliver": a greeting opening a message that goes on is
 * blanked out, so what follows is read as said alone (a question, an order: the greeting's words would
 * otherwise make it small talk); the caller adds the greeting back as an intent. Returns the text with
 * the greeting and the punctuation after it replaced by spaces (same length, so every offset still
 * points into the customer's text), or undefined when no greeting opens the message or nothing follows
 * it. Pure.
 */
export function withoutOpeningGreeting(text: string, tokens: readonly Token[]): string | undefined {
  const len = OPENING_GREETINGS.matchAt(tokens, 0);
  if (len === 0) return undefined;
  let end = len;
  while (tokens[end]?.punct) end++;
  const next = tokens[end];
  if (!next) return undefined;
  return ' '.repeat(next.oStart) + text.slice(next.oStart);
}

/**
 * The reading of a message after its greeting (`withoutOpeningGreeting`), given back the customer's
 * text (its `normalized` and offsets stay the reading's: the greeting's place is blank) and the greeting
 * as its last intent (at most as sure as the reading's last, so the order by
 * confidence holds). Pure.
 */
export function withGreeting(reading: ParseResult, text: string): ParseResult {
  if (reading.intents.some((i) => i.intent === 'greet')) return { ...reading, text };
  const last = reading.intents.at(-1)?.confidence ?? GREETING_CONFIDENCE;
  const greet = { intent: 'greet' as const, confidence: Math.min(GREETING_CONFIDENCE, last) };
  const why = reading.why
    ? {
        ...reading.why,
        intents: [
          ...reading.why.intents,
          { intent: 'greet' as const, rule: 'social.greet', because: 'a greeting opens the message' },
        ],
      }
    : undefined;
  return { ...reading, text, intents: [...reading.intents, greet], ...(why ? { why } : {}) };
}

/** How sure a greeting opening a longer message is (as `social.greet` reads one there). */
const GREETING_CONFIDENCE = 0.6;
