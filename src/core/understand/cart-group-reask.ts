import { asCartEdit } from './as-cart-edit.ts';
import { STOPWORDS } from './common-words.ts';
import { covers, itemWords, phraseKeys as keysOf } from './dish-words.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import type { ParseResult } from './parse-result.ts';

/** Verbs asking to change something of a cart dish: "change the crust", "can I switch the bun". */
const VERBS = new Set(['change', 'switch', 'swap', 'alter', 'redo']);
/**
 * "add cheese", "put cheese on it": a group named after an add verb is asked for the cart dish that
 * takes it (a group of several picks offers all its choices), never a dish whose name holds the word.
 */
const ADD_VERBS = new Set(['add', 'put']);
/** The dish pointed at by a pronoun after the link ("put cheese on it"): the cart's, none named. */
const POINTERS = new Set(['it', 'that', 'this', 'them', 'those', 'mine', 'one']);
/** "different sauce please", "can I get a different bread": another choice of the group named. */
const OTHER = 'different';
/** Fillers before the group or the dish: "the", "my". */
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'that',
  'this',
  'its',
  'his',
  'her',
  'their',
  'your',
  'some',
]);
/** Words linking the group to the dish it belongs to: "the size of my latte", "the crust on the pizza". */
const LINKS = new Set(['of', 'on', 'for', 'in']);
/** Words that may close the request: "… please", "… instead". */
const CLOSERS = new Set([
  'please',
  'pls',
  'plz',
  'thanks',
  'thank',
  'you',
  'instead',
  'now',
  'then',
  'actually',
  'too',
]);
/** A negation before the verb: "don't change the size" asks for nothing to be asked. */
const NEGATIONS = new Set(['not', 'dont', 'never', 'no']);

/**
 * The most choices a re-ask offers by name (`reaskChoices`): a group of more ("change the toppings" of 77
 * toppings) is asked again whole, with its own question, instead of listing them all.
 */
export const MAX_REASK_CHOICES = 40;

/** What a re-ask request names: the option groups to ask again, and the cart dish when named. */
export interface GroupReask {
  /** Ids of the option groups of cart dishes the words name (several dishes may hold groups of one name). */
  groups: string[];
  /** The cart dish named with the group ("the size of my latte"), when exactly one. */
  itemId?: string;
  /** Of a group of several picks, the choices the word names by their shared head ("sauce"). */
  choices?: string[];
}

/**
 * "change the crust", "can I change the size", "different sauce please", "switch the bun on the
 * burger": an option GROUP (not a choice) of a dish in the cart named after a change verb (or
 * "different"), with nothing said of what it becomes: that group is to be asked again for the line. A
 * word that ends the names of several of a group's choices ("sauce" of Tomato Sauce and BBQ Sauce among
 * the Toppings) names that group too, below its own name words.
 * The words must be the group's own name words (no stopword), never a cart dish's name ("change the
 * cheese" with a Cheese Pizza in the cart is left to the other readings) nor one of its choices; a word
 * after them other than a link to a cart dish or a closer ("change the size to large") is no re-ask.
 * Returns the groups (exact name matches before partial ones) and the dish named, or undefined. Pure.
 */
export function cartGroupReask(
  tokens: readonly Token[],
  index: MenuIndex,
  cart: readonly string[],
): GroupReask | undefined {
  if (cart.length === 0) return undefined;
  const words = tokens.filter((t) => !t.punct);
  const at = words.findIndex((t) => VERBS.has(t.norm) || ADD_VERBS.has(t.norm) || t.norm === OTHER);
  const adding = ADD_VERBS.has((words[at] as Token | undefined)?.norm ?? '');
  if (at < 0 || words.slice(0, at).some((t) => NEGATIONS.has(t.norm) || t.norm.endsWith("n't")))
    return undefined;
  let i = at + 1;
  while (i < words.length && FILLERS.has((words[i] as Token).norm)) i++;
  const run: string[] = [];
  while (i < words.length && !LINKS.has((words[i] as Token).norm) && !CLOSERS.has((words[i] as Token).norm))
    run.push((words[i++] as Token).key);
  const after: string[] = [];
  if (i < words.length && LINKS.has((words[i] as Token).norm)) {
    i++;
    while (i < words.length && FILLERS.has((words[i] as Token).norm)) i++;
    while (i < words.length && !CLOSERS.has((words[i] as Token).norm)) after.push((words[i++] as Token).key);
  }
  if (words.slice(i).some((t) => !CLOSERS.has(t.norm))) return undefined;
  if (adding && after.length > 0 && after.every((w) => POINTERS.has(w) || FILLERS.has(w))) after.length = 0;
  // "add a drink", "add fries": a dish or a category of the menu's own name is an order of it
  if (adding && namesDishOrCategory(index, run)) return undefined;
  if (run.length === 0 || run.length > 5) return undefined;
  const items = [...new Set(cart)];
  const found: Array<{ itemId: string; group: string; score: number; choices?: string[] }> = [];
  let dishSaid = false;
  // "the latte size": dish words before the group's; "the size of the latte": after a link
  for (let k = 0; k < run.length; k++) {
    const before = run.slice(0, k);
    const said = run.slice(k);
    if (before.length > 0 && after.length > 0) continue;
    const dish = before.length > 0 ? before : after;
    if (said.some((w) => STOPWORDS.has(w))) continue;
    const pointed = dish.length > 0 ? items.filter((id) => covers(itemWords(index, id, true), dish)) : items;
    if (dish.length > 0 && pointed.length === 0) continue;
    // "change the toast" with Toast in the cart: that dish itself, not a group of another
    if (dish.length === 0 && items.some((id) => covers(itemWords(index, id, false), said))) return undefined;
    const phrase = said.join(' ');
    for (const itemId of pointed)
      for (const gid of index.items.get(itemId)?.optionGroups ?? []) {
        const group = index.groups.get(gid);
        if (!group) continue;
        const names = [group.name, ...group.aliases].map((p) => keysOf(p).join(' '));
        const own = new Set(names.flatMap((n) => n.split(' ')).filter((w) => !STOPWORDS.has(w)));
        // "different sauce" where Tomato Sauce, BBQ Sauce… share the word: the group holding them
        const heads = group.choices.filter((c) => {
          const keys = keysOf(c.name);
          return keys.length > said.length && keys.slice(-said.length).join(' ') === phrase;
        });
        if (!covers(own, said) && heads.length < 2) continue;
        // a group of several picks (toppings) is not asked again whole: its answer would drop the other
        // picks; the choices a word heads ("different sauce": Tomato Sauce, BBQ Sauce…) are offered alone.
        // Named by its own name ("change the salsa"), all its choices are offered, by name, the same way
        const several = group.selection !== 'single';
        const wholeNamed =
          several && heads.length < 2 && (names.includes(phrase) || (adding && covers(own, said)));
        if (several && heads.length < 2 && !wholeNamed) continue;
        const listed = wholeNamed ? group.choices : heads;
        // a choice's own name ("change the beef" where the group offers "Beef") is a choice, not a group,
        // unless the word is the group's own name or the head of several choices ("sauce" for Marinara)
        const kind = names.includes(phrase) || heads.length >= 2;
        if (
          !kind &&
          group.choices.some((c) => [c.name, ...c.aliases].some((p) => keysOf(p).join(' ') === phrase))
        )
          continue;
        found.push({
          itemId,
          group: gid,
          score: names.includes(phrase) ? 2 : covers(own, said) ? 1 : 0,
          ...(several && listed.length <= MAX_REASK_CHOICES ? { choices: listed.map((c) => c.id) } : {}),
        });
      }
    if (found.length > 0) {
      dishSaid = dish.length > 0;
      break;
    }
  }
  const best = Math.max(0, ...found.map((f) => f.score));
  const top = found.filter((f) => f.score === best);
  if (top.length === 0) return undefined;
  const dishes = [...new Set(top.map((f) => f.itemId))];
  const groups = [...new Set(top.map((f) => f.group))];
  // the choices offered of a group of several picks: those of the one group found
  const choices = groups.length === 1 ? top.find((f) => f.choices)?.choices : undefined;
  if (groups.length > 1 && top.some((f) => f.choices)) return undefined;
  return {
    groups,
    ...(choices ? { choices } : {}),
    ...(dishSaid && dishes.length === 1 ? { itemId: dishes[0] as string } : {}),
  };
}

/** Whether the words are a dish's or a category's whole name or alias ("drink", "fries"), singular or not. */
function namesDishOrCategory(index: MenuIndex, words: readonly string[]): boolean {
  const sing = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  const said = words.map(sing).join(' ');
  const names = [
    ...index.menu.items.flatMap((i) => [i.name, ...i.aliases]),
    ...index.menu.categories.map((c) => c.name),
  ];
  return names.some((n) => keysOf(n).map(sing).join(' ') === said);
}

/**
 * The reading with a re-ask of a cart dish's option group (`cartGroupReask`) in place of what the words
 * read otherwise (a question about the venue, nothing): an `order_update` with no line, the groups in
 * `reask`. Pure.
 */
export function withGroupReask(reading: ParseResult, reask: GroupReask): ParseResult {
  const edit = asCartEdit(reading, {
    lines: [],
    unresolved: [],
    rule: 'cart.group_reask',
    because: 'names an option group of a cart dish to change',
  });
  return { ...edit, reask };
}
