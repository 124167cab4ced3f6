import type { Menu, OptionGroup } from '../../domain/menu-schema.ts';
import type { ParseResult } from './parse-result.ts';

/**
 * "do you have almond milk", "is oat milk an option", "do you guys carry lavender syrup": a yes/no
 * question whether a CHOICE of an option group exists, read from the question's frame and its object
 * said whole. The object must be a choice's name or alias (never a dish's name: "do you have a latte"
 * stays a dish question); an object ending in a group's word that no choice is ("hemp milk") is an
 * absent choice of that group. The reading replaces the parse with an item question of the choices
 * (`available`), answered yes with the dishes that take them, or no with the group's choices.
 */
export interface ChoiceAvailability {
  /** Choice ids said (several groups may share one). */
  choices: string[];
  /** The group asked about: the first group holding the choice, or the group of the absent word. */
  group: string;
  /** The object as said when no choice is it ("hemp milk"). */
  heard?: string;
}

/** "do you (guys) have", "have you got", "is there", "any": the availability frame before its object. */
const LEAD =
  /^(?:(?:hey|hi|so|and|also|um|oh|quick question|just wondering)[,\s]+)*(?:do|does) (?:you|u|ya|y'?all|the (?:shop|place|cafe|restaurant))(?: guys| all| folks)? (?:have|carry|offer|stock|sell|serve|got|do)|^(?:have you got|have you guys got|you got|you guys have|got|is there|are there|any chance (?:you have|of))/;
/** "is oat milk an option", "is almond milk available": the object before the frame. */
const TRAIL =
  /^(?:is|are) (.+?) (?:an option|options|available|a choice|an available choice|on offer|offered)$/;
const ARTICLES = /^(?:a|an|any|some|the)\s+/;
const TAIL =
  /\s+(?:here|today|by any chance|at all|too|as well|please|there|on the menu|as an option|available)$/;

const clean = (s: string) =>
  s
    .toLowerCase()
    .replace(/[?!.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The object of an availability question, or undefined when the text is none. */
export function availabilityObject(text: string): string | undefined {
  const t = clean(text);
  let object: string | undefined;
  const trail = TRAIL.exec(t);
  if (trail) object = trail[1];
  else {
    const lead = LEAD.exec(t);
    if (!lead) return undefined;
    object = t.slice(lead[0].length).trim();
  }
  let prev = '';
  while (object && prev !== object) {
    prev = object;
    object = object.replace(ARTICLES, '').replace(TAIL, '').trim();
  }
  return object && object.split(' ').length <= 4 ? object : undefined;
}

const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const same = (a: string, b: string) => a === b || singular(a) === singular(b);

function namesOf(x: { name: string; aliases: readonly string[] }): string[] {
  return [x.name, ...x.aliases].map(clean);
}

/** The choices (and absent choice) an availability question asks about, read against the menu. */
export function choiceAvailability(text: string, menu: Menu): ChoiceAvailability | undefined {
  const object = availabilityObject(text);
  if (!object) return undefined;
  // a dish's own name is a question about the dish
  if (menu.items.some((i) => namesOf(i).some((n) => same(n, object)))) return undefined;
  const used = new Set(menu.items.flatMap((i) => i.optionGroups));
  const groups = menu.optionGroups.filter((g) => used.has(g.id));
  const choices: string[] = [];
  let group: OptionGroup | undefined;
  for (const g of groups)
    for (const c of g.choices)
      if (namesOf(c).some((n) => same(n, object)) && !choices.includes(c.id)) {
        choices.push(c.id);
        group ??= g;
      }
  if (group) return { choices, group: group.id };
  // "hemp milk": the last word names a group (its name, or the word its choices end with)
  const words = object.split(' ');
  if (words.length < 2) return undefined;
  const head = words[words.length - 1] as string;
  const named = groups.find((g) => {
    const gw = clean(g.name).split(' ');
    if (gw.some((w) => same(w, head))) return true;
    const ends = g.choices.filter((c) => same(clean(c.name).split(' ').pop() ?? '', head));
    return ends.length >= 2;
  });
  // the other words must be no word the group's choices use ("whole milk" misheard stays unread)
  if (!named) return undefined;
  return { choices: [], group: named.id, heard: object };
}

/** The parse replaced by the availability question's reading when the text is one and orders nothing. */
export function withChoiceAvailability(result: ParseResult, text: string, menu: Menu): ParseResult {
  if (result.lines.length > 0) return result;
  const asked = choiceAvailability(text, menu);
  if (!asked) return result;
  const { absentDishes: _absent, ...rest } = result;
  return {
    ...rest,
    intents: [{ intent: 'item_info', confidence: 0.9 }],
    itemRefs: [],
    unresolved: [],
    itemQuestion: {
      topic: 'options',
      group: asked.group,
      ...(asked.choices.length > 0 ? { choices: asked.choices } : {}),
      available: true,
      ...(asked.heard ? { heard: asked.heard } : {}),
    },
  };
}
