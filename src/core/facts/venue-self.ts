import { hasPhrase } from './fact-text.ts';

/**
 * What a question about the venue itself asks, beyond hours, delivery and payment: its name
 * (`venue-name`: "what is this place called"), whether it offers pickup (`pickup`: "can I collect it
 * myself"), or something about it no field holds (`venue-about`: "who owns this restaurant", "who's the
 * chef"), which only the venue's documents may answer.
 */
export type VenueSelfAsk = 'venue-name' | 'pickup' | 'venue-about';

/** Nouns a customer calls a venue by (general English, no venue's name). */
const VENUE_NOUNS =
  'place restaurant shop store business establishment cafe diner spot joint eatery bistro grill bakery bakehouse pizzeria deli taqueria truck kitchen outfit';
/**
 * This venue pointed at by a noun: "this place", "your shop", "the restaurant", "this pizza place" (one
 * word may stand between the pointing word and the noun).
 */
const POINTED = new RegExp(` (?:this|the|your|ur|yer) (?:[a-z]+ )?(?:${VENUE_NOUNS.split(' ').join('|')}) `);
/** Words that point at the venue on their own ("here", "you guys"). */
const SELF_WORDS = ['here', 'you guys', 'you all', 'yall', 'y all', 'you', 'your', 'ur', 'u'];
/** The name asked of the venue without a noun ("what are you guys called", "what's the name here"). */
const SELF_NAME_WORDS = [
  'are you called',
  'are you guys called',
  'are yall called',
  'are you all called',
  'do you call yourselves',
  'name here',
  'called here',
];

/** Words of a name asked for ("called", "name", "go by"). */
const NAME_WORDS = ['called', 'named', 'name', 'names', 'go by', 'goes by', 'call this', 'call it'];
/** Words asking for the name's story, not the name (the documents tell it: "why is it called …"). */
const NAME_STORY_WORDS = [
  'why',
  'how come',
  'mean',
  'means',
  'meaning',
  'story',
  'origin',
  'come from',
  'comes from',
  'stand for',
  'stands for',
  'behind',
  'inspired',
  'inspiration',
  'change',
  'changed',
  'spell',
  'spelled',
  'spelt',
];
/** Someone's own name given or asked ("my name is", "the name for the order", "under the name"). */
const OTHER_NAME_WORDS = [
  'my name',
  'our name',
  'his name',
  'her name',
  'their name',
  'name is',
  'name for the order',
  'name on the order',
  'under the name',
  'under my name',
  'name of the dish',
  'name of that',
  'name of it',
];

/** People and history of a venue, which no configured field holds. */
const PEOPLE_WORDS = [
  'owner',
  'owners',
  'chef',
  'chefs',
  'head chef',
  'manager',
  'managers',
  'boss',
  'founder',
  'founders',
  'proprietor',
];
/** A dish or pick said with a person word ("the chef's special", "what does the chef recommend"). */
const PEOPLE_DISH_WORDS = [
  'special',
  'specials',
  'recommend',
  'recommends',
  'recommendation',
  'pick',
  'picks',
  'choice',
  'favorite',
  'favourite',
  'selection',
  'tasting',
  'salad',
];
const PEOPLE_VERBS = [
  'owns',
  'own',
  'runs',
  'run',
  'run by',
  'owned by',
  'founded',
  'started',
  'opened',
  'established',
];
const HISTORY_WORDS = [
  'how long have you been',
  'how long has',
  'how old is',
  'when was',
  'when did',
  'since when',
  'family owned',
  'family run',
  'a chain',
  'franchise',
];

/** Words of pickup offered as a way to get the order ("pickup", "collect", "takeout"). */
const PICKUP_WORDS = [
  'pickup',
  'pick up',
  'pick-up',
  'pick it up',
  'pick them up',
  'pick my order up',
  'pick the order up',
  'pick up my order',
  'collect',
  'come get',
  'takeout',
  'takeaway',
  'carryout',
  'carry out',
  'curbside',
];
/** Words that ask whether the venue offers it ("do you do", "is pickup available", "can I"). */
const OFFER_WORDS = [
  'do you',
  'does',
  'offer',
  'offers',
  'available',
  'option',
  'options',
  'possible',
  'is there',
  'can i',
  'can we',
  'could i',
  'could we',
  'may i',
  'allowed',
  'allow',
];
/** A pickup detail no field holds (time, place, waiting) or a switch of this order: not the offer. */
const PICKUP_DETAIL_WORDS = [
  'when',
  'what time',
  'how long',
  'ready',
  'where',
  'park',
  'parking',
  'instead',
  'rather',
  'switch',
  'change',
  'at',
  'today',
  'tonight',
  'tomorrow',
  'later',
  'minutes',
  'hour',
  'hours',
  'for',
  'points',
  'rewards',
  'stamps',
  // a price of pickup ("is there a charge if I pick it up"): the pages, not a yes
  'charge',
  'charges',
  'cost',
  'costs',
  'fee',
  'fees',
  'free',
  'price',
  'pay',
  'how much',
  'extra',
  'discount',
  'cheaper',
];

/**
 * Reads a question about the venue itself from its normalised text (`factText`): the name asked with
 * the venue pointed at ("what's this cafe called", "name of your restaurant"), pickup offered ("do you
 * do takeout", "can I collect my order myself"), or the venue's people and history ("who owns this
 * place", "who is the chef"). Undefined for anything else, for the name's story ("why is it called …")
 * and for a pickup time or a switch to pickup ("can I pick it up at 6", "pick it up instead").
 */
export function readVenueSelf(text: string): VenueSelfAsk | undefined {
  const has = (words: readonly string[]) => words.some((w) => hasPhrase(text, w));
  const pointed = POINTED.test(text);
  const self = pointed || has(SELF_WORDS);
  const person =
    has(PEOPLE_WORDS) &&
    !has(PEOPLE_DISH_WORDS) &&
    (has(['who', 'whos', 'name', 'names', 'meet']) || self || PEOPLE_WORDS.some((w) => has([`the ${w}`])));
  if (person || (has(PEOPLE_VERBS) && has(['who', 'whos']) && self) || (has(HISTORY_WORDS) && pointed))
    return 'venue-about';
  if (
    has(NAME_WORDS) &&
    (pointed || has(SELF_NAME_WORDS)) &&
    !has(NAME_STORY_WORDS) &&
    !has(OTHER_NAME_WORDS)
  )
    return 'venue-name';
  if (has(PICKUP_WORDS) && has(OFFER_WORDS) && !has(PICKUP_DETAIL_WORDS) && !/\d/.test(text)) return 'pickup';
  return undefined;
}
