import type { Menu, MenuItem } from '../../domain/menu-schema.ts';
import type { Token } from './normalize.ts';
import type { ParsedLine, ParseResult } from './parse-result.ts';
import { cleanNote, joinNotes } from './prep-notes.ts';
import type { Segment } from './segment.ts';

/**
 * The parts of a dish a kitchen prepares apart, by family: a word of a family said by the customer
 * ("the roll") is held by a dish whose words name any of its family ("Bread: White, Wheat"). General
 * English shipped with the engine, never a venue's words.
 */
const PART_FAMILIES: readonly (readonly string[])[] = [
  [
    'bun',
    'buns',
    'roll',
    'rolls',
    'bread',
    'brioche',
    'bagel',
    'baguette',
    'ciabatta',
    'focaccia',
    'hoagie',
    'sub',
    'bolillo',
    'pita',
    'muffin',
  ],
  ['tortilla', 'tortillas', 'wrap', 'shell', 'shells'],
  ['crust', 'crusts', 'base', 'dough'],
];
/** The part words a request may name (every family's words but the ones that also name a dish kind). */
const PART_WORDS = new Set([
  'bun',
  'buns',
  'roll',
  'rolls',
  'bread',
  'bagel',
  'tortilla',
  'tortillas',
  'wrap',
  'shell',
  'shells',
  'crust',
  'crusts',
]);
/** Verbs of preparing a part ("toast the bun", "grill the tortilla", "butter the roll"), and their past forms. */
const PREP_VERBS = new Map([
  ['toast', 'toast'],
  ['toasted', 'toast'],
  ['grill', 'grill'],
  ['grilled', 'grill'],
  ['butter', 'butter'],
  ['buttered', 'butter'],
  ['warm', 'warm'],
  ['warmed', 'warm'],
  ['heat', 'heat'],
  ['heated', 'heat'],
  ['crisp', 'crisp'],
  ['crisped', 'crisp'],
  ['char', 'char'],
  ['charred', 'char'],
  ['steam', 'steam'],
  ['steamed', 'steam'],
  ['press', 'press'],
  ['pressed', 'press'],
]);
/** Adverbs of degree before the verb ("lightly toast the bun"). */
const DEGREES = new Set(['lightly', 'well', 'extra', 'really', 'slightly', 'double']);
/** Words pointing at the part ("the bun", "my roll", "both buns"). */
const POINTERS = new Set(['the', 'my', 'our', 'that', 'this', 'both', 'their', 'his', 'her']);
/** Words of a passive request between the part and the verb ("can the bun be toasted"). */
const COPULAS = new Set(['be', 'get', 'is', 'are', 'gets', 'come']);
/** Words that end what follows the part ("toast the bun please", "grill the bun and add bacon"). */
const TAIL_END = new Set([
  'please',
  'pls',
  'thanks',
  'thank',
  'and',
  'but',
  'also',
  'too',
  'if',
  'for',
  'on',
  'of',
  'with',
]);
/** Words a request's tail may hold ("a bit longer", "a little more", "really well"). */
const TAIL_WORDS = new Set([
  'a',
  'bit',
  'little',
  'longer',
  'more',
  'well',
  'lightly',
  'extra',
  'really',
  'crispy',
  'dark',
  'light',
  'too',
]);

/** A preparation request of a dish's part: its token range, the part's family and the note to keep. */
export interface PartRequest {
  from: number;
  to: number;
  family: readonly string[];
  note: string;
}

/** Whether a menu word covers the token at `i` (a choice or dish named "Toast" is the menu's). */
function menuWordAt(segs: readonly Segment[], i: number): boolean {
  return segs.some((s) => s.type === 'lex' && s.start <= i && s.end > i);
}

/**
 * The requests of the message to prepare a part of a dish that no menu word covers: "<verb> the
 * <part>" ("toast the bun", "lightly grill the tortilla a bit longer") or "the <part> <be> <verb>ed"
 * ("can the bun be toasted"). A verb the menu knows (a "Toasted" switch, a "Toast" choice) is the
 * menu's and no request here (`switch-verbs.ts` reads it). Pure.
 */
export function partRequests(
  tokens: readonly Token[],
  segs: readonly Segment[],
  text: string,
): PartRequest[] {
  const out: PartRequest[] = [];
  const norm = (k: number) => tokens[k]?.norm ?? '';
  const familyOf = (w: string) => (PART_WORDS.has(w) ? PART_FAMILIES.find((f) => f.includes(w)) : undefined);
  for (let i = 0; i < tokens.length; i++) {
    const verb = PREP_VERBS.get(norm(i));
    if (verb !== undefined && !menuWordAt(segs, i) && POINTERS.has(norm(i + 1))) {
      const family = familyOf(norm(i + 2));
      if (!family) continue;
      const from = DEGREES.has(norm(i - 1)) ? i - 1 : i;
      let to = i + 3;
      while (to < tokens.length && to < i + 6 && TAIL_WORDS.has(norm(to)) && !TAIL_END.has(norm(to))) to++;
      out.push({ from, to, family, note: noteOf(tokens, text, from, to) });
      i = to - 1;
      continue;
    }
    // "can the bun be toasted", "could the roll get grilled"
    const family = POINTERS.has(norm(i)) ? familyOf(norm(i + 1)) : undefined;
    const past = PREP_VERBS.get(norm(i + 3));
    if (family && COPULAS.has(norm(i + 2)) && past !== undefined && !menuWordAt(segs, i + 3)) {
      out.push({ from: i, to: i + 4, family, note: cleanNote(`${past} the ${norm(i + 1)}`) });
      i += 3;
    }
  }
  return out;
}

function noteOf(tokens: readonly Token[], text: string, from: number, to: number): string {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  return cleanNote(text.slice(first.oStart, last.oEnd).toLowerCase());
}

/** The words a dish is described by: its name, aliases, description, ingredients, and its option groups' names and choices. */
function dishWords(menu: Menu, item: MenuItem): Set<string> {
  const groups = menu.optionGroups.filter((g) => item.optionGroups.includes(g.id));
  const said = [
    item.name,
    ...(item.aliases ?? []),
    item.description ?? '',
    ...item.ingredients,
    ...groups.flatMap((g) => [g.name, ...g.choices.map((c) => c.name)]),
  ];
  return new Set(
    said
      .join(' ')
      .toLowerCase()
      .split(/[^a-z]+/),
  );
}

/** Whether the dish has a part of the family ("toast the roll" of a sub with a Bread group). */
export function dishHasPart(menu: Menu, item: MenuItem, family: readonly string[]): boolean {
  const words = dishWords(menu, item);
  return family.some((w) => words.has(w));
}

/** What the rereading needs of a parse and gives back. */
type Reading = Pick<ParseResult, 'lines' | 'intents' | 'unresolved' | 'note' | 'noteWithoutDish'>;
/** Intents a part request said alone may have been given before it was read as a change of the cart. */
const REREAD = new Set([
  'deny',
  'out_of_scope',
  'chitchat',
  'order_add',
  'order_update',
  'faq',
  'item_info',
  'browse_menu',
  'provide_info',
]);

/**
 * "toast the bun", "can the roll be grilled", said with no dish: a kitchen note on the dish that has the
 * part. At a dish's option question, on the waiting dish (`note`); else on the one cart dish having
 * the part (an `update` line with the note); with no dish to take it (nothing in the cart, or no cart
 * dish with such a part), `noteWithoutDish` holds the request so the customer is asked which dish. The
 * words of the request are no unknown dish ("we don't have toast"). A message with order lines is left
 * as it was. Pure.
 */
export function cartPartPreparation(
  reading: Reading,
  tokens: readonly Token[],
  segs: readonly Segment[],
  text: string,
  menu: Menu,
  cart: readonly string[],
  waiting?: string,
): Reading {
  if (reading.lines.length > 0) return reading;
  if (!REREAD.has(reading.intents[0]?.intent ?? 'out_of_scope')) return reading;
  const requests = partRequests(tokens, segs, text);
  if (requests.length === 0) return reading;
  const said = new Set(requests.flatMap((r) => tokens.slice(r.from, r.to).map((t) => t.norm)));
  const rest = {
    unresolved: reading.unresolved.filter(
      (u) => !u.text.split(/\s+/).every((w) => said.has(w.toLowerCase())),
    ),
    intents: [
      { intent: 'order_update' as const, confidence: 0.85 },
      ...reading.intents.filter((i) => !REREAD.has(i.intent)),
    ],
  };
  const note = joinNotes(requests.map((r) => r.note));
  const item = (id: string) => menu.items.find((i) => i.id === id);
  const waitingItem = waiting ? item(waiting) : undefined;
  if (waitingItem && requests.every((r) => dishHasPart(menu, waitingItem, r.family)))
    return { ...rest, lines: [], note: joinNotes([...(reading.note ? [reading.note] : []), note]) };
  const holders = [...new Set(cart)].flatMap((id) => {
    const it = item(id);
    return it && requests.every((r) => dishHasPart(menu, it, r.family)) ? [it] : [];
  });
  if (holders.length === 1) {
    const dish = holders[0] as MenuItem;
    const first = tokens[(requests[0] as PartRequest).from] as Token;
    const last = tokens[(requests.at(-1) as PartRequest).to - 1] as Token;
    const line: ParsedLine = {
      itemId: dish.id,
      name: dish.name,
      quantity: 1,
      quantityExplicit: false,
      options: [],
      without: [],
      unresolved: [],
      span: [first.start, last.end],
      action: 'update',
      note,
    };
    return { ...rest, lines: [line] };
  }
  // several cart dishes have it: the line last touched takes it, as "well done please" does
  if (holders.length > 1) return { ...rest, lines: [], note };
  return { ...rest, lines: [], noteWithoutDish: note };
}
