/**
 * Instructions for the driver or the hand-over said as a message of their own, at any point ("ring the
 * bell twice", "leave it at the door", "call me when you get here", "gate code is 4417", "no-contact
 * delivery please", "use the side entrance"): a lexicon of the hand-over's verbs and objects, read at
 * the start of the message (lead-ins aside), never in a question. They go to the order's notes, which
 * the summary says back; none of their words is a dish to look for.
 */
const LEAD = String.raw`^(?:(?:ok|okay|oh|and|also|so|btw|by the way|just|please|pls|plz|kindly|can you|could you|would you)[\s,]+)*`;

const CUES: readonly RegExp[] = [
  // "ring the bell twice", "knock on the door", "buzz apartment 4B", "ring 3"
  /(?:ring|knock|buzz)(?:\s+(?:on|at))?\s+(?:the\s+|my\s+|our\s+)?(?:door\s*bell|doorbell|bell|door|buzzer|intercom|gate|apartment|apt|unit|flat|number|no\.?|#|\d)/,
  // "don't ring the bell", "no need to knock", "please do not call"
  /(?:do not|don'?t|dont|no need to|please don'?t|never)\s+(?:ring|knock|buzz|call|honk)\b/,
  // "leave it at the door", "leave the bag with the concierge", "drop it outside"
  /(?:leave|drop|put|place)\s+(?:it|them|the\s+(?:order|food|bag|bags|delivery|package))\s+(?:at|by|on|outside|inside|in front of|with|behind|near|next to|under|in)\b/,
  // "call me when you get here", "text me on arrival", "message me once you're outside"
  /(?:call|text|phone|ring|message|msg)\s+(?:me|us)\s+(?:when|once|on|upon|if|as soon as|before)\b/,
  // "gate code is 4417", "the door code 1234", "entry code: 55"
  /(?:the\s+)?(?:gate|door|entry|access|building|lobby|buzzer|apartment|apt)\s+code\b/,
  // "no-contact delivery", "contactless please"
  /(?:no[\s-]?contact|contact[\s-]?less|contact[\s-]?free)\b/,
  // "use the side entrance", "come to the back door"
  /(?:use|come to|go to|come round to|come around to)\s+the\s+(?:side|back|front|rear|service|main|second|other)\s+(?:door|entrance|gate)\b/,
  // "hand it to the concierge", "give it to reception"
  /(?:hand|give)\s+(?:it|them)\s+to\s+(?:the\s+)?(?:concierge|doorman|reception|front desk|security|porter|guard)\b/,
  // "meet me in the lobby", "meet us outside"
  /meet\s+(?:me|us)\s+(?:at|in|outside|by|downstairs|out front)\b/,
];
const CUE = new RegExp(`${LEAD}(?:${CUES.map((c) => c.source).join('|')})`);

/** What a delivery note may be at most (the slot's limit is longer; a note is a sentence or two). */
const MAX_NOTE = 160;

/**
 * The delivery instruction `text` gives as a message of its own, as written (trimmed; up to MAX_NOTE
 * characters), or undefined: no cue at its start, a question, or too long to be one.
 */
export function readDeliveryNote(text: string): string | undefined {
  const said = text.trim().replace(/\s+/g, ' ');
  if (said === '' || said.length > MAX_NOTE || said.endsWith('?')) return undefined;
  const lower = said.toLowerCase().replace(/[’]/g, "'");
  if (/^(?:can|could|would) you\b/.test(lower) && !CUE.test(lower)) return undefined;
  return CUE.test(lower) ? said.replace(/[.!\s]+$/, '') : undefined;
}

/** Where a clause may end before a delivery note: a comma, a full stop, a dash, or "and"/"also"/"plus". */
const CLAUSE_BREAK = /(?:\s*[,.;!]+\s*|\s+-+\s+|\s+(?:and|also|plus|but)\s+)/gi;

/**
 * A delivery instruction that closes a message after something else ("delivery to 42 Elm Street apt 3,
 * ring the bell twice", "pickup, call me when you get here", "12 oak st and leave it at the door"):
 * the message's words before it (`head`, read as usual) and the note (as `readDeliveryNote` reads it),
 * or undefined when no clause after the first is a note, or the whole message is one. The first break
 * whose rest is a note wins.
 */
export function splitDeliveryNote(text: string): { head: string; note: string } | undefined {
  // a message that is a note as a whole ("oh and call me on 555-0100 if ...") is read whole
  if (readDeliveryNote(text)) return undefined;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    const head = text.slice(0, at).trim();
    if (head === '' || head.endsWith('?')) continue;
    const note = readDeliveryNote(text.slice(at + m[0].length));
    if (note) return { head, note };
  }
  return undefined;
}
