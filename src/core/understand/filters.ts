import type { Allergen, Diet } from '../../domain/menu-schema.ts';
import { negatedHolding } from './allergen-dishes.ts';
import { constraintOwner } from './constraint-owner.ts';
import { warmingVerbAt } from './heat-verbs.ts';
import type { Token } from './normalize.ts';
import type { ParseResult } from './parse-result.ts';
import { PhraseSet } from './phrase-set.ts';
import type { Segment } from './segment.ts';

const MILD = new PhraseSet([
  'not spicy',
  'not too spicy',
  'no spice',
  'non spicy',
  'less spicy',
  'not hot',
  'not too hot',
  'not so hot',
  'not very hot',
  'not very spicy',
  'mild',
  'nothing spicy',
  'no chili',
  'no chilli',
]);
/** Words naming heat in food: general English, never a venue's dish words. */
const SPICE_WORDS = new Set(['spicy', 'spice', 'spices', 'spiced', 'spiciness', 'heat', 'fiery']);
/** Words that negate a spice word a few words later: "I don't like it too spicy", "nothing with much heat". */
const SPICE_NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'without', 'avoid', 'hate', 'dislike']);
/** Words that end the clause a negation reaches over ("not vegan but I like spicy"). */
const CLAUSE_ENDS = new Set([',', '.', ';', '!', '?', 'but', 'and', 'or', 'though', 'although']);
/** How many words back from a spice word a negation still reaches. */
const SPICE_NEGATION_REACH = 4;

/**
 * A spice word negated within its clause ("I don't like it too spicy", "not a fan of spice"): the
 * customer wants low heat only. A pure token scan, so it holds for every venue.
 */
export function negatesSpice(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!SPICE_WORDS.has((tokens[i] as Token).norm)) continue;
    for (let j = i - 1; j >= Math.max(0, i - SPICE_NEGATION_REACH); j--) {
      const w = (tokens[j] as Token).norm;
      if (CLAUSE_ENDS.has(w)) break;
      if (SPICE_NEGATORS.has(w)) return true;
    }
  }
  return false;
}

/** Whether a segment holds a word of heat ("heat", "spicy", "hot"). */
function namesHeat(tokens: readonly Token[], s: Segment): boolean {
  return tokens.slice(s.start, s.end).some((t) => SPICE_WORDS.has(t.norm) || t.norm === 'hot');
}

/** "the least spicy", "less heat": a heat word asked for less of. */
function lessened(tokens: readonly Token[], s: Segment): boolean {
  const before = tokens[s.start - 1]?.norm;
  return before === 'least' || before === 'less';
}

/** Words that grade or close a negated spice word: "not too spicy", "not very spicy", "not spicy at all". */
const SPICE_GRADES = new Set([
  'too',
  'very',
  'so',
  'that',
  'overly',
  'really',
  'super',
  'much',
  'any',
  'the',
]);
const AT_ALL = new PhraseSet(['at all']);

/**
 * The token indices of a stated spice preference: a mild phrase ("mild", "not too spicy") or a negated
 * spice word with its negation, grading words and a closing "at all" ("not very spicy", "not spicy at
 * all", "nothing too spicy"). Empty when none. These words are menu talk, whatever else the message holds.
 */
export function spicePreferenceSpan(tokens: readonly Token[]): Set<number> {
  const span = new Set<number>();
  for (let i = 0; i < tokens.length; i++) for (let k = 0; k < MILD.matchAt(tokens, i); k++) span.add(i + k);
  for (let i = 0; i < tokens.length; i++) {
    if (!SPICE_WORDS.has((tokens[i] as Token).norm)) continue;
    let from = -1;
    for (let j = i - 1; j >= Math.max(0, i - SPICE_NEGATION_REACH); j--) {
      const w = (tokens[j] as Token).norm;
      if (CLAUSE_ENDS.has(w)) break;
      if (SPICE_NEGATORS.has(w)) {
        from = j;
        break;
      }
    }
    if (from < 0) continue;
    const graded = tokens.slice(from + 1, i).every((t) => SPICE_GRADES.has(t.norm));
    if (!graded) continue;
    for (let k = from; k <= i; k++) span.add(k);
    const close = AT_ALL.matchAt(tokens, i + 1);
    for (let k = 1; k <= close; k++) span.add(i + k);
  }
  for (const i of [...span]) if (AT_ALL.matchAt(tokens, i + 1) > 0) span.add(i + 1).add(i + 2);
  return span;
}

const SELF = new PhraseSet([
  'i am',
  'we are',
  'i only eat',
  'i eat only',
  'i follow',
  'i am a',
  'we only eat',
  'my diet is',
  'i am strictly',
  'i am on a',
]);
const ALLERGY = new PhraseSet([
  'allergy',
  'allergies',
  'allergic',
  'intolerant',
  'intolerance',
  'can not eat',
  'can not have',
  'can not do',
  'can not take',
  'can not tolerate',
  'do not do',
  'stay away from',
  'keep it',
  'do not eat',
  'avoid',
  'sensitive to',
  'celiac',
  'coeliac',
]);
/** Words right before a diet word that make it a statement about a person ("is vegetarian"). */
const STATES = new Set(['is', 'are', 'a', 'strictly', 'fully', 'totally', 'always', 'only', 'eats', 'being']);
/** "no dairy for me", "no nuts for my son": a negated allergen said about a person is a standing constraint. */
const FOR_ME = new PhraseSet(['for me', 'for myself', 'for us', 'for my']);
const NO_MEAT = new PhraseSet(['do not eat meat', 'no meat for me', 'i avoid meat']);
/** "which curries have no meat", "anything meat free": dishes without meat are the vegetarian ones. */
const MEATLESS = new PhraseSet([
  'no meat',
  'without meat',
  'without any meat',
  'with no meat',
  'nothing with meat',
  'meat free',
  'meatless',
  'not meat',
  'no meat or fish',
  'no meat or poultry',
]);

type Filters = ParseResult['filters'];
type Constraints = ParseResult['constraints'];
type GuestConstraints = NonNullable<ParseResult['guestConstraints']>;

/** The constraints said about `person`, created on first use. */
function guestOf(list: GuestConstraints, person: string): GuestConstraints[number] {
  let found = list.find((g) => g.person === person);
  if (!found) {
    found = { person, allergies: [] };
    list.push(found);
  }
  return found;
}

/**
 * "i'm gluten free", "we are strictly dairy free": the self-statement ("i am", "we are") stands right
 * before the allergen word, only state words ("strictly", "fully") between: a standing constraint of the
 * customer, not a search ("i am looking for something gluten free" is one).
 */
function statesSelfBefore(
  norms: readonly string[],
  self: { at: number; length: number } | undefined,
  start: number,
): boolean {
  if (!self || self.at >= start) return false;
  return norms.slice(self.at + self.length, start).every((w) => STATES.has(w));
}

/** "which curries have no meat", "anything meat free": a request for the dishes without meat. */
export function asksMeatless(tokens: readonly Token[]): boolean {
  return MEATLESS.has(tokens);
}

/** Browse filters, standing constraints and the mood, from the segments. */
export function readFilters(
  segs: readonly Segment[],
  tokens: readonly Token[],
  absorbed: ReadonlySet<number>,
): {
  filters: Filters;
  constraints: Constraints;
  guests: GuestConstraints;
  mood?: string;
  tags: string[];
} {
  const filters: Filters = { allergenFree: [] };
  const constraints: Constraints = { allergies: [] };
  const guests: GuestConstraints = [];
  const tags: string[] = [];
  let mood: string | undefined;
  const selfStated = SELF.find(tokens);
  const allergyCue = ALLERGY.has(tokens);
  const forMe = FOR_ME.has(tokens);
  const norms = tokens.map((t) => t.norm);
  let negated = false;
  // "I can't take heat, what would you suggest?": a mood named by a heat word is no craving for heat
  const capped = MILD.has(tokens) || negatesSpice(tokens);
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'neg') {
      negated = true;
      continue;
    }
    if (s.type !== 'lex') {
      if (s.type !== 'and' && s.type !== 'or' && !(s.type === 'break' && s.comma)) negated = false;
      continue;
    }
    const next = tokens[s.end];
    const freeAfter = next?.norm === 'free';
    // "my mum is vegetarian": a statement about someone else constrains their dish, not the customer's
    const owner = constraintOwner(tokens, s.start);
    for (const e of s.entries) {
      if (e.kind === 'diet' && !negated) {
        filters.diet ??= e.diet;
        // "my mum is vegetarian"; "my husband's vegetarian" (the "'s" is dropped by normalize); "we are 3,
        // one vegan"
        const before = tokens[s.start - 1]?.norm ?? '';
        if (owner && (STATES.has(before) || owner.endsWith(` ${before}`) || owner === `${before} of us`))
          guestOf(guests, owner).diet ??= e.diet;
        else if (selfStated && selfStated.at < s.start && !owner) constraints.diet ??= e.diet;
      } else if (e.kind === 'category' && !absorbed.has(k) && !negated)
        filters.category ??= e.id; // "no drinks" declines
      else if (e.kind === 'allergen') {
        // "which ones do not have dairy", "nothing with nuts": the holding is negated a few words back
        if (negated || freeAfter || e.free || negatedHolding(norms, s.start))
          addAll(filters.allergenFree, e.allergens);
        // "my wife is gluten free": a person's standing state, as "i'm gluten free" is the customer's
        const before = tokens[s.start - 1]?.norm ?? '';
        const ownerStates =
          owner !== undefined &&
          (STATES.has(before) || owner.endsWith(` ${before}`) || owner === `${before} of us`);
        if (
          allergyCue ||
          (negated && forMe) ||
          ((freeAfter || e.free) && (statesSelfBefore(norms, selfStated, s.start) || ownerStates))
        )
          addAll(owner ? guestOf(guests, owner).allergies : constraints.allergies, e.allergens);
      } else if (e.kind === 'tag' && !negated) tags.push(e.tag);
      else if (
        e.kind === 'mood' &&
        !negated &&
        !((capped || lessened(tokens, s)) && namesHeat(tokens, s)) &&
        // "heat up the croissant", "warm it up": a verb of warming food asks no mood
        !warmingVerbAt(tokens, s.start)
      )
        mood ??= e.id;
    }
  }
  if (NO_MEAT.has(tokens)) {
    constraints.diet ??= 'vegetarian' as Diet;
    // "what do you recommend, I don't eat meat": the meat refused names no meat dishes to look for
    if (filters.diet === 'non-vegetarian') filters.diet = 'vegetarian' as Diet;
  }
  // "meat free": the word "meat" names the non-vegetarian dishes, ruled out here
  if (MEATLESS.has(tokens) && filters.diet !== 'vegan') filters.diet = 'vegetarian' as Diet;
  if (capped) filters.maxSpice = 1;
  const out: {
    filters: Filters;
    constraints: Constraints;
    guests: GuestConstraints;
    mood?: string;
    tags: string[];
  } = { filters, constraints, guests, tags };
  if (mood) out.mood = mood;
  return out;
}

function addAll(list: Allergen[], more: readonly Allergen[]): void {
  for (const a of more) if (!list.includes(a)) list.push(a);
}
