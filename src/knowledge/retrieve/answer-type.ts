/**
 * The kind of value a question asks for, read from its wording ("how long" → a duration, "how much" → an
 * amount of money, "what time" → a clock time), and whether a passage holds a value of that kind. A
 * classic question-answering rerank signal: of two passages on the same topic ("Delivery fee" and
 * "Delivery times"), the one holding the asked kind of value is the answer. Generic English patterns;
 * nothing venue-specific.
 */
export type AnswerType = 'duration' | 'money' | 'count' | 'clock' | 'year' | 'place' | 'contact';

/** Question wordings per answer type, matched on the normalised query (lower case, single spaces). */
const ASKS: ReadonlyArray<readonly [AnswerType, RegExp]> = [
  ['year', /\b(how long have|since when|when did you (open|start)|what year|been around)\b/],
  [
    'duration',
    /\b(how long|how fast|how quick(ly)?|how soon|how far ahead|how far in advance|how much notice|how many (days|hours|minutes|weeks)|how much time|what notice)\b/,
  ],
  [
    'money',
    /\b(how much(?! (notice|time))|what does it cost|what do you charge|price|prices|cost|costs|amounts?|fee|charge)\b/,
  ],
  ['count', /\b(how many)\b/],
  ['clock', /\b(what time|when do you|when does|when are you|till when|until when|how late|how early)\b/],
  [
    'contact',
    /\b(who (do|should|can|could) (i|we) (talk|speak|call|contact|email|e-mail|write|ask)|who to (talk|speak|call|contact|ask)|how (do|can) (i|we) (reach|contact)|phone number|email address|e-mail address)\b/,
  ],
  [
    'place',
    /\b(what is your address|whats your address|your address|where are you|where is the|located|where (do|can|should|would) (i|we))\b/,
  ],
];

const NUMBER = String.raw`(\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty)`;

/** Values per answer type, matched on the passage's text (lower case). */
const HOLDS: Readonly<Record<AnswerType, RegExp>> = {
  year: /\b(19|20)\d\d\b/,
  duration: new RegExp(
    String.raw`\b${NUMBER}(\s*(–|-|to)\s*${NUMBER})?[\s-]*(business\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|\b(an|one|half an) (hour|day|week)\b`,
  ),
  money: /[$€£]\s?\d|\b\d+(\.\d\d)?\s?(dollars|cents|usd)\b|\bfree\b|\b\d+(\.\d+)?\s?%/,
  contact: /[\w.+-]+@[\w-]+\.[\w.]+|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/,
  count: new RegExp(String.raw`\b${NUMBER}\b`),
  clock: /\b\d{1,2}(:\d\d)?\s?(am|pm)\b|\b(noon|midnight)\b|\b\d{1,2}:\d\d\b/,
  place:
    /\b\d+\s+\w+(\s+\w+)?\s+(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|plaza|square)\b|\b(inside|behind|next to|in front of|opposite|beside) the\b|\b(entrance|counter|shelf|front door|back door)\b/,
};

/** The answer types a normalised query asks for (empty when it asks none we read). */
export function askedAnswerTypes(query: string): AnswerType[] {
  const out: AnswerType[] = [];
  for (const [type, pattern] of ASKS) if (pattern.test(query)) out.push(type);
  // "how long have you been around" asks a year, not a duration
  if (out.includes('year')) return out.filter((t) => t !== 'duration');
  return out;
}

/** Whether a passage's text holds a value of one of the asked answer types. */
export function holdsAnswerType(text: string, types: readonly AnswerType[]): boolean {
  const lower = text.toLowerCase();
  return types.some((t) => HOLDS[t].test(lower));
}
