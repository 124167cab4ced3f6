import { BoundedMemo } from '../state/bounded-memo.ts';
import { normaliseForGuards } from './normalise-for-guards.ts';

/**
 * An early safety check, run on every message before understanding: a message about self-harm or
 * suicide (the customer's or someone else's) gets a kind reply with a pointer to help, never the
 * out-of-scope line and never an order. A small phrase classifier: families of patterns built from
 * lexicons (harm verbs × reflexive pronouns, wishes to die or not to live, ending one's life, suicide
 * words in a non-food reading), matched on a normalised form of the text (lowercase, contractions
 * and common chat spellings expanded). It errs on the side of answering kindly: a false alarm costs
 * one gentle sentence, a miss costs far more. Food idioms ("to die for", "dying for a burger", "kill
 * for a coke", "suicide wings") are not concerns.
 */
export type SafetyConcern = 'self_harm';

/** A lexicon as a non-capturing alternation. */
const alt = (words: readonly string[]) => `(?:${words.join('|')})`;

const REFLEXIVE = alt(['myself', 'my self', 'himself', 'herself', 'themselves', 'themself', 'yourself']);
const HARM_VERB = alt([
  'kill',
  'killing',
  'killed',
  'hurt',
  'hurting',
  'harm',
  'harming',
  'harmed',
  'cut',
  'cutting',
  'injure',
  'injuring',
  'end',
  'ending',
  'off',
  'offing',
  'hang',
  'hanging',
  'hanged',
  'poison',
  'poisoning',
  'shoot',
  'shooting',
  'drown',
  'drowning',
  'starve',
  'starving',
]);
const WISH = alt([
  'want',
  'wanted',
  'wanting',
  'wish',
  'wishing',
  'going',
  'ready',
  'plan',
  'planning',
  'trying',
  'try',
  'tried',
  'like',
  'need',
  'deserve',
]);
const SUICIDE_CONTEXT = alt([
  'commit',
  'committing',
  'committed',
  'attempt',
  'attempted',
  'attempting',
  'contemplating',
  'considering',
  'thinking about',
  'thinking of',
  'thought about',
  'thoughts of',
  'thoughts about',
  'think about',
  'plan',
  'planning',
  'about to',
]);
/** What makes "die" an idiom: "to die for", "die of hunger", "die if it doesn't come", "die laughing". */
const NOT_AFTER_DIE = String.raw`(?!\s+(?:for|of|if|without|waiting|from|laughing|happy)\b)`;
/** Words after "suicide" that make it a dish ("suicide wings"), not a concern. */
const FOOD_AFTER = alt([
  'wings?',
  'sauce',
  'burgers?',
  'chicken',
  'pizza',
  'hot',
  'spicy',
  'level',
  'pepper',
  'peppers',
  'chilli',
  'chili',
  'challenge',
  'drink',
  'soda',
  'burrito',
  'tacos?',
]);

const PATTERNS: RegExp[] = [
  // kill / hurt / cut / end ... myself (also "he wants to kill himself")
  new RegExp(String.raw`\b${HARM_VERB}\s+${REFLEXIVE}\b`),
  /\bself\s?harm(?:ing)?\b/,
  /\bsuicidal\b/,
  new RegExp(String.raw`\b${SUICIDE_CONTEXT}\s+(?:committing\s+)?suicide\b`),
  /\bsuicide\s+(?:note|attempt|attempts|thoughts?|hotline|line|plan)\b/,
  /^(?:i am\s+)?(?:thinking\s+)?suicide$/,
  new RegExp(String.raw`\bsuicide\b(?!\s+${FOOD_AFTER}\b)(?=.*\b(?:i|me|my)\b)`),
  // end / take my (own) life, end it all
  /\b(?:end|ending|take|taking|took)\s+(?:my|his|her|their)\s+(?:own\s+)?life\b/,
  /\bend(?:ing)?\s+it\s+all\b/,
  // I want to die (not "to die for")
  new RegExp(String.raw`\b${WISH}\s+to\s+die\b${NOT_AFTER_DIE}`),
  new RegExp(String.raw`\bi\s+(?:just\s+|really\s+)?(?:should|will)\s+(?:just\s+)?die\b${NOT_AFTER_DIE}`),
  /\b(?:wish|wished)\s+i\s+(?:was|were|had)\s+(?:dead|never been born|not alive|not here|gone)\b/,
  /\bwish\s+i\s+(?:was|were)\s+not\s+(?:alive|here|born)\b/,
  /\bbetter off (?:dead|without me)\b/,
  // I don't want to live / be alive anymore
  /\b(?:do not|does not|no longer|not|never)\s+(?:want|wanna|wish)\s+to\s+(?:live|be alive|exist|wake up|be here anymore|go on)\b/,
  /\b(?:no|what is the|whats the)\s+(?:reason|point)\s+(?:in\s+|of\s+|to\s+)?(?:living|live|go on|going on|carry on|keep going|being alive)\b/,
  // "i don't see the point in living anymore", "is there any point to going on"
  /\b(?:not|never|no longer)\s+(?:see|find)\s+(?:the|a|any)\s+point\s+(?:in\s+|of\s+|to\s+)?(?:living|being alive|going on|carrying on|existing|waking up|my life)\b/,
  /\bis there (?:any|a|even a) point (?:in |to )?(?:living|being alive|going on|carrying on|waking up)\b/,
  /\blife\s+(?:is\s+)?not\s+worth\s+(?:living|it)\b/,
  /\bcan not\s+go on\s+(?:living|anymore|like this)\b/,
  // means
  /\b(?:overdose|overdosing|od)\s+on\s+(?:my\s+|the\s+|some\s+)?(?:pills|meds|medication|medicine|tablets|drugs)\b/,
  /\btake\s+all\s+(?:my|the|of my)\s+(?:pills|meds|tablets)\b/,
  /\bjump\s+(?:off|from|in front of)\s+(?:a|the|this)\s+(?:bridge|building|roof|train|cliff|balcony)\b/,
  /\bkms\b/,
];

/**
 * PATTERNS as one alternation (none has flags, a capture group or a back-reference, so the union
 * matches a text exactly when one of them does): one scan of the text instead of one per pattern.
 */
const ANY_PATTERN = new RegExp(PATTERNS.map((p) => `(?:${p.source})`).join('|'));

/** Messages whose concern is remembered (`CONCERNS`, null for none), and how long such a message may be. */
const CONCERNS_KEPT = 1_000;
const CONCERNS_MAX_CHARS = 500;
const CONCERNS = new BoundedMemo<SafetyConcern | null>(CONCERNS_KEPT);

/**
 * The safety concern a message raises, or undefined. Pure and fast (one regular expression), and
 * remembered for recent messages, which recur word for word across sessions ("yes", "show my cart").
 */
export function safetyConcernOf(text: string): SafetyConcern | undefined {
  if (text.length > CONCERNS_MAX_CHARS) return concernOf(text);
  const known = CONCERNS.get(text);
  if (known !== undefined) return known ?? undefined;
  return CONCERNS.set(text, concernOf(text) ?? null) ?? undefined;
}

function concernOf(text: string): SafetyConcern | undefined {
  const t = normaliseForGuards(text);
  if (t.length === 0) return undefined;
  return ANY_PATTERN.test(t) ? 'self_harm' : undefined;
}
