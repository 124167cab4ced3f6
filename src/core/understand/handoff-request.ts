import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

const p = (s: string) => new PhraseSet(s.split('|'));

/** Words for a member of staff: asked for on their own they ask for a person ("human pls"). */
const STAFF = p(
  'human|humans|real person|actual person|live person|real human|actual human|a human being|agent|live agent|manager|staff|staff member|employee|representative|supervisor|operator|customer service|customer support|someone real|somebody real',
);
/** Words for someone who could be reached, that need a verb of contact ("can i call someone"). */
const SOMEONE = p(
  'someone|somebody|anyone|anybody|a person|people|the store|the shop|the restaurant|the kitchen|the owner|the team|you guys|the place|someone there|somebody there',
);
/** Verbs of reaching a person. */
const CONTACT = p(
  'talk|speak|call|ring|phone|chat|contact|reach|connect|transfer|put me through|get hold of|get in touch|get through|message|email|e-mail',
);
/** Verbs of asking for something ("i want a human", "get me a manager"). */
const REQUEST = p('want|need|get|give|bring|let me|can i|could i|may i|i would like|put me|please');
/** Whether the one chatting is a person is asked, not for a person ("are you a real person?"). */
const ABOUT_YOU = p('are you|you are|you be|is this|am i speaking|am i talking|am i chatting|am i texting');
/**
 * A way of reaching the venue itself: "call you", "a number i can ring", "your number". A number named
 * by another noun ("my card number", "an order number") is no way to reach anyone.
 */
const ROUTE = p(
  'call you|ring you|phone you|contact you|reach you|a number|your number|the number|phone number|contact number|number to call',
);

/**
 * Whether the message asks for a person (issue 7, hand-off): a staff word with a request or a verb of
 * contact, or alone in a short statement ("this is useless, human pls"); someone to be reached with a
 * verb of contact ("can i call someone", "can i just call the store"); or a way to reach the venue
 * ("is there a number i can ring"). A message holding digits gives a number rather than asking for one
 * ("my number is 555 0100, call me"); one asking whether the bot is a person ("could you be a real
 * person") challenges the bot. General English, no venue. Pure.
 */
export function asksForPerson(tokens: readonly Token[], question: boolean): boolean {
  const words = tokens.filter((t) => !t.punct);
  if (words.some((t) => t.num !== undefined) || ABOUT_YOU.has(tokens)) return false;
  const contact = CONTACT.has(tokens);
  if (STAFF.has(tokens)) return contact || REQUEST.has(tokens) || (!question && words.length <= 6);
  // "can i call the store", "talk to you guys": the someone is the contact's object; "what do you
  // guys call this place" names, it reaches no one
  if (contact && someoneAfterContact(tokens)) return true;
  return ROUTE.has(tokens) && contact;
}

/** Where phrases of `set` start in `tokens`. */
function startsOf(set: PhraseSet, tokens: readonly Token[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (set.matchAt(tokens, i) > 0) at.push(i);
  return at;
}

/**
 * A someone phrase (SOMEONE) said after a verb of contact (CONTACT): the one to be reached; or before
 * one that reaches the customer ("can someone call me back", "have somebody phone us").
 */
function someoneAfterContact(tokens: readonly Token[]): boolean {
  const contacts = startsOf(CONTACT, tokens);
  const someones = startsOf(SOMEONE, tokens);
  const first = contacts[0];
  if (first === undefined) return false;
  if (someones.some((i) => i > first)) return true;
  return contacts.some(
    (c) => someones.some((i) => i < c) && CUSTOMER.has(tokens[c + CONTACT.matchAt(tokens, c)]?.norm ?? ''),
  );
}

/** The customer as the object of a contact verb ("call me", "phone us"). */
const CUSTOMER = new Set(['me', 'us']);
