import { STOPWORDS } from './common-words.ts';
import { FULFILLMENT_SWITCH } from './fulfillment-switch.ts';
import type { Token } from './normalize.ts';
import type { SlotName } from './parse-result.ts';
import { paymentPhrases } from './payment-phrases.ts';
import { findPhoneCandidates, parsePhoneNumber } from './phone-number.ts';
import { PhraseSet } from './phrase-set.ts';
import { ORDERISH_QUESTION, QUESTION_START } from './question-clauses.ts';
import { abbreviationDot, type Clause, range, type SlotText, textOf } from './slot-text.ts';

/** What a reader found: the slot value and the tokens it took (no other slot may use them). */
export interface SlotReading {
  value: string;
  claim: number[];
}

/**
 * One checkout slot's reader. `find` reads the slot wherever the customer volunteers it, by its own
 * cue ("deliver to 12 Elm Street", "I'm Sam", a phone number, "paying cash"), within its own clause.
 * `answer` reads the bare answer when the bot asked for this slot ("Sam", "12 Elm Street"): the
 * message less what other slots took, validated as this slot: a question, a yes or a no, a menu item
 * or a request is never taken as a name or address.
 */
export interface SlotReader {
  slot: SlotName;
  find(view: SlotText): SlotReading | undefined;
  answer?(view: SlotText): SlotReading | undefined;
}

// ---- shared word lists ----------------------------------------------------------------------------

/** Words that are answers, requests or reactions, never a name or an address on their own. */
const NOT_A_VALUE = new Set(
  `yes yeah yep yup sure ok okay alright fine no nope nah not never cancel stop help menu repeat again skip
  pass done nothing none nevermind whatever hello hi hey thanks thank cheers bye goodbye checkout check order
  what huh sorry pardon wait hold hmm um uh later same idk dunno here`.split(/\s+/),
);
/**
 * Approvals said to the question before ("perfect", "looks good", "sounds great"): reactions, never a
 * name. Not in `NOT_A_VALUE`: a place may carry them ("Great Neck", "Nice").
 */
const APPROVALS = new Set(
  `perfect great good cool nice lovely awesome excellent wonderful brilliant looks sounds seems correct
  exactly fantastic superb`.split(/\s+/),
);
/** Words after "I'm" that are states, not names ("I'm vegan", "I'm stressed", "I'm done"). */
const NOT_NAMES = new Set(
  `vegan vegetarian veg hungry starving stressed tired sad happy good fine ok okay done ready looking allergic
  here back just not so very really a an the in at on from going gonna trying thinking wondering interested
  new sorry sure confused lost bored busy feeling celebrating excited glad craving after only also still calling
  waiting home out off order ordering over alone with pescatarian lactose gluten diabetic fasting paying
  picking collecting coming tonight today tomorrow now later lunch dinner breakfast me us you him her them
  everyone everybody work delivery pickup`.split(/\s+/),
);
/** Particles inside names ("Maria de la Cruz", "Ludwig van Beethoven") that are otherwise short words. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'la',
  'le',
  'van',
  'von',
  'der',
  'da',
  'di',
  'del',
  'dos',
  'bin',
  'al',
]);
/** Words between a name's lead and the name that belong to neither ("my name is actually Anna"). */
const NAME_HEDGES = new Set(['actually', 'really', 'just', 'now']);
/** Words that open an answer and are not part of it. */
const LEAD_WORDS = new Set(
  'it is its um uh ok okay sure yes yeah so well please to oh and then alright right just'.split(' '),
);
/** Words a value never ends with ("12 Elm Street please", "Sam here"). */
const TRAILING = new Set([
  'please',
  'thanks',
  'and',
  'but',
  'so',
  'then',
  'here',
  'thank',
  'you',
  'plz',
  // "name's mike actually", "12 elm st instead": the correction's hedge, not the value
  'actually',
  'instead',
]);
/** Words that open a clause continuing an address ("flat 2", "apt 4B"). */
const ADDRESS_WORDS = new Set(
  'apt apartment flat unit suite ste floor fl building bldg block blk room rm house tower door gate po box lane road street'.split(
    ' ',
  ),
);
/** Words of street addresses: a bare answer without a number needs one ("Old Mill Lane, Riverside"). */
const STREET_WORDS = new Set(
  `street st road rd avenue ave lane ln drive dr boulevard blvd way court ct place pl square sq terrace
  close crescent highway hwy parkway pkwy alley row walk mews gardens grove park hill apt apartment flat unit
  suite floor building house cottage farm block tower estate village`.split(/\s+/),
);
const CONJUNCTIONS = new Set(['and', 'plus', 'also', 'with']);

/** Words between a detail's label and its new value in a correction ("name to", "address should be"). */
const CHANGE_TO = new PhraseSet(['to', 'should be', 'should say', 'is now', 'now', 'as']);

// ---- helpers --------------------------------------------------------------------------------------

const tok = (v: SlotText, i: number) => v.tokens[i] as Token;
/** The token at `i` as written, lower case (chat shorthand aside: "w" stays "w"). */
const written = (v: SlotText, i: number) => v.text.slice(tok(v, i).oStart, tok(v, i).oEnd).toLowerCase();

/** The clause opens with a real question word ("do you deliver?"), not a polite request ("can I get"). */
function asksOpenly(v: SlotText, c: Clause): boolean {
  const w = v.tokens[c.from]?.norm ?? '';
  return QUESTION_START.has(w) && !ORDERISH_QUESTION.has(`${w} ${v.tokens[c.from + 1]?.norm ?? ''}`);
}

/** Index after the lead words of a clause ("ok so it is ..."). */
function skipLead(v: SlotText, from: number, to: number): number {
  let i = from;
  while (i < to && LEAD_WORDS.has(tok(v, i).norm)) i++;
  return i;
}

/** Drops trailing filler from `[from, to)`; returns the new end. */
function trimEnd(v: SlotText, from: number, to: number): number {
  let end = to;
  while (end > from && TRAILING.has(tok(v, end - 1).norm)) end--;
  return end;
}

/** Tokens from `from` up to the first claimed one (or `to`). */
function untilClaimed(v: SlotText, from: number, to: number): number {
  let i = from;
  while (i < to && !v.claimed.has(i)) i++;
  return i;
}

/** A clause neither claimed nor a question. */
function freeClauses(v: SlotText): Clause[] {
  return v.clauses.filter((c) => !c.question && range(c.from, c.to).some((i) => !v.claimed.has(i)));
}

// ---- phone ----------------------------------------------------------------------------------------

/** Words before a phone number that belong to it ("my number is", "call me on", "cell:"). */
const PHONE_LEAD = new Set(
  'my the number num phone ph cell mobile mob tel telephone is it on at call me reach text contact no work home office landline whatsapp'.split(
    ' ',
  ),
);

/** Lead words that name a phone number itself (a subset of PHONE_LEAD): with one, digits are meant as a phone. */
const PHONE_NOUNS = new Set(
  'number num phone ph cell mobile mob tel telephone call text contact landline whatsapp'.split(' '),
);

function phoneReading(v: SlotText, minDigits: number, acceptInvalid: boolean): SlotReading | undefined {
  for (const c of findPhoneCandidates(v.text, minDigits)) {
    const claim = range(0, v.tokens.length).filter((i) => {
      const t = tok(v, i);
      // overlap, not containment: a token's original text may carry the comma after it ("0100,")
      return t.oStart < c.end && t.oEnd > c.start && !t.punct;
    });
    const first = claim[0];
    if (first === undefined || claim.some((i) => v.claimed.has(i))) continue;
    let from = first;
    while (from > 0 && PHONE_LEAD.has(tok(v, from - 1).norm) && !v.claimed.has(from - 1))
      claim.unshift(--from);
    const parsed = parsePhoneNumber(c.raw, v.country);
    if (
      parsed.ok &&
      (parsed.kind === 'full' ||
        from < first ||
        v.expecting === 'phone' ||
        phoneShaped(c.raw, parsed.kind) ||
        contactDigits(v, c.raw, parsed.kind))
    )
      return { value: parsed.value, claim };
    // the bot asked for the phone, or the customer named it ("my number is 07700 900123"): an invalid
    // number goes to the phone check, which says why, rather than being read as nothing
    if (!parsed.ok && (acceptInvalid || claim.some((i) => PHONE_NOUNS.has(tok(v, i).norm))))
      return { value: c.raw, claim };
  }
  return undefined;
}

/**
 * A short number volunteered without "my number is" is a phone only in a phone's shape: "555-0100",
 * "555 0100" for a local number; digits with separators without a venue country. "order 12345678" is not.
 */
function phoneShaped(raw: string, kind: 'local' | 'digits'): boolean {
  return kind === 'local' ? /^\d{3,4}[ .-]\d{4}$/.test(raw) : /\d[ .()-]+\d/.test(raw);
}

/**
 * Ten digits or more said while the customer gives checkout details are the phone on a venue without
 * a country too, where bare digits are otherwise no phone: at any checkout question ("mike,
 * 4155550134" at the name question, "pickup 4155550134" at delivery-or-pickup), once the order type is
 * chosen (`missing`), or beside another detail's cue ("3 tacos for pickup, my name is Li 4155550134").
 */
function contactDigits(v: SlotText, raw: string, kind: 'local' | 'digits'): boolean {
  if (kind !== 'digits' || !/^\d{10,15}$/.test(raw.replace(/\D/g, ''))) return false;
  return v.expecting !== undefined || v.missing !== undefined || detailCue(v);
}

/** The message names another checkout detail by its cue: a name's lead, delivery or pickup. */
function detailCue(v: SlotText): boolean {
  return [NAME_LEAD, DELIVERY, PICKUP].some((set) => set.has(v.tokens));
}

const PHONE: SlotReader = {
  slot: 'phone',
  find: (v) => phoneReading(v, 7, v.expecting === 'phone'),
  answer: (v) => phoneReading(v, 3, true),
};

// ---- payment method -------------------------------------------------------------------------------

/** The payment phrases without a venue: every method possible. */
const GENERAL_PAYMENTS = paymentPhrases();
/** Words before a payment method that belong to it ("paying by", "with"). */
const PAY_LEAD = new Set(['pay', 'paying', 'paid', 'by', 'with', 'via', 'using', 'use', 'in']);

/** Verbs of paying that a when or where of payment follows ("I'll pay when it arrives"). */
const PAY_VERBS = new Set(['pay', 'paying', 'settle', 'settling']);
/**
 * When or where the customer pays, with no method named: in person, at the door or the counter, which
 * at checkout is paying cash (every other method is paid by the link sent when the order is placed).
 */
const IN_PERSON = new PhraseSet([
  'when it arrives',
  'when it comes',
  'when it gets here',
  'when it is here',
  'when they arrive',
  'when the driver',
  'when the food',
  'when i pick',
  'when i collect',
  'when i get there',
  'when i come',
  'when we pick',
  'when we get there',
  'when i arrive',
  'on arrival',
  'upon arrival',
  'on pickup',
  'at pickup',
  'on collection',
  'at collection',
  'at the counter',
  'at the door',
  'at the store',
  'at the shop',
  'at the restaurant',
  'at the register',
  'at the till',
  'in person',
  'in store',
  'there',
  'the driver',
  'to the driver',
]);
/** Words before the pay verb that belong to it ("I'll", "we can just"). */
const PAY_SUBJECT = new Set('i we will would can just gonna going to ll d'.split(' '));
/** Words after the when or where that belong to it ("when I pick it up", "when it arrives please"). */
const PAY_TAIL = new Set('it up them the order food here there please thanks'.split(' '));
/** Most words between the pay verb and its when or where ("pay for it when it arrives"). */
const PAY_GAP = 3;

/**
 * "I'll pay when it arrives", "paying at the counter": paying in person, read as cash when no method
 * is named anywhere in the message ("I'll pay by card when it arrives" is card). Not in a question.
 */
function inPersonPayment(v: SlotText): SlotReading | undefined {
  for (const c of v.clauses) {
    if (c.question) continue;
    for (let i = c.from; i < c.to; i++) {
      if (v.claimed.has(i) || !PAY_VERBS.has(tok(v, i).norm)) continue;
      for (let j = i + 1; j <= Math.min(c.to - 1, i + 1 + PAY_GAP); j++) {
        const len = IN_PERSON.matchAt(v.tokens, j);
        if (len === 0 || range(i, j + len).some((k) => v.claimed.has(k))) continue;
        let from = i;
        while (from > c.from && PAY_SUBJECT.has(tok(v, from - 1).norm) && !v.claimed.has(from - 1)) from--;
        let end = j + len;
        while (end < c.to && PAY_TAIL.has(tok(v, end).norm) && !v.claimed.has(end)) end++;
        return { value: 'cash', claim: range(from, end) };
      }
    }
  }
  return undefined;
}

/**
 * A payment method said as a choice; "can I use apple pay?" is a question, not a choice. Paying in
 * person with no method named ("I'll pay when it arrives") is cash (`inPersonPayment`).
 */
const PAYMENT_METHOD: SlotReader = {
  slot: 'paymentMethod',
  find(v) {
    return namedPayment(v) ?? inPersonPayment(v);
  },
};

/** The first payment method named as a choice, by the venue's payment phrases. */
function namedPayment(v: SlotText): SlotReading | undefined {
  for (const c of v.clauses) {
    if (c.question) continue;
    for (let i = c.from; i < c.to; i++) {
      if (v.claimed.has(i)) continue;
      for (const [set, method] of v.payments ?? GENERAL_PAYMENTS) {
        const len = set.matchAt(v.tokens, i);
        if (len === 0 || i + len > c.to) continue;
        let from = i;
        while (from > c.from && PAY_LEAD.has(tok(v, from - 1).norm) && !v.claimed.has(from - 1)) from--;
        return { value: method, claim: range(from, i + len) };
      }
    }
  }
  return undefined;
}

// ---- fulfillment ----------------------------------------------------------------------------------

const DELIVERY = new PhraseSet([
  'delivery',
  'deliver',
  'delivered',
  'deliver it',
  'home delivery',
  'bring it',
  'send it',
]);
const PICKUP = new PhraseSet([
  'pickup',
  'pick up',
  'pick it up',
  'picking up',
  'picking it up',
  'pick them up',
  'picking them up',
  'pickin up',
  'collect',
  'collecting',
  'collection',
  'take away',
  'takeaway',
  'takeout',
  'take out',
  'to go',
  'carry out',
  'carryout',
  'come get it',
  'come and get it',
  'i will come',
  'swing by',
  'stop by',
  'drop by',
  'pop by',
  'pop in',
  'grab it',
  'come grab it',
]);
/** Words that open the object of "take out" / "take away" used as a verb ("take out the onions"). */
const OBJECT_LEADS = new Set([
  'the',
  'my',
  'those',
  'these',
  'that',
  'this',
  'any',
  'all',
  'some',
  'his',
  'her',
]);
/** Words before delivery or pickup that say when to pay, not how to get the order ("cash on delivery"). */
const PAY_WHEN = new Set(['on', 'upon', 'at']);

/** Delivery or pickup; not from an open question about it ("do you deliver?"). */
const FULFILLMENT: SlotReader = {
  slot: 'fulfillment',
  find(v) {
    for (const [set, value] of [
      [PICKUP, 'pickup'],
      [DELIVERY, 'delivery'],
    ] as const) {
      for (const c of v.clauses) {
        // "can you deliver it instead?" asks for a change, not whether the venue delivers
        if (
          c.question &&
          asksOpenly(v, c) &&
          !range(c.from, c.to).some((i) => FULFILLMENT_SWITCH.has(tok(v, i).norm))
        )
          continue;
        for (let i = c.from; i < c.to; i++) {
          const len = set.matchAt(v.tokens, i);
          // "cash on delivery", "card at pickup": when to pay, said with the payment method
          const payWhen =
            i > c.from &&
            PAY_WHEN.has(tok(v, i - 1).norm) &&
            range(c.from, i - 1).some((k) => v.claimed.has(k));
          // "take out the onions", "take away the cheese": a verb with its object, no takeout
          const verbWithObject =
            len > 0 && tok(v, i).norm === 'take' && OBJECT_LEADS.has(v.tokens[i + len]?.norm ?? '');
          if (len > 0 && i + len <= c.to && !payWhen && !verbWithObject) {
            const from = i > c.from && tok(v, i - 1).norm === 'for' ? i - 1 : i;
            return { value, claim: range(from, i + len) };
          }
        }
      }
    }
    return undefined;
  },
};

// ---- name -----------------------------------------------------------------------------------------

const NAME_LEAD = new PhraseSet([
  'my name is',
  'my names',
  'name is',
  'the name is',
  'name',
  'the name',
  'my name',
  'call me',
  'this is',
  'i am',
  'it is',
  'under the name',
  'under the name of',
  'under',
  'put it under',
  'for',
]);
const EXPLICIT_NAME_LEAD = new Set([
  'my name is',
  // "my names carla": "name's" without its apostrophe
  'my names',
  'name is',
  'the name is',
  'call me',
  'under the name',
  'under the name of',
]);
const CAPITALISED_NAME_LEAD = new Set(['i am', 'this is']);
/** Leads that label a name when they open their own clause ("pickup, name sam, card"). */
const LABEL_NAME_LEAD = new Set(['name', 'the name', 'my name']);

/** The token at `i` is a digit of a phone number the phone reader took. */
function isPhoneAt(v: SlotText, i: number): boolean {
  return tok(v, i).num !== undefined || /^\+?\(?\d/.test(v.text.slice(tok(v, i).oStart));
}

/** 1 to `max` words that can be a person's name: letters only, no request or state words, no menu word. */
function nameWords(v: SlotText, from: number, to: number, max: number, asked = false): number | undefined {
  let end = from;
  while (end < to && !v.claimed.has(end) && !CONJUNCTIONS.has(tok(v, end).norm)) end++;
  end = trimEnd(v, from, end);
  const n = end - from;
  if (n < 1 || n > max) return undefined;
  for (let i = from; i < end; i++) {
    const t = tok(v, i);
    // "S. Patel": the dot of an initial belongs to the name
    if (t.punct && abbreviationDot(v.tokens, i)) continue;
    if (t.num !== undefined || !/^[\p{L}][\p{L}'’.-]*$/u.test(v.text.slice(t.oStart, t.oEnd)))
      return undefined;
    if (NOT_A_VALUE.has(t.norm) || APPROVALS.has(t.norm)) return undefined;
    // a menu word is no name, unless written as one when the name was asked for ("Olive", "Basil")
    if (v.blocked(t) && !(asked && /^\p{Lu}/u.test(v.text.slice(t.oStart)))) return undefined;
    if (STOPWORDS.has(t.norm) && !NAME_PARTICLES.has(t.norm)) return undefined;
    if (i === from && NOT_NAMES.has(t.norm)) return undefined;
  }
  return end;
}

/** From `at`, past the claimed words that lead a phone number ("call me at"), a phone number's digits. */
function phoneFollows(v: SlotText, at: number, to: number): boolean {
  let i = at;
  while (i < to && v.claimed.has(i) && PHONE_LEAD.has(tok(v, i).norm)) i++;
  return i < to && v.claimed.has(i) && isPhoneAt(v, i);
}

/**
 * The name is what the bot waits for: asked, or (no question pending) the first detail still missing,
 * so a lead that alone is no cue ("it's for raj", "under sam") takes a name.
 */
function wantsName(v: SlotText): boolean {
  return v.expecting === 'name' || (v.expecting === undefined && v.missing?.includes('name') === true);
}

const NAME: SlotReader = {
  slot: 'name',
  find(v) {
    const wanted = wantsName(v);
    for (const c of v.clauses) {
      if (c.question) continue;
      // a name opens its clause or the part after "and" ("... and my name is Bo"); said with an
      // explicit lead ("my name is", "I'm Sam") it may stand anywhere: "to 12 Elm Street I'm Sam 555-0100"
      const opens = new Set([
        skipLead(v, c.from, c.to),
        ...range(c.from, c.to)
          .filter((i) => CONJUNCTIONS.has(tok(v, i).norm))
          .flatMap((i) => [skipLead(v, i + 1, c.to), i + 1]),
      ]);
      for (let start = c.from; start < c.to; start++) {
        const len = NAME_LEAD.matchAt(v.tokens, start);
        if (len === 0 || v.claimed.has(start)) continue;
        const lead = range(start, start + len)
          .map((i) => tok(v, i).norm)
          .join(' ');
        const first = v.tokens[start + len];
        // "name's Jo", "Name: Jo"
        const said = tok(v, start + len - 1);
        const marked =
          said.norm === 'name' &&
          (/['’]s$/i.test(v.text.slice(said.oStart, said.oEnd)) || /^\s*:/.test(v.text.slice(said.oEnd)));
        // "pickup, name sam, 555...": "name" opening its own clause labels the value after it
        const labelled = LABEL_NAME_LEAD.has(lead) && opens.has(start);
        // "change my name to Bob", "the name should be Ana": a correction names its new value
        const changeTo = LABEL_NAME_LEAD.has(lead) ? CHANGE_TO.matchAt(v.tokens, start + len) : 0;
        const explicit = EXPLICIT_NAME_LEAD.has(lead) || marked || labelled || changeTo > 0;
        const capitalised =
          CAPITALISED_NAME_LEAD.has(lead) &&
          first !== undefined &&
          /^\p{Lu}/u.test(v.text.slice(first.oStart));
        // "im priya 917 555 0123", "... apt 5 im marco 213 555 0190", "im jess call me at 916...": a
        // self-introduction whose words run up to a phone number (checked below)
        const introduced = CAPITALISED_NAME_LEAD.has(lead);
        if (!explicit && !capitalised && !introduced && (!wanted || !opens.has(start))) continue;
        // "my name is actually Anna": a hedge after the lead is not part of the name
        let from = start + len + changeTo;
        while (from < c.to && NAME_HEDGES.has(tok(v, from).norm)) from++;
        const end = nameWords(v, from, c.to, explicit || v.expecting === 'name' ? 4 : 3);
        if (introduced && !explicit && !capitalised && !wanted) {
          if (end === undefined || end >= c.to || !phoneFollows(v, end, c.to)) continue;
        }
        const value = end === undefined ? undefined : textOf(v, from, end);
        if (value && end !== undefined) return { value, claim: range(start, end) };
      }
    }
    return undefined;
  },
  answer(v) {
    for (const c of freeClauses(v)) {
      const from = skipLead(v, c.from, c.to);
      const end = nameWords(v, from, c.to, 4, true);
      // the whole clause is the name: "Sam" or "Sam Lee", not "Sam wants a pizza"
      if (end === undefined || trimEnd(v, end, untilClaimed(v, end, c.to)) !== end) continue;
      const value = textOf(v, from, end);
      if (value) return { value, claim: range(from, end) };
    }
    return undefined;
  },
};

// ---- address --------------------------------------------------------------------------------------

const ADDRESS_LEAD = new PhraseSet([
  'deliver to',
  'deliver it to',
  'delivered to',
  'send it to',
  'bring it to',
  'my address is',
  'address is',
  'the address is',
  'address',
  'delivery to',
  'i live at',
  'i am at',
  'we are at',
  'ship to',
]);

/** End of the address within one clause: at a claimed token, or at "and a coke" (a menu word follows). */
function addressEnd(v: SlotText, from: number, to: number): number {
  let end = untilClaimed(v, from, to);
  for (let i = from; i < end; i++) {
    // "12 Elm St not 10": what follows "not" is the value corrected, not part of the address
    if (i > from && tok(v, i).norm === 'not') {
      end = i;
      break;
    }
    // as written: chat shorthand reads the "w" of "22 w 38th st" as "with"
    if (CONJUNCTIONS.has(written(v, i)) && range(i + 1, end).some((k) => v.blocked(tok(v, k)))) {
      end = i;
      break;
    }
  }
  return trimEnd(v, from, end);
}

/** A following clause that carries on the address ("London", "flat 2", "Springfield IL 62704"). */
function continuesAddress(v: SlotText, c: Clause, lenient: boolean): boolean {
  const words = range(c.from, c.to).map((i) => tok(v, i));
  if (c.question || words.length === 0 || words.length > 6) return false;
  if (range(c.from, c.to).some((i) => v.claimed.has(i)) || words.some(v.blocked)) return false;
  const first = words[0] as Token;
  if (NOT_A_VALUE.has(first.norm) || STOPWORDS.has(first.norm) || TRAILING.has(first.norm)) return false;
  if (
    first.num !== undefined ||
    ADDRESS_WORDS.has(first.norm) ||
    /^[\p{Lu}\d]/u.test(v.text.slice(first.oStart))
  )
    return true;
  return lenient && words.length <= 4;
}

/**
 * Leads of a landmark said after the address ("next to the gas station", "opposite the park"): the
 * driver's directions, kept with the address whatever their length.
 */
const LANDMARK_LEAD = new PhraseSet([
  'next to',
  'next door to',
  'near',
  'near the',
  'opposite',
  'across from',
  'across the street from',
  'behind',
  'beside',
  'by the',
  'in front of',
  'on the corner of',
  'corner of',
  'round the corner from',
  'around the corner from',
  'above',
  'below',
  'above the',
  'below the',
  'facing',
]);
/** Most words of a landmark clause kept with the address. */
const LANDMARK_WORDS = 10;

/** The clause gives directions to the address ("next to the gas station"): a landmark, no menu word. */
function landmarkClause(v: SlotText, c: Clause): boolean {
  if (c.question || c.to - c.from > LANDMARK_WORDS || LANDMARK_LEAD.matchAt(v.tokens, c.from) === 0)
    return false;
  return range(c.from, c.to).every((i) => !v.claimed.has(i) && !v.blocked(tok(v, i)));
}

/** A postcode: five digits (a ZIP), ZIP+4, or a clause of a British-style code ("SW1A 1AA"). */
function isPostcodeAt(v: SlotText, i: number): boolean {
  return /^\d{5}(?:-\d{4})?$/.test(v.text.slice(tok(v, i).oStart, tok(v, i).oEnd).replace(/[,.]$/, ''));
}

/** Most clauses of a town, state and postcode after the street ("new york, ny 10014" is two). */
const TOWN_CLAUSES = 3;

/**
 * The last clause of a town-and-postcode run opening at clause `k` ("new york ny 10014", "austin, tx,
 * 78704"): short clauses of free, non-menu words, the last ending with a postcode. Undefined when no
 * postcode closes them (lower-case words after a street are otherwise no part of it: "…st, thanks").
 */
function townToPostcode(v: SlotText, k: number): number | undefined {
  for (let j = k; j < Math.min(v.clauses.length, k + TOWN_CLAUSES); j++) {
    const c = v.clauses[j] as Clause;
    const words = range(c.from, c.to).filter((i) => !tok(v, i).punct);
    if (c.question || words.length === 0 || words.length > 5) return undefined;
    if (words.some((i) => v.claimed.has(i) || v.blocked(tok(v, i)) || NOT_A_VALUE.has(tok(v, i).norm)))
      return undefined;
    if (isPostcodeAt(v, words.at(-1) as number)) return j;
  }
  return undefined;
}

/** The address from token `from` of clause `k`, running on through the clauses that continue it. */
function addressFrom(v: SlotText, k: number, from: number, lenient: boolean): SlotReading | undefined {
  const c = v.clauses[k] as Clause;
  let end = addressEnd(v, from, c.to);
  if (end <= from) return undefined;
  let last = k;
  if (end === trimEnd(v, from, c.to))
    while (last + 1 < v.clauses.length) {
      const next = v.clauses[last + 1] as Clause;
      // past its postcode an address goes on only with a unit or directions ("95811, Priya Shah": the
      // name that follows is no town)
      const closed = end > from && isPostcodeAt(v, end - 1);
      if (landmarkClause(v, next)) {
        last++;
        end = trimEnd(v, next.from, next.to);
        continue;
      }
      if (closed && !ADDRESS_WORDS.has(tok(v, next.from).norm)) break;
      if (!continuesAddress(v, next, lenient)) {
        // "…apt 4, new york ny 10014", "…, austin, tx 78704": a town and state written lower case
        // still carry on the address when a postcode closes them
        const town = townToPostcode(v, last + 1);
        if (town === undefined) break;
        last = town;
        end = trimEnd(v, (v.clauses[town] as Clause).from, (v.clauses[town] as Clause).to);
        continue;
      }
      last++;
      end = trimEnd(v, next.from, next.to);
    }
  const value = textOf(v, from, end);
  if (!value || value.length < 5 || !/\p{L}/u.test(value)) return undefined;
  // a house number, or a street word: "same as last time" is no address
  if (!/\d/.test(value) && !range(from, end).some((i) => STREET_WORDS.has(tok(v, i).norm))) return undefined;
  const words = range(from, end).filter((i) => !tok(v, i).punct);
  if (words.every((i) => NOT_A_VALUE.has(tok(v, i).norm) || STOPWORDS.has(tok(v, i).norm))) return undefined;
  // "2 tiramisu", "more please: 2 garlic naan" at the address question: a count and menu words order, they
  // are no street (a street's words are never all the menu's)
  const named = words.filter((i) => /\p{L}/u.test(tok(v, i).norm) && !STOPWORDS.has(tok(v, i).norm));
  if (named.length > 0 && named.every((i) => v.blocked(tok(v, i)) || NOT_A_VALUE.has(tok(v, i).norm)))
    return undefined;
  return { value, claim: range(from, end) };
}

/**
 * Street-type words that end a street's name after a house number ("22 W 38th St", "14 Baker Street",
 * "1600 Pennsylvania Ave NW"): the common USPS street suffixes and their British kin. Words that are
 * also everyday words or dish words in an order ("close", "park", "square", "row", "dr" of "Dr Pepper")
 * are left out: an address said with those needs its lead ("deliver to") or the question.
 */
const STREET_SUFFIXES = new Set(
  `street st road rd avenue ave av lane ln drive boulevard blvd court ct terrace ter crescent cres
  highway hwy parkway pkwy expressway expy circle cir turnpike tpke`.split(/\s+/),
);
/**
 * Street-type words that are everyday words too ("42 Wallaby Way", "1 Infinite Loop", "8 Abbey Row"):
 * a street's end only when nothing but the unit follows them in their clause, so "3 for the way home"
 * or "2 more in a row please" stay what they were.
 */
const LOOSE_STREET_SUFFIXES = new Set(
  `way loop place pl plaza row close walk square sq path trail alley mews grove park gardens green hill
  heights point wharf quay pike run crossing commons`.split(/\s+/),
);
/** Compass points and ordinal endings inside a street's name ("22 W 38th St": the words are "w 38 th"). */
const STREET_NAME_PARTS = new Set('n s e w ne nw se sw north south east west th nd rd st'.split(' '));
/** Words between a number and a street word that make it a measure, not a house number ("10 minute drive"). */
const MEASURE_WORDS = new Set(
  'minute minutes min mins hour hours hr hrs mile miles mi km block blocks second seconds day days'.split(
    ' ',
  ),
);

/** Nothing but the address's unit ("apt 4", "flat 2b") or the clause's end comes at `at`. */
function endsStreet(v: SlotText, at: number, to: number): boolean {
  // "42 wallaby way and 2 samosas": the order after "and" is no part of it
  const end = at < to ? addressEnd(v, at, to) : at;
  if (end === at) return true;
  return (
    ADDRESS_WORDS.has(tok(v, at).norm) && end - at <= 3 && range(at, end).every((i) => !v.blocked(tok(v, i)))
  );
}

/**
 * An address said with no lead and no question asking for it ("22 w 38th st apt 4", "its 14 baker
 * street"): a house number (digits, maybe with a letter: "22b"), one to five name words that are no
 * menu words, stopwords or measures (a compass point or a numbered street's digits may be among them),
 * then a street-type word (STREET_SUFFIXES; LOOSE_STREET_SUFFIXES at the clause's end), opening its clause (lead-ins aside: "book me a cab to
 * 12 elm street" asks something else). Runs to the end of its clause as a led address does. Never in
 * a question ("is 5 main st in your area?").
 */
function streetAddressAt(v: SlotText, k: number): SlotReading | undefined {
  const c = v.clauses[k] as Clause;
  if (c.question) return undefined;
  // the address opens its clause, after lead-ins at most ("it's 14 Baker Street", "ok 45 e 2nd ave"):
  // "book me a cab to 12 elm street" asks something else with an address in it
  const i = skipLead(v, c.from, c.to);
  if (i >= c.to || v.claimed.has(i) || !/^\d{1,6}[a-z]?$/.test(tok(v, i).norm)) return undefined;
  for (let j = i + 2; j < Math.min(c.to, i + 7); j++) {
    const t = tok(v, j);
    if (v.claimed.has(j) || t.punct) break;
    if (!STREET_SUFFIXES.has(t.norm) && !(LOOSE_STREET_SUFFIXES.has(t.norm) && endsStreet(v, j + 1, c.to)))
      continue;
    const name = range(i + 1, j).map((n) => tok(v, n));
    const named = name.every(
      (w) =>
        // as written: chat shorthand reads a lone "w" as "with"
        STREET_NAME_PARTS.has(v.text.slice(w.oStart, w.oEnd).toLowerCase()) ||
        w.num !== undefined ||
        (!v.blocked(w) && !MEASURE_WORDS.has(w.norm) && !STOPWORDS.has(w.norm) && !TRAILING.has(w.norm)),
    );
    if (!named) break;
    // "flat 4, 22 MG Road": a unit said first, in its own short clause, belongs to the address
    const before = v.clauses[k - 1];
    const unitFirst =
      before !== undefined &&
      i === c.from &&
      before.to - before.from <= 3 &&
      !before.question &&
      ADDRESS_WORDS.has(tok(v, before.from).norm) &&
      range(before.from, before.to).every((n) => !v.claimed.has(n));
    return (unitFirst && addressFrom(v, k - 1, before.from, false)) || addressFrom(v, k, i, false);
  }
  return undefined;
}

const ADDRESS: SlotReader = {
  slot: 'address',
  find(v) {
    for (let k = 0; k < v.clauses.length; k++) {
      const c = v.clauses[k] as Clause;
      for (let i = c.from; i < c.to; i++) {
        // the lead may share its words with delivery ("for delivery to ...")
        const lead = ADDRESS_LEAD.matchAt(v.tokens, i);
        if (lead === 0) continue;
        // "change the address to 9 elm st": the words of the change are not the address
        const len = lead + CHANGE_TO.matchAt(v.tokens, i + lead);
        // "do you deliver to my area?" names no address: one needs a number
        const hasNumber = range(i + len, c.to).some((j) => /\d/.test(tok(v, j).norm));
        if (!hasNumber && v.expecting !== 'address') continue;
        const reading = addressFrom(v, k, i + len, v.expecting === 'address');
        if (reading) return reading;
      }
    }
    // asked for the address, the whole answer is read as one (`answer`), not from its house number on
    if (v.expecting === 'address') return undefined;
    for (let k = 0; k < v.clauses.length; k++) {
      const reading = streetAddressAt(v, k);
      if (reading) return reading;
    }
    return undefined;
  },
  answer(v) {
    for (let k = 0; k < v.clauses.length; k++) {
      const c = v.clauses[k] as Clause;
      if (c.question) continue;
      const from = skipLead(v, untilFree(v, c), c.to);
      if (from >= c.to || v.claimed.has(from)) continue;
      const reading = addressFrom(v, k, from, true);
      if (reading) return reading;
    }
    return undefined;
  },
};

/** First token of the clause no slot took. */
function untilFree(v: SlotText, c: Clause): number {
  let i = c.from;
  while (i < c.to && v.claimed.has(i)) i++;
  return i;
}

/**
 * The checkout slot readers, in the order they take their words: a phone number first (its digits
 * could look like a house number), then the payment method and delivery or pickup (short fixed
 * phrases), then the name, and the address last (it runs to the end of its clause).
 */
export const SLOT_READERS: readonly SlotReader[] = [PHONE, PAYMENT_METHOD, FULFILLMENT, NAME, ADDRESS];

/** Words of a declined or hedged note ("no thanks", "nothing else, I'm good", "I'd rather not", "can't think of any"). */
const NO_NOTE_WORDS = new Set(
  `no nope nah not nothing none thanks thank you please that thats it is its all im i am good fine ok okay else
  more note notes need special we are were at the moment all's alls just
  yes yeah yep sure actually wait hmm um uh well maybe sorry never mind changed my mind
  id rather prefer would wed do dont think so pass ill will really today skip need cheers right
  cant can of anything any nvm nevermind set`.split(/\s+/),
);

/** Words that decline the notes question ("nothing thanks", "all good", "nah I'm good"). */
const DECLINE_WORDS = new Set([
  'no',
  'nope',
  'nah',
  'nothing',
  'none',
  'good',
  'fine',
  'set',
  'all',
  'pass',
  'skip',
  'not',
  'nvm',
]);

/**
 * The answer to "any notes for the kitchen?" declines it: only words of a declined or hedged note,
 * one of them a decline ("nothing thanks", "all good", "I'm fine"); a bare "ok" or "thanks" does not.
 */
export function declinesNote(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const bare = words.map((w) => w.replace(/'/g, ''));
  return (
    bare.length > 0 &&
    !/\?\s*$/.test(text) &&
    bare.every((w) => NO_NOTE_WORDS.has(w)) &&
    bare.some((w) => DECLINE_WORDS.has(w))
  );
}

/**
 * The message declines the kitchen note by naming it ("no notes", "no special instructions thanks"),
 * not a bare "no" (which answers whatever was asked last).
 */
export function declinesNamedNote(text: string): boolean {
  return (
    declinesNote(text.replace(/\b(?:special\s+)?(?:instructions?|requests?)\b/gi, 'notes')) &&
    /\b(?:notes?|instructions?|requests?)\b/i.test(text)
  );
}

/**
 * "yes I have one", "I do", "yeah, one thing", "there is": the answer to "any notes for the kitchen?"
 * says a note is coming but not what it is (its text is asked next). A yes-word at most, then words
 * announcing a note (`NOTE_ANNOUNCED`), and nothing else.
 */
const NOTE_ANNOUNCED =
  /^(?:(?:yes|yeah|yep|yup|sure|ok|okay|actually|oh|um+|well|please)\b[\s,.!]*)*(?:i do|i did|i have(?: got)?(?: one| a (?:note|request|couple)| one thing| something| a few| two)?|i've got (?:one|a note|something)|i got (?:one|a note|something)|there is(?: one)?|there's one|(?:just )?one(?: thing| note| request)?|(?:just )?a (?:note|request|couple)|(?:just )?something|a few|a couple|please|i would|i'd like to(?: add one)?|i want to add one)?[\s,.!]*(?:please|thanks|actually|yes)?[\s,.!]*$/i;

/** True when the message announces a kitchen note without saying it (see `NOTE_ANNOUNCED`); a bare reaction ("ok", "what?") too is none. */
export function announcesNote(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && NOTE_ANNOUNCED.test(t) && !/^(?:ok|okay|oh|um+|well)[\s,.!]*$/i.test(t);
}

/** Words that are never a kitchen note on their own: answers and reactions ("yes", "ok", "what?"). */
const NOT_A_NOTE =
  /^(?:yes|yeah|yep|sure|ok|okay|alright|fine|no|nope|nah|hmm+|um+|uh+|what|huh|sorry|thanks|thank you)[\s.!]*$/i;

/**
 * The notes row of the table: a kitchen note as the answer to "any notes?". Not a question (it is
 * answered instead), not a bare yes or reaction, not a declining no ("no thanks"); "no onions please"
 * is a note. Returns the note or undefined.
 */
export function readNoteAnswer(text: string): string | undefined {
  const note = text.trim();
  if (note.length === 0 || NOT_A_NOTE.test(note)) return undefined;
  // "no thanks, I'm good" declines; "no onions please" is a note
  const words = note.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.every((w) => NO_NOTE_WORDS.has(w.replace(/'/g, '')))) return undefined;
  // "what's the status", "how's it going": a question word's contraction opens a question as the word does
  const [first = '', second = ''] = note
    .toLowerCase()
    .split(/\s+/, 2)
    .map((w) => w.replace(/[^a-z']/g, '').replace(/'(?:s|re|d|ll|ve)$/, ''));
  // "could you cut it in half?" asks for something to be done: a note; "is it spicy?" is a question
  if (ORDERISH_QUESTION.has(`${first} ${second}`)) return note;
  if (/\?\s*$/.test(note) || QUESTION_START.has(first)) return undefined;
  return note;
}

/** The message names a payment method, as a choice or in a question ("can I use apple pay?"). */
export function mentionsPaymentMethod(tokens: readonly Token[]): boolean {
  return GENERAL_PAYMENTS.some(([set]) => set.has(tokens));
}
