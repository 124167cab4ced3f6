import type { Token } from './normalize.ts';

/**
 * People a customer orders for: a diet or allergy said about one of them ("my mum is vegetarian",
 * "my son's allergic to nuts") is a constraint on that person's dish, not the customer's own.
 * A general list shipped with the engine (family, friends, guests, colleagues).
 */
const RELATIONS = new Set(
  `mum mom mother mommy mummy mam ma dad father daddy papa pa parent parents wife husband partner spouse
  son sons daughter daughters kid kids child children baby toddler boy girl boys girls
  friend friends buddy mate mates pal boyfriend girlfriend fiance fiancee brother sister bro sis sibling
  siblings grandma grandpa granny grandmother grandfather grandson granddaughter aunt auntie uncle cousin
  niece nephew guest guests colleague colleagues coworker coworkers boss roommate flatmate housemate
  neighbour neighbor date family in-law mil fil stepson stepdaughter stepmom stepdad`.split(/\s+/),
);
const POSSESSIVES = new Set(['my', 'our']);
const PRONOUN_SUBJECTS = new Set(['he', 'she']);
/** Words that end the clause a subject belongs to. */
const CLAUSE_END = new Set(['.', '!', '?', ';', 'but', 'and', 'so']);

/**
 * Who a diet or allergy statement at token `at` is about, when it is someone else: the words as said
 * ("my mum", "one of my guests", "she"), or undefined when it is the customer (or "we", which includes
 * the customer). Looks back from the statement to the start of its clause.
 */
export function constraintOwner(tokens: readonly Token[], at: number): string | undefined {
  const after = beneficiaryAfter(tokens, at);
  if (after) return after;
  for (let i = Math.min(at, tokens.length) - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.punct && CLAUSE_END.has(t.norm)) return undefined;
    // "my mum and dad are vegetarian": an "and" between two people does not end the clause
    const joinsPeople = t.norm === 'and' && RELATIONS.has(tokens[i - 1]?.norm ?? '');
    if (!t.punct && CLAUSE_END.has(t.norm) && !joinsPeople) return undefined;
    // "one of us is vegan", "two of us are vegetarian": some of the party, not the customer's own
    if (t.norm === 'us' && tokens[i - 1]?.norm === 'of' && PARTY_COUNTS.has(tokens[i - 2]?.norm ?? ''))
      return `${tokens[i - 2]?.norm} of us`;
    // "there are 3 of us, one is vegan", "we are 3 people, one vegan": a count opening its clause, after
    // the party was spoken of, is some of it
    if (PARTY_COUNTS.has(t.norm) && opensClause(tokens, i) && partySaidBefore(tokens, i))
      return `${t.norm} of us`;
    if (t.norm === 'i' || t.norm === 'we' || t.norm === 'me') return undefined;
    if (PRONOUN_SUBJECTS.has(t.norm)) return t.norm;
    if (RELATIONS.has(t.norm) || RELATIONS.has(t.key)) {
      const owner = tokens[i - 1];
      if (owner && POSSESSIVES.has(owner.norm)) {
        const before = tokens.slice(Math.max(0, i - 4), i - 1).map((x) => x.norm);
        const partOf = before.slice(-2).join(' ') === 'one of' ? 'one of ' : '';
        return `${partOf}${owner.norm} ${t.norm}`;
      }
      const article = tokens[i - 1];
      if (article && (article.norm === 'a' || article.norm === 'the')) return `${article.norm} ${t.norm}`;
    }
  }
  return undefined;
}

/** Counts of the party said as the subject of a diet ("one of us", "two are"). */
const PARTY_COUNTS = new Set(['one', 'two', 'three', 'four', 'some', 'half', 'most']);

/** True when token `i` starts its clause (the message's start, or right after punctuation or "and"/"but"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev === undefined || prev.punct || CLAUSE_END.has(prev.norm);
}

/** True when the party was spoken of before token `i` ("of us", "we are", "people", "party"). */
function partySaidBefore(tokens: readonly Token[], i: number): boolean {
  return tokens
    .slice(0, i)
    .some(
      (t, k) =>
        t.norm === 'us' || t.norm === 'people' || t.norm === 'party' || (t.norm === 'we' && k < i - 1),
    );
}

/**
 * The person a statement is for, said after it in its clause: "no nuts for my son", "nothing with gluten
 * for my husband please", "dairy free for one of my guests", "no pork for him". Undefined when "for"
 * names no one else ("for me", "for delivery").
 */
function beneficiaryAfter(tokens: readonly Token[], at: number): string | undefined {
  for (let i = at; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.punct || CLAUSE_END.has(t.norm)) && i > at) return undefined;
    if (t.norm !== 'for') continue;
    const [a, b, c, d] = [1, 2, 3, 4].map((k) => tokens[i + k]);
    if (a && (a.norm === 'him' || a.norm === 'her')) return a.norm === 'him' ? 'he' : 'she';
    const relation = (owner: Token | undefined, who: Token | undefined) =>
      owner && who && (RELATIONS.has(who.norm) || RELATIONS.has(who.key)) ? who.norm : undefined;
    if (a?.norm === 'one' && b?.norm === 'of' && c && POSSESSIVES.has(c.norm) && relation(c, d))
      return `one of ${c.norm} ${d?.norm}`;
    if (a && (POSSESSIVES.has(a.norm) || a.norm === 'the') && relation(a, b)) return `${a.norm} ${b?.norm}`;
  }
  return undefined;
}

/**
 * How the bot speaks of the person back to the customer: "my mum" → "your mum"; "she" → "she" as the
 * subject of a sentence and "her" as its object.
 */
export function ownerAsAddressed(owner: string, role: 'subject' | 'object' = 'object'): string {
  if (owner === 'he') return role === 'subject' ? 'he' : 'him';
  if (owner === 'she') return role === 'subject' ? 'she' : 'her';
  return owner
    .replace(/\b(?:my|our)\b/g, 'your')
    .replace(/\bof us$/, 'of you')
    .replace(/^a /, 'the ');
}

/**
 * Whom an order line is for, from a "for …" said after the dish and before the next dish
 * (`tokens[from..to)`): "a butter chicken for my son" → 'other', "palak paneer for me" → 'self';
 * undefined when no eater is named ("for delivery", "for two"). Used to check each dish against its own
 * eater's diet and allergies.
 */
export function lineBeneficiary(
  tokens: readonly Token[],
  from: number,
  to: number,
): 'self' | 'other' | undefined {
  for (let i = from; i < Math.min(to, tokens.length); i++) {
    const t = tokens[i] as Token;
    if (t.punct && CLAUSE_END.has(t.norm)) return undefined;
    if (t.norm !== 'for') continue;
    const a = tokens[i + 1];
    if (a && (a.norm === 'me' || a.norm === 'myself')) return 'self';
    if (beneficiaryAfter(tokens, i)) return 'other';
  }
  return undefined;
}
