import type { Qualifier } from '../../domain/menu-schema.ts';
import { describesDish, endsCountReach, MAX_COUNT_FILLERS } from './count-reach.ts';
import { allBefore, applyEverything, everythingMentions } from './everything-phrases.ts';
import { extraPortions } from './extra-portion.ts';
import { FOOD_WORDS } from './food-words.ts';
import { markArticleShares, markImpliedItems, markUnitShares, resolveImpliedItems } from './implied-items.ts';
import { kindNounDishes } from './kind-noun-dishes.ts';
import type { LexEntry } from './lexicon-entry.ts';
import {
  ARTICLE,
  actionFor,
  attachTarget,
  type ChoiceEntry,
  choicesOf,
  clauseHasCategory,
  commonItems,
  DETERMINERS,
  GLUE,
  items,
  nearestLine,
  option,
  quantityTargetsOption,
  readAsChoice,
  weakItems,
} from './line-rules.ts';
import { type MenuIndex, PLACEHOLDER_PREFIX } from './menu-index.ts';
import { contradictsChoice, contradictsDish, foodModifierBefore } from './modifier-conflicts.ts';
import { withoutPutVerb } from './modify-leads.ts';
import { negatedCartDish } from './negated-cart-dish.ts';
import { NEGATION_FILLER, POSITIVE_STARTS, REMOVAL_VERBS } from './negation-cues.ts';
import { isPutObject } from './put-object.ts';

const NEGATION_WORDS = new Set(['no', 'without']);

import { groupOffered } from '../../domain/group-offered.ts';
import { STOPWORDS } from './common-words.ts';
import { ARTICLES, COURTESY } from './courtesy-words.ts';
import { definedDish, definingCount } from './defined-dish.ts';
import { readFocusResize } from './focus-resize.ts';
import { markFreeOptionSeg } from './free-option-seg.ts';
import { applyItemSwaps } from './item-swaps.ts';
import {
  applyMentionScope,
  defaultByHeadNoun,
  markedAsOption,
  particleNegation,
  splitNegation,
} from './negation-scope.ts';
import { normalize, type Token } from './normalize.ts';
import { applyOnlyLists } from './only-listed.ts';
import { applyOptionSwaps } from './option-swaps.ts';
import { type OptionalChoiceDishes, optionalChoiceDishes } from './optional-choice-dishes.ts';
import type { LineAction, ParsedLine, ParsedOption, ParsedWithout } from './parse-result.ts';
import { choiceOfPointedDish } from './pointed-choice.ts';
import { joinNotes } from './prep-notes.ts';
import {
  applyResizes,
  bareMoreCount,
  distributeEveryOptions,
  distributeHeadOptions,
  pieceCountChoice,
  rangeBefore,
  trailingCount,
  vagueCountBefore,
} from './quantity-phrases.ts';
import type { Segment } from './segment.ts';
import { choicesSaidAlone, sharedChoiceDishes, sharedChoiceIds } from './shared-choice-dishes.ts';
import { dropToggleNegations } from './toggle-negations.ts';

export interface LineDraft extends ParsedLine {
  action: LineAction;
  /** Segment index of the item mention. */
  seg: number;
  /**
   * Token indexes of the describing words the line's count reached across ("delicious" in "3 of your
   * delicious mango lassis"): part of the order phrase, no unknown dish and no other domain's words.
   */
  countFillers?: number[];
}

export interface BuiltLines {
  lines: LineDraft[];
  /** Options said with no item they could attach to ("make it large"). */
  freeOptions: ParsedOption[];
  /** Option groups of a cart dish named with no dish said and no choice ("add cheese"): to be asked. */
  freeAsk: string[];
  freeWithout: ParsedWithout[];
  /** A quantity with no item ("make that two"). */
  bareQuantity?: number;
  /** The bare quantity adds to what is there ("one more", "two more please"). */
  bareMore?: true;
  /** A count set on the dish in focus before the message's dishes ("make that 3 and a coke"). */
  focusCount?: number;
  /** Items named ambiguously (a head noun several items share): their ids. */
  /** `absent`: a dish the menu lacks named with a part of these items' names ("tuna melt"): offered, not asked. */
  /** `byChoice`: dishes named alike by a choice said on its own ("a sprite"), their free options kept. */
  /** `which`: dishes a part of their names and a kind noun both name ("an italian sub"): which is asked. */
  ambiguous: Array<{
    text: string;
    ids: string[];
    choices?: string[];
    absent?: true;
    byChoice?: true;
    which?: true;
  }>;
  /** Segments of plain words read as an option ("extra steak" → Extra Meat): no unknown dish. */
  readAsOption?: number[];
  /**
   * Options (or removals) no dish named in the message takes, left unresolved on the nearest line
   * ("large thin crust with spinach and a dr pepper": the pizza's options beside the drink).
   */
  stray?: Array<{ line: LineDraft; text: string; option?: ParsedOption; without?: ParsedWithout }>;
}

/**
 * Builds order lines from the segments: each item mention becomes a line; each option word attaches to
 * the nearest item that can take it (the item it precedes when directly in front of it, else the item
 * before it in the same clause, else any item), with negation spread over coordinated lists.
 */
export function buildLines(
  segs: readonly Segment[],
  tokens: readonly Token[],
  index: MenuIndex,
  cart: readonly string[] = [],
  /** Nothing in the cart and no question pending: choices that open the message may name their dish. */
  fresh = false,
  /** No question pending (the cart may hold dishes): "a side of ranch" may order one more dipping cup. */
  idle = fresh,
  /** The dish waiting on its option question, if any: pointed at as a cart dish is ("do that iced"). */
  waiting?: string,
  /** The gates cart lines hold (`ParseContext.cartGates`): whether a cart dish holds a negated choice. */
  gates: readonly string[] = [],
): BuiltLines {
  const pointable = waiting && !cart.includes(waiting) ? [...cart, waiting] : cart;
  const n = segs.length;
  // 1. decide which lex segments are item mentions
  const itemAt: Array<string | undefined> = new Array(n);
  const ambiguous: BuiltLines['ambiguous'] = [];
  const text = (s: Segment) =>
    tokens
      .slice(s.start, s.end)
      .map((t) => t.norm)
      .join(' ');
  markImpliedItems(segs, itemAt, index);
  for (let k = 0; k < n; k++) {
    const s = segs[k] as Segment;
    let ids = items(s);
    const prevSeg = segs[k - 1];
    const determined =
      prevSeg?.type === 'qty' ||
      (prevSeg?.type === 'word' && DETERMINERS.has(prevSeg.norm)) ||
      measureOf(segs, k);
    // "a late lunch": an everyday word that is also an alias, right before a word of its own, is that
    // word's modifier, not the dish
    // ("that works", "this one": a demonstrative before an everyday word is no article for a dish)
    const demonstrative = prevSeg?.type === 'word' && (prevSeg.norm === 'that' || prevSeg.norm === 'this');
    if (ids.length === 0 && determined && !demonstrative && !modifiesNextWord(segs[k + 1]))
      ids = commonItems(s);
    // "rb footlong w/ cheddar": a short or everyday alias right before one of its own choices
    if (ids.length === 0 && !determined && k === firstContent(segs)) {
      const next = segs[k + 1];
      const own = commonItems(s).filter((id) =>
        choicesOf(next).some((c) => index.accepts(id, c.group) && items(next).length === 0),
      );
      if (own.length === 1) ids = own;
    }
    // "an italian sub", "a chicken hero": a part of dishes' names before a kind noun names those of the
    // kind only (one: that dish; several: which is asked; none: a dish the menu lacks)
    const kinded = kindNounDishes(segs, k, tokens, index);
    if (kinded) {
      // the kind noun is the mention's own word, never a dish or category of its own
      itemAt[k + 1] = undefined;
      if (kinded.ids.length === 1) {
        itemAt[k] = kinded.ids[0];
        k++;
        continue;
      }
      ambiguous.push(
        kinded.ids.length > 1
          ? { text: kinded.text, ids: kinded.ids, which: true }
          : { text: kinded.text, ids: kinded.near, absent: true },
      );
      k++;
      continue;
    }
    // "veggie" is a diet word and a pizza's alias: the pizza only with a number, an article or one of
    // its own choices next to it
    // "regular veggie", "veggie footlong"
    const ownChoiceBefore = ownChoiceOf(prevSeg, ids, index) || ownChoiceOf(segs[k + 1], ids, index);
    if (
      s.type === 'lex' &&
      !determined &&
      !ownChoiceBefore &&
      s.entries.some((e) => e.kind === 'diet' || e.kind === 'allergen')
    )
      continue;
    // "a large pepperoni" where Pepperoni Slice and Pepperoni Pie both answer to "pepperoni", or "a
    // medium plain" where "plain" is the Cheese Slice and "plain pie" the Cheese Pie: the choices said
    // right before pick the dishes that take them
    const before = choiceSegsBefore(segs, k);
    const takesBefore = takesChoicesOf(before, index);
    if (before.length > 0 && ids.length > 0 && !ids.some(takesBefore)) {
      const fit = weakItems(s).filter(takesBefore);
      if (fit.length > 0) ids = fit;
    }
    // "2 large pies, one plain one pepperoni": after a category word, its own dishes
    const saidCats = categoriesBefore(segs, k, itemAt);
    const inSaid = inCategories(saidCats, index);
    if (saidCats.size > 0 && ids.length > 0 && !ids.some(inSaid)) {
      const fit = weakItems(s).filter(inSaid);
      if (fit.length === 1) ids = fit;
    }
    // "an apple pie" at a pizzeria whose pizza answers to "pie": a food word the menu lacks right before
    // a one-word name makes another dish, offered as the near one (as for a derived name, below)
    if (ids.length > 0 && s.end - s.start === 1 && choicesOf(s).length === 0) {
      const foodBefore = foodWordsBefore(segs, k, tokens);
      if (foodBefore !== undefined) {
        ambiguous.push({ text: `${foodBefore} ${text(s)}`, ids, absent: true });
        continue;
      }
    }
    // "a banana muffin" where the Blueberry Muffin answers to "muffin", "chicken korma" with only a
    // Vegetable Korma: a food word before the dish that its name contradicts makes another dish, offered
    // as the near one, never taken as the one asked for (modifier-conflicts.ts)
    const mod = foodModifierBefore(segs, k, tokens);
    const said = tokens.slice(s.start, s.end);
    if (
      mod &&
      ids.length > 0 &&
      !(choicesOf(s).length > 0 && readAsChoice(segs, k, choicesOf(s), index, itemAt))
    ) {
      const fit = ids.filter((id) => !contradictsDish(mod, id, said, index));
      if (fit.length === 0) {
        ambiguous.push({ text: `${mod.text} ${text(s)}`, ids, absent: true });
        // "a chocolate muffin": the word is the absent dish's, not a dish derived from it (Hot Chocolate)
        if (itemAt[k - 1] !== undefined && items(mod.seg).length === 0) itemAt[k - 1] = undefined;
        continue;
      }
      ids = fit;
    }
    if (ids.length === 0) {
      let weak = weakItems(s);
      if (mod && weak.length > 0) {
        const fit = weak.filter((id) => !contradictsDish(mod, id, said, index));
        if (fit.length === 0) {
          ambiguous.push({ text: `${mod.text} ${text(s)}`, ids: weak, absent: true });
          continue;
        }
        weak = fit;
      }
      // "iced" (of "iced tea") right before a latte that can be iced: the choice
      if (weak.length > 0 && choiceBeforeItsItem(segs, k, index)) continue;
      // "can you do that iced", "make the latte iced with oat milk": a word of a dish's name that is
      // also a choice of the cart dish pointed at is that dish's option, no dish of its own
      if (weak.length > 0 && choiceOfPointedDish(segs, k, itemAt, pointable, index)) continue;
      // "hot coffees": a derived dish word right before a dish named in full describes it
      if (weak.length > 0 && items(segs[k + 1]).length > 0 && choicesOf(segs[k + 1]).length === 0) continue;
      if (weak.length > 1 && before.length > 0 && weak.filter(takesBefore).length === 1)
        weak = weak.filter(takesBefore);
      if (weak.length > 1 && weak.filter(inSaid).length === 1) weak = weak.filter(inSaid);
      // "the tuna melt" at a menu with only a Patty Melt: a food word the menu lacks right before a part
      // of a dish's name makes another dish; the near one is offered, never taken as the one asked for
      const foodBefore = foodWordsBefore(segs, k, tokens);
      if (weak.length > 0 && foodBefore !== undefined) {
        ambiguous.push({ text: `${foodBefore} ${text(s)}`, ids: weak, absent: true });
        continue;
      }
      if (weak.length === 1) ids = weak;
      else if (weak.length > 1) {
        const inCart = weak.filter((id) => cart.includes(id));
        if (inCart.length === 1) ids = inCart;
        else if (choicesOf(s).length === 0) {
          ambiguous.push({ text: text(s), ids: weak });
          continue;
        }
      }
    }
    if (
      ids.length === 0 &&
      s.type === 'lex' &&
      ((prevSeg?.type === 'word' && ARTICLE.has(prevSeg.norm)) ||
        (prevSeg?.type === 'qty' && prevSeg.more)) &&
      cart.length > 0
    ) {
      // "change the pizza to large": a category word names the cart item of that category; so does a
      // count that adds to the cart ("another salad", "two more pizzas")
      const cats = new Set(s.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : [])));
      const inCart = [...new Set(cart)].filter((id) => cats.has(index.items.get(id)?.category ?? ''));
      const word = text(s);
      const named = inCart.filter((id) => index.items.get(id)?.name.toLowerCase().includes(word));
      if (named.length === 1) ids = named;
      else if (inCart.length === 1) ids = inCart;
    }
    if (ids.length === 0) continue;
    // "any vegetarian burgers?": a plural word naming a category (and a dish by alias) right after a diet
    // or allergen word browses the category, never asks about the one dish of that alias
    if (
      s.type === 'lex' &&
      s.entries.some((e) => e.kind === 'category') &&
      prevSeg?.type === 'lex' &&
      prevSeg.entries.some((e) => e.kind === 'diet' || e.kind === 'allergen') &&
      saidPlural(tokens[s.end - 1]) &&
      asksForKind(segs, k, tokens)
    )
      continue;
    // "burrito no beans", "bowl extra beans": a side dish's word that is also a group of the dish just
    // before, right after a negation or a qualifier, is that group
    // ("a classic burger with cheese": so is a bare word after "with", for the group to be asked)
    if (
      (prevSeg?.type === 'neg' ||
        prevSeg?.type === 'qual' ||
        (prevSeg?.type === 'with' && s.type === 'lex' && !s.entries.some(isStrongItem))) &&
      groupOfDishBefore(segs, k, itemAt, index)
    )
      continue;
    // "all the veggies": the group's word, not the Veggie sub
    if (s.type === 'lex' && s.entries.some((e) => e.kind === 'group') && allBefore(segs, tokens, k)) continue;
    // "put cheese on the soda": the thing put on a dish named after it is an option for that dish
    if (isPutObject(segs, k, tokens, index)) continue;
    const id = ids.find((x) => cart.includes(x)) ?? (ids[0] as string);
    const ch = choicesOf(s);
    // "no fries" with Fries in the cart and no cart dish holding the combo's side Fries: the dish
    const negatedDish = negatedCartDish(segs, k, ids, ch, itemAt, { pointable, gates, index });
    if (negatedDish !== undefined) {
      itemAt[k] = negatedDish;
      continue;
    }
    if (
      ch.length > 0 &&
      (readAsChoice(segs, k, ch, index, itemAt) ||
        markedAsOption(segs, k) ||
        choiceOfNearDish(segs, k, ch, index, itemAt))
    )
      continue;
    if (ofTheChoice(segs, k, tokens, index)) continue;
    itemAt[k] = id;
  }
  const portions = extraPortions(segs, tokens, itemAt, index);
  for (const k of portions.keys()) itemAt[k] = undefined;
  const articleShares = markArticleShares(segs, itemAt, index);
  // "a sprite" where Sprite is the Flavor of two sodas: which of them is asked, with the choice kept
  const namedByChoice = markChoiceNamedItems(segs, tokens, itemAt, index, fresh, { cart, ambiguous, idle });
  const shares = markUnitShares(segs, itemAt, index, articleShares);
  // "pepperoni pizzas": a category word right after an item of that category belongs to the mention
  const absorbed = new Set<number>();
  for (let k = 0; k < n; k++) {
    const id = itemAt[k];
    const next = segs[k + 1];
    if (!id || next?.type !== 'lex') continue;
    const cat = index.items.get(id)?.category;
    if (!next.entries.some((e) => e.kind === 'category' && e.id === cat)) continue;
    // "sicilian pie" where "pie" alone is also the plain pie's alias: still the word of this mention
    const alsoDish =
      itemAt[k + 1] !== undefined && next.entries.some((e) => e.kind === 'item' && e.id === itemAt[k + 1]);
    if (
      itemAt[k + 1] === undefined ||
      (alsoDish && index.items.get(itemAt[k + 1] as string)?.category === cat)
    ) {
      itemAt[k + 1] = undefined;
      absorbed.add(k + 1);
    }
  }

  const lines: LineDraft[] = [];
  const lineAtSeg = new Map<number, LineDraft>();
  const clauseOf: number[] = new Array(n);
  let clause = 0;
  for (let k = 0; k < n; k++) {
    const s = segs[k] as Segment;
    if (s.type === 'break' && !s.comma) clause++;
    if (s.type === 'break' && s.comma && segs[k + 1]?.type === 'and') clause++;
    clauseOf[k] = clause;
  }

  // 2. item lines, with their quantity and action
  const usedCounts = new Set<number>();
  for (let k = 0; k < n; k++) {
    const id = itemAt[k];
    if (!id) continue;
    const s = segs[k] as Segment;
    const endSeg = absorbed.has(k + 1) ? (segs[k + 1] as Segment) : s;
    const item = index.items.get(id);
    const line: LineDraft = {
      itemId: id,
      name: item?.name ?? id,
      quantity: 1,
      quantityExplicit: false,
      options: [],
      without: [],
      unresolved: [],
      span: [(tokens[s.start] as Token).start, (tokens[endSeg.end - 1] as Token).end],
      action: actionFor(segs, k, itemAt, tokens),
      seg: k,
    };
    // "2 large cokes" where Coke is a flavor of one drink: the number is this line's own
    if (namedByChoice.has(k) && s.type === 'qty') {
      line.quantity = s.value;
      line.quantityExplicit = !s.article;
    }
    // quantity: the nearest qty before, separated only by options, qualifiers, glue words and up to a few
    // describing words ("3 of your delicious mango lassis", count-reach.ts)
    const fillers: number[] = [];
    for (let j = namedByChoice.has(k) ? -1 : k - 1; j >= 0; j--) {
      const p = segs[j] as Segment;
      if (p.type === 'qty') {
        if (usedCounts.has(j)) break;
        // only a number reaches across describing words: "a hair salon" is no counted salmon
        if (fillers.length > 0 && p.article) break;
        // 0 and negative counts are kept: the engine refuses them ("add 0 samosa", "add -3 ...")
        line.quantity = p.value;
        line.quantityExplicit = true;
        if (fillers.length > 0) line.countFillers = fillers;
        if (p.more) line.more = true;
        if (rangeBefore(segs, j)) {
          line.quantityExplicit = false;
          line.quantityUnknown = true;
        }
        break;
      }
      if (p.type === 'lex' && itemAt[j] === undefined && choicesOf(p).length > 0) continue;
      // "two mushroom and onion pizzas": a list of options between the number and the item
      if (
        (p.type === 'and' || p.type === 'or') &&
        choicesOf(segs[j - 1]).length > 0 &&
        itemAt[j - 1] === undefined
      )
        continue;
      if (p.type === 'qual' || (p.type === 'word' && GLUE.has(p.norm))) continue;
      // "two pizzas margherita"
      if (p.type === 'lex' && itemAt[j] === undefined && p.entries.every((e) => e.kind === 'category'))
        continue;
      // "two yummy garlic naan", "2 vegetarian samosas"
      const describing =
        (p.type === 'lex' && itemAt[j] === undefined && describesDish(p)) || !endsCountReach(p, tokens);
      // (to a dish named exactly: a misspelt name past an unknown word may be no dish at all)
      const exact = s.type === 'lex' && s.typos === 0;
      if (describing && exact && fillers.length + p.end - p.start <= MAX_COUNT_FILLERS) {
        for (let i = p.start; i < p.end; i++) fillers.push(i);
        continue;
      }
      break;
    }
    // "pastrami on rye": an alias that names one of the dish's choices orders that choice
    const said = tokens
      .slice(s.start, s.end)
      .map((t) => t.key)
      .join(' ');
    // "short stack w blueberries": the opening choices that named the dish are its options
    // (and "…, small sausage": a dish implied by a list of choices whose first is its mention)
    if ((namedByChoice.has(k) || id.startsWith(PLACEHOLDER_PREFIX)) && s.type === 'lex')
      for (const c of choicesOf(s)) {
        if (!index.accepts(id, c.group) || line.options.some((o) => o.group === c.group)) continue;
        line.options.push(option(c, index.choice(c.group, c.choice)?.name ?? c.choice, 1, undefined));
        // a placeholder takes the word once (its dish maps it onto its own group)
        if (id.startsWith(PLACEHOLDER_PREFIX)) break;
      }
    // (an alias pointing at a dish already ordered, "add peppers to the italian", points only)
    for (const c of index.choicesInAlias(id, said, line.action !== 'add'))
      line.options.push(
        option({ kind: 'choice', ...c }, index.choice(c.group, c.choice)?.name ?? c.choice, 1, undefined),
      );
    const trailing = trailingCount(segs, absorbed.has(k + 1) ? k + 1 : k);
    if (trailing && !line.quantityExplicit) {
      line.quantity = Math.max(1, trailing.value);
      line.quantityExplicit = true;
      for (const j of trailing.segs) usedCounts.add(j);
    }
    if (!line.quantityExplicit && vagueCountBefore(tokens, s.start, endSeg.end)) line.quantityUnknown = true;
    lines.push(line);
    lineAtSeg.set(k, line);
  }

  // 3. options
  const freeOptions: ParsedOption[] = [];
  const freeAsk: string[] = [];
  const freeWithout: BuiltLines['freeWithout'] = [];
  const optionSeg = new Map<ParsedOption, number>();
  const stray: NonNullable<BuiltLines['stray']> = [];
  let neg = false;
  /** A negation with no option after it yet: "no extra cheese" negates the qualifier. */
  let negOpen = false;
  let qual: Qualifier | undefined;
  let optQty: number | undefined;
  /** A negated list went on past a comma: "no beans, brown rice" (see `commaKeepsNegation`). */
  let viaComma = false;
  /** The group of the choice a negation took off last, while the negation goes on over "and". */
  let negatedGroup: string | undefined;
  /** "extra green peppers and onions": the qualifier of the option just before an "and". */
  let listQual: { qual: Qualifier; at: number } | undefined;
  for (let k = 0; k < n; k++) {
    const s = segs[k] as Segment;
    if (listQual && s.type !== 'and' && listQual.at !== k - 1 && listQual.at !== k - 2) listQual = undefined;
    const portion = portions.get(k);
    if (portion) {
      const line = lines.find(
        (l) => l.itemId === portion.itemId && l.seg < k && !lines.some((m) => m.seg > l.seg && m.seg < k),
      );
      const has = (o: ParsedOption) => o.group === portion.group && o.choice === portion.choice;
      const name = index.choice(portion.group, portion.choice)?.name ?? portion.choice;
      if (line && !line.options.some(has))
        line.options.push(option({ kind: 'choice', ...portion }, name, 1, undefined));
      qual = undefined;
      continue;
    }
    if (s.type === 'neg') {
      neg = true;
      negOpen = true;
      viaComma = false;
      continue;
    }
    if (s.type === 'qual') {
      qual = s.qualifier;
      if (!negOpen) neg = false;
      continue;
    }
    if (s.type === 'with') {
      // "I don't want it with onions": a "with" inside an open negation is negated too
      if (!negOpen) neg = false;
      continue;
    }
    if (s.type === 'qty') {
      neg = false;
      // a count a line took ("italian x2 mikes way") counts no option
      optQty = !usedCounts.has(k) && quantityTargetsOption(segs, k, itemAt) ? s.value : undefined;
      continue;
    }
    if (s.type === 'and' || s.type === 'or') {
      // "w/o onions + avocado": "plus" adds; the negation ends at it
      if (POSITIVE_STARTS.has((tokens[s.start] as Token).norm)) {
        neg = false;
        negOpen = false;
        continue;
      }
      let m = k + 1;
      while (segs[m]?.type === 'word' && NEGATION_FILLER.has((segs[m] as { norm: string }).norm)) m++;
      const next = segs[m];
      if (!(next?.type === 'lex' && itemAt[m] === undefined && choicesOf(next).length > 0)) neg = false;
      else if (neg) negOpen = true;
      continue;
    }
    if (s.type === 'break') {
      if (!s.comma) neg = false;
      else if (neg && !negOpen) viaComma = true;
      continue;
    }
    if (s.type === 'word' && neg && negOpen) {
      // "no sauce": a general word for one of the item's defaults
      const target = nearestLine(lines, k, clauseOf);
      const removed = target
        ? defaultByHeadNoun(target.itemId, (tokens[s.start] as Token).key, index)
        : undefined;
      if (target && removed) {
        if (!target.without.some((w) => w.group === removed.group && w.choice === removed.choice))
          target.without.push(removed);
        negOpen = false;
        continue;
      }
    }
    // "remove the ranch", "scratch the onions": a removal verb negates the options it governs, as "no"
    // does (an item it governs is a removed line, read by the line rules; "remove the mushroom one" names
    // a line by its option, read by the line references)
    if (
      s.type === 'word' &&
      REMOVAL_VERBS.has(s.norm) &&
      s.norm !== 'cancel' &&
      !tokens.some((t) => t.norm === 'one' || t.norm === 'ones')
    ) {
      neg = true;
      negOpen = true;
      viaComma = false;
      continue;
    }
    if (s.type === 'word') {
      // filler keeps a negation open until its first option ("without any anchovies"); after an option
      // only a list continues it ("no onions on my large pizza": "large" is not negated); so does the
      // food word of an option the menu lacks ("no mint chutney")
      const modifiesChoice =
        foodModifierBefore(segs, k + 1, tokens)?.seg === s && choicesOf(segs[k + 1]).length > 0;
      if (!negOpen || (!ARTICLE.has(s.norm) && !NEGATION_FILLER.has(s.norm) && !modifiesChoice)) neg = false;
      continue;
    }
    if (itemAt[k] !== undefined || absorbed.has(k)) {
      neg = false;
      qual = undefined;
      optQty = undefined;
      continue;
    }
    // "no rice extra naan": a choice named with "extra" is not in the negated list
    if (neg && !negOpen && POSITIVE_STARTS.has((tokens[s.start] as Token).norm)) neg = false;
    const named = choicesOf(s);
    // "cheeseburger extra cheese" where "cheese" is also another dish's choice (cheese sauce on fries):
    // negated or qualified, the word is the group of the dish it follows
    const asGroup =
      named.length > 0 &&
      ((neg && negOpen) || (qual && !neg)) &&
      groupWordOfDish(s, nearestLine(lines, k, clauseOf)?.itemId, index);
    // "mint chutney" where only Mango chutney is on the menu: a food word the menu lacks right before
    // a choice that does not hold it names another option, none of this one (modifier-conflicts.ts)
    const optMod = foodModifierBefore(segs, k, tokens);
    const otherOption =
      optMod?.seg.type === 'word' &&
      named.length > 0 &&
      named.every((c) => contradictsChoice(optMod, c.group, c.choice, index));
    const choices = asGroup || otherOption ? [] : named;
    if (otherOption && optMod) {
      const target = nearestLine(lines, k, clauseOf);
      const said = `${optMod.text} ${text(s)}`;
      if (target && !target.unresolved.includes(said)) target.unresolved.push(`${neg ? 'no ' : ''}${said}`);
      neg = false;
      negOpen = false;
      qual = undefined;
      continue;
    }
    if (choices.length === 0 && neg && negOpen) {
      // "no rice", "no beans": a group's word takes the dish's defaults of that group off
      const target = nearestLine(lines, k, clauseOf);
      const removed = target ? groupDefaults(target.itemId, s, index) : [];
      if (target && removed.length > 0) {
        for (const r of removed)
          if (!target.without.some((w) => w.group === r.group && w.choice === r.choice))
            target.without.push(r);
        negOpen = false;
        qual = undefined;
        continue;
      }
      // "no beans" said with no dish: the group's defaults, for the dish in focus (the cart's, or the
      // one waiting on its option) to take off
      const free = lines.length === 0 ? anyGroupDefaults(s, index) : [];
      if (free.length > 0) {
        for (const r of free)
          if (!freeWithout.some((w) => w.group === r.group && w.choice === r.choice)) freeWithout.push(r);
        negOpen = false;
        qual = undefined;
        continue;
      }
    }
    if (choices.length === 0 && qual && !neg) {
      // "xtra rice", "light rice": the qualifier goes on the dish's rice, the one chosen or its default
      const target = nearestLine(lines, k, clauseOf);
      if (target && qualifyGroup(target, s, qual, index)) {
        qual = undefined;
        continue;
      }
    }
    if (choices.length === 0) {
      // "a latte with syrup", "a hamburger with extra cheese": a group of the dish named, no choice
      const asker = neg ? undefined : nearestLine(lines, k, clauseOf);
      if (asker && askGroupsNamed(asker, s, index)) {
        qual = undefined;
        continue;
      }
      if (neg || qual) {
        const target = nearestLine(lines, k, clauseOf);
        if (target && s.entries.every((e) => e.kind !== 'category'))
          target.unresolved.push(`${neg ? 'no ' : ''}${text(s)}`);
      }
      qual = undefined;
      continue;
    }
    const target = attachTarget(segs, k, choices, itemAt, lineAtSeg, lines, clauseOf, index);
    // a choice of another item's group said as "no X" ("no sauce" is a wing sauce): X is a default of this one
    const first = tokens[s.start] as Token;
    const near = target ? undefined : nearestLine(lines, k, clauseOf);
    const head =
      near && NEGATION_WORDS.has(first.norm) && s.end - s.start === 2
        ? defaultByHeadNoun(near.itemId, (tokens[s.start + 1] as Token).key, index)
        : undefined;
    if (near && head) {
      if (!near.without.some((w) => w.group === head.group && w.choice === head.choice))
        near.without.push(head);
      continue;
    }
    const ch = target ? choices.find((c) => index.accepts(target.itemId, c.group)) : choices[0];
    if (!ch) continue;
    if (neg && viaComma && !commaKeepsNegation(segs, k, target, ch, index)) neg = false;
    viaComma = false;
    const choice = index.choice(ch.group, ch.choice);
    // "no sour cream and green salsa": over "and", a choice of another group that is not on the dish
    // (no default) has nothing to take off: it is added
    if (
      neg &&
      target &&
      segs[k - 1]?.type === 'and' &&
      negatedGroup !== undefined &&
      negatedGroup !== ch.group &&
      !choice?.default
    )
      neg = false;
    negatedGroup = neg ? ch.group : undefined;
    const choiceName = choice?.name ?? ch.choice;
    // "leave the onions off"
    if (!neg && (splitNegation(segs, k) || particleNegation(segs, k))) neg = true;
    const removed: ParsedWithout = {
      group: ch.group,
      choice: ch.choice,
      choiceName,
      ...(qual ? { qualifier: qual } : {}),
    };
    // "and a large birch beer" where the menu has no beer: the choice is the absent dish's word, for no
    // dish of the message, the cart or a waiting question; "a large birch beer and a cheese pizza": nor
    // for a dish over "and" (an option belongs to the dish phrase it stands before)
    if ((!target || acrossJoin(segs, k, target.seg)) && !neg && describesAbsentDish(segs, k, tokens))
      continue;
    if (!target) {
      const ownTarget = clauseHasCategory(segs, k, clauseOf, itemAt);
      if (lines.length > 0 && !ownTarget) {
        const near = nearestLine(lines, k, clauseOf);
        // "a hamburger with cheese" where "cheese" is a choice of the fries only: the burger's cheese
        // group, to be asked
        if (near && !neg && askGroupsNamed(near, s, index)) {
          qual = undefined;
          continue;
        }
        // "add bacon" (an alias of Bacon) is said back as "bacon"
        const said = withoutPutVerb(text(s));
        near?.unresolved.push(said);
        // kept aside: options no named dish takes may be a dish of their own (impliedFromOptionsAlone)
        if (near)
          stray.push({
            line: near,
            text: said,
            ...(neg ? { without: removed } : { option: option(ch, choiceName, optQty, qual) }),
          });
      } else if (neg) freeWithout.push(removed);
      else {
        // "extra cheese on it" where "cheese" is a choice of no cart dish (the fries' cheese sauce) but
        // names a cheese group of one: that group's (the default made extra, or asked)
        const own = lines.length === 0 ? cartGroupReading(s, ch.group, qual, cart, index) : undefined;
        if (own?.option) freeOptions.push(own.option);
        else if (own) freeAsk.push(...own.ask.filter((g) => !freeAsk.includes(g)));
        else {
          const free = option(ch, choiceName, optQty, qual);
          markFreeOptionSeg(free, k);
          freeOptions.push(free);
        }
      }
    } else if (neg) {
      if (!target.without.some((w) => w.group === ch.group && w.choice === ch.choice))
        target.without.push(removed);
    } else {
      // "extra hot" where Hot or Iced takes no qualifier: the choice itself, and the words said to the
      // kitchen as the line's note, never dropped (as processor/qualifiers-as-notes.ts does for a
      // qualified choice said alone)
      let allowed = qual && index.groups.get(ch.group)?.qualifiers.includes(qual) ? qual : undefined;
      // "extra green peppers and onions": a dish's own default right after "and" takes the qualifier too
      // (ordering a default plainly changes nothing)
      const carried =
        listQual && listQual.at === k - 2 && segs[k - 1]?.type === 'and' ? listQual.qual : undefined;
      if (!allowed && carried && choice?.default && index.groups.get(ch.group)?.qualifiers.includes(carried))
        allowed = carried;
      listQual = allowed ? { qual: allowed, at: k } : undefined;
      // "4 large pepperoni for a party": "for a …" after the dish's size names an occasion, not a second size
      if (forOccasion(tokens, s.start) && target.options.some((x) => x.group === ch.group)) {
        qual = undefined;
        optQty = undefined;
        continue;
      }
      // "ajitama x2": a count after a choice the dish takes more than once, unless the dish took it
      const times = segs[k + 1];
      const count = segs[k + 2];
      if (
        !neg &&
        optQty === undefined &&
        times?.type === 'word' &&
        times.norm === 'x' &&
        count?.type === 'qty' &&
        !count.article &&
        !usedCounts.has(k + 2) &&
        count.value >= 2 &&
        count.value <= (choice?.maxQuantity ?? 1)
      ) {
        optQty = count.value;
        usedCounts.add(k + 2);
      }
      // "double salmon" where the group takes no qualifier but the choice up to three times: taken twice
      if (qual === 'extra' && !allowed && optQty === undefined && (choice?.maxQuantity ?? 1) >= 2) {
        optQty = 2;
        qual = undefined;
      }
      // "a burrito with extra guac", "extra corn": a paid add-on of a pick-several group, no default of
      // the dish, is itself the extra; choosing it says it all, a note would ask for it twice
      if (qual === 'extra' && !allowed && optQty === undefined && paidAddOn(index, ch.group, choice))
        qual = undefined;
      if (qual && !allowed)
        target.note = joinNotes([...(target.note ? [target.note] : []), `${qual} ${text(s)}`]);
      const o = option(ch, choiceName, optQty, allowed);
      optionSeg.set(o, k);
      target.options.push(o);
      // "make it a large combo": a choice whose words hold a one-choice switch of the dish turns it on
      const words = tokens
        .slice(s.start, s.end)
        .map((t) => t.key)
        .join(' ');
      for (const sw of index.switchesHeld(target.itemId, ch.group, words))
        if (!target.options.some((x) => x.group === sw.group))
          target.options.push(
            option(
              { kind: 'choice', ...sw },
              index.choice(sw.group, sw.choice)?.name ?? sw.choice,
              1,
              undefined,
            ),
          );
    }
    negOpen = false;
    qual = undefined;
    optQty = undefined;
  }
  applyEverything(everythingMentions(segs, tokens), lines, clauseOf, index);
  distributeHeadOptions(segs, lines, itemAt, index, optionSeg);
  distributeEveryOptions(segs, lines, index, optionSeg);
  applyResizes(segs, lines, itemAt);
  for (const l of lines) {
    // "one taco" (the dish word singular) may pick "1 Taco"; "an order of tacos" may not
    const said = segs[l.seg];
    const last = said ? tokens[said.end - 1] : undefined;
    const count = pieceCountChoice(l, index, last !== undefined && last.key === last.norm);
    if (count) {
      l.options.push(count);
      l.quantity = 1;
    }
  }
  for (const l of lines) mergeQualified(l);
  const kept = applyMentionScope(lines, segs, tokens, itemAt, pointable);

  const result: BuiltLines = {
    lines: kept,
    freeOptions,
    freeAsk,
    freeWithout,
    ambiguous,
    readAsOption: [...portions.keys()],
    stray,
  };
  applyOptionSwaps(result, segs, tokens);
  applyItemSwaps(result.lines, tokens, (g) => (index.groups.get(g)?.max ?? 1) <= 1);
  resolveImpliedItems(result, segs, tokens, index, shares);
  applyOnlyLists(result.lines, segs, index);
  dropToggleNegations(result.lines, index);
  if (result.lines.length === 0) {
    const q = segs.find((s) => s.type === 'qty' && !s.article);
    if (q?.type === 'qty') result.bareQuantity = q.value;
  } else {
    const count = readFocusResize(segs, Math.min(...result.lines.map((l) => l.seg)));
    if (count !== undefined) result.focusCount = count;
  }
  if (result.bareQuantity !== undefined && bareMoreCount(segs)) result.bareMore = true;
  return result;
}

/** A choice segment of one of `ids` (and naming no dish itself): "regular veggie", "veggie footlong". */
function ownChoiceOf(x: Segment | undefined, ids: readonly string[], index: MenuIndex): boolean {
  return (
    x?.type === 'lex' &&
    x.entries.some((e) => e.kind === 'choice' && ids.some((id) => index.accepts(id, e.group))) &&
    items(x).length === 0
  );
}

// the two predicates below are made by functions, not written inline in `buildLines`' loop: under tsx
// (esbuild's keepNames) a named closure costs a defineProperty each time it is made

/** `takes(id)`: the dish takes every choice said in `before` (choice segments). */
function takesChoicesOf(before: readonly Segment[], index: MenuIndex): (id: string) => boolean {
  return (id) => before.every((b) => choicesOf(b).some((c) => index.accepts(id, c.group)));
}

/** `inSaid(id)`: the dish is of one of the categories said. */
function inCategories(saidCats: ReadonlySet<string>, index: MenuIndex): (id: string) => boolean {
  return (id) => saidCats.has(index.items.get(id)?.category ?? '');
}

/**
 * Categories named as such earlier in the clause ("2 large **pies**, one plain one pepperoni"): a
 * category word that is no dish mention, before `k`, up to a sentence break.
 */
function categoriesBefore(
  segs: readonly Segment[],
  k: number,
  itemAt: Array<string | undefined>,
): Set<string> {
  const out = new Set<string>();
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    if (p.type === 'break' && !p.comma) break;
    if (p.type !== 'lex') continue;
    const cats = p.entries.flatMap((e) => (e.kind === 'category' ? [e.id] : []));
    if (cats.length === 0 && itemAt[j] !== undefined) break;
    for (const c of cats) out.add(c);
  }
  return out;
}

/** The choice segments right before segment `k` (only choices between): "a **large** pepperoni". */
function choiceSegsBefore(segs: readonly Segment[], k: number): Segment[] {
  const out: Segment[] = [];
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    if (p.type !== 'lex' || choicesOf(p).length === 0 || p.entries.some((e) => e.kind === 'item' && !e.weak))
      break;
    out.push(p);
  }
  return out;
}

/**
 * A choice said right before a dish that takes it, with only other choices or glue words between
 * ("medium iced matcha latte"): rule 1 of option attachment, which a derived dish word ("iced" of
 * "iced tea") must not break.
 */
function choiceBeforeItsItem(segs: readonly Segment[], k: number, index: MenuIndex): boolean {
  const ch = choicesOf(segs[k]);
  if (ch.length === 0) return false;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    const strong = items(s);
    if (strong.length > 0) return strong.some((id) => ch.some((c) => index.accepts(id, c.group)));
    if (s.type === 'lex' && choicesOf(s).length > 0) continue;
    if (s.type === 'qual' || (s.type === 'word' && GLUE.has(s.norm))) continue;
    return false;
  }
  return false;
}

/**
 * After "no X," a comma list goes on negating only what can be taken off, a default of the dish ("no
 * onions, tomatoes"), or a list closed by "or" ("no onions, peppers or olives"). A choice added to the
 * dish ("no beans, brown rice, corn salsa"; "no onions, jalapenos") starts the positive part, and so
 * does a choice of a group taken exactly once ("no onions, large").
 */
function commaKeepsNegation(
  segs: readonly Segment[],
  k: number,
  target: LineDraft | undefined,
  ch: { group: string; choice: string },
  index: MenuIndex,
): boolean {
  // "no onions, large": a choice of a group taken exactly once (a size, a crust) is picked, never removed
  const group = index.groups.get(ch.group);
  if (group && group.min >= 1 && group.max === 1) return false;
  if (!target || index.choice(ch.group, ch.choice)?.default === true) return true;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if (s.type === 'or') return true;
    if (s.type === 'lex' && choicesOf(s).length > 0) continue;
    if (s.type === 'break' && s.comma) continue;
    return false;
  }
  return false;
}

/**
 * The segment names a group of the dish mentioned just before it (in the same sentence) and none of that
 * dish's choices: "no beans" after a burrito, where "beans" is also a side dish.
 */
function groupOfDishBefore(
  segs: readonly Segment[],
  k: number,
  itemAt: ReadonlyArray<string | undefined>,
  index: MenuIndex,
): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const p = segs[j] as Segment;
    if (p.type === 'break' && !p.comma) return false;
    const id = itemAt[j];
    if (id === undefined) continue;
    return groupWordOfDish(segs[k] as Segment, id, index);
  }
  return false;
}

/** A lexicon entry naming a dish by its whole name or alias, not one derived from a part of it. */
const isStrongItem = (e: LexEntry): boolean => e.kind === 'item' && !e.weak;

/** The segment names a group the dish takes and none of the dish's own choices. */
function groupWordOfDish(s: Segment, itemId: string | undefined, index: MenuIndex): boolean {
  if (itemId === undefined || s.type !== 'lex') return false;
  if (s.entries.some((e) => e.kind === 'choice' && index.accepts(itemId, e.group))) return false;
  return s.entries.some((e) => e.kind === 'group' && index.accepts(itemId, e.group));
}

/**
 * "extra cheese on it" with no dish said, where the word read as a choice (`group`, the fries' Cheese
 * Sauce) is taken by no cart dish but names an option group of some (a burger's Cheese): with a
 * qualifier, the default of such a group made extra; else the groups without a default, to be asked
 * (none: the dish has it already). Undefined when a cart dish takes the choice or no group is named.
 */
function cartGroupReading(
  s: Segment,
  group: string,
  qual: Qualifier | undefined,
  cart: readonly string[],
  index: MenuIndex,
): { option?: ParsedOption; ask: string[] } | undefined {
  const dishes = [...new Set(cart)];
  if (s.type !== 'lex' || dishes.length === 0 || dishes.some((id) => index.accepts(id, group)))
    return undefined;
  const groups = [
    ...new Set(
      s.entries.flatMap((e) =>
        e.kind === 'group' && dishes.some((id) => index.accepts(id, e.group)) ? [e.group] : [],
      ),
    ),
  ];
  if (groups.length === 0) return undefined;
  const defaults = groups.flatMap((g) => {
    const c = index.groups.get(g)?.choices.find((x) => x.default);
    return c ? [{ group: g, choice: c }] : [];
  });
  const made = qual && defaults.length === 1 ? defaults[0] : undefined;
  if (made && !index.groups.get(made.group)?.qualifiers?.includes(qual as Qualifier)) return undefined;
  if (made)
    return {
      option: {
        group: made.group,
        choice: made.choice.id,
        choiceName: made.choice.name,
        quantity: 1,
        qualifier: qual as Qualifier,
      },
      ask: [],
    };
  return { ask: groups.filter((g) => !defaults.some((d) => d.group === g)) };
}

/**
 * "a hamburger with cheese": the option groups of `line`'s dish a lex segment names by the group's own
 * name or alias (never when it is a choice the dish takes, nor a group the line already has a pick of)
 * join the line's `ask`, to be asked with their choices. Returns whether any did.
 */
function askGroupsNamed(line: LineDraft, s: Segment, index: MenuIndex): boolean {
  if (s.type !== 'lex' || line.action === 'remove') return false;
  if (s.entries.some((e) => e.kind === 'choice' && index.accepts(line.itemId, e.group))) return false;
  const groups = s.entries.flatMap((e) =>
    e.kind === 'group' &&
    index.accepts(line.itemId, e.group) &&
    !line.options.some((o) => o.group === e.group)
      ? [e.group]
      : [],
  );
  if (groups.length === 0) return false;
  // "a cheeseburger with cheese": a group with a default is had already, nothing to ask
  const open = groups.filter((g) => !index.groups.get(g)?.choices.some((c) => c.default));
  if (open.length > 0) line.ask = [...new Set([...(line.ask ?? []), ...open])];
  return true;
}

/** The dish's default choices of the groups a word names ("rice" → the default rice). */
function groupDefaults(itemId: string, s: Segment, index: MenuIndex): ParsedWithout[] {
  if (s.type !== 'lex') return [];
  const out: ParsedWithout[] = [];
  for (const e of s.entries) {
    if (e.kind !== 'group' || !index.accepts(itemId, e.group)) continue;
    for (const c of index.groups.get(e.group)?.choices ?? [])
      if (c.default) out.push({ group: e.group, choice: c.id, choiceName: c.name });
  }
  return out;
}

/** The default choices of the groups a word names, whatever dish: "no beans" with no dish said. */
function anyGroupDefaults(s: Segment, index: MenuIndex): ParsedWithout[] {
  if (s.type !== 'lex') return [];
  return s.entries.flatMap((e) =>
    e.kind !== 'group'
      ? []
      : (index.groups.get(e.group)?.choices ?? [])
          .filter((c) => c.default)
          .map((c) => ({ group: e.group, choice: c.id, choiceName: c.name })),
  );
}

/** The choices of a group whose whole name or alias is said in the dish's ingredients ("sharp provolone"). */
function madeWithChoices(itemId: string, groupId: string, index: MenuIndex) {
  const ingredients = (index.items.get(itemId)?.ingredients ?? []).map((i) =>
    normalize(i)
      .tokens.map((t) => t.key)
      .join(' '),
  );
  return (index.groups.get(groupId)?.choices ?? []).filter((c) =>
    ingredients.some((words) => ingredientHolds(words, c.id, groupId, index)),
  );
}

/** An ingredient phrase holds one of the choice's phrases as whole words ("sharp provolone" holds "provolone"). */
function ingredientHolds(ingredient: string, choiceId: string, groupId: string, index: MenuIndex): boolean {
  const c = index.choice(groupId, choiceId);
  if (!c) return false;
  return [c.name, ...c.aliases].some((p) => {
    const words = normalize(p)
      .tokens.map((t) => t.key)
      .join(' ');
    return words.length > 0 && ` ${ingredient} `.includes(` ${words} `);
  });
}

/**
 * A group's word with a qualifier ("extra rice", "light beans") qualifies the dish's choice of that
 * group: the one already chosen, else its default, else (no default) the one choice the dish's
 * ingredients name. False when the dish has no such choice or the group
 * takes no such qualifier.
 */
function qualifyGroup(line: LineDraft, s: Segment, qual: Qualifier, index: MenuIndex): boolean {
  if (s.type !== 'lex') return false;
  for (const e of s.entries) {
    if (e.kind !== 'group' || !index.accepts(line.itemId, e.group)) continue;
    const group = index.groups.get(e.group);
    if (!group?.qualifiers.includes(qual)) continue;
    const chosen = line.options.find((o) => o.group === e.group && !o.qualifier);
    if (chosen) {
      chosen.qualifier = qual;
      return true;
    }
    const def = group.choices.filter((c) => c.default);
    // no default: the one choice of the group the dish is made with ("italian extra cheese" → its
    // provolone, from the ingredients)
    const made = def.length === 0 ? madeWithChoices(line.itemId, group.id, index) : [];
    const picked = def.length === 1 ? def : made;
    if (picked.length !== 1) continue;
    const c = picked[0] as (typeof def)[number];
    line.options.push(option({ kind: 'choice', group: e.group, choice: c.id }, c.name, 1, qual));
    return true;
  }
  return false;
}

/**
 * "chicken bowl, extra chicken": a choice said plain and with a qualifier is the qualified one; "iced,
 * less ice": a choice said twice the same way is said once.
 */
function mergeQualified(line: LineDraft): void {
  line.options = line.options.filter(
    (o, i) =>
      (o.qualifier !== undefined ||
        !line.options.some((q) => q !== o && q.group === o.group && q.choice === o.choice && q.qualifier)) &&
      !line.options
        .slice(0, i)
        .some(
          (q) =>
            q.group === o.group &&
            q.choice === o.choice &&
            q.qualifier === o.qualifier &&
            q.quantity === o.quantity &&
            o.quantity === 1,
        ),
  );
}

/**
 * "an extra shot of espresso": a dish's name after "<choice> of" that the choice's own name holds
 * (Extra Shot, also "espresso shot") says what the choice is made of, not a second dish.
 */
function ofTheChoice(
  segs: readonly Segment[],
  k: number,
  tokens: readonly Token[],
  index: MenuIndex,
): boolean {
  const of = segs[k - 1];
  const before = segs[k - 2];
  const s = segs[k] as Segment;
  if (of?.type !== 'word' || of.norm !== 'of') return false;
  const words = tokens
    .slice(s.start, s.end)
    .map((t) => t.key)
    .join(' ');
  return choicesOf(before).some((c) => index.choiceHolds(c.group, c.choice, words));
}

/** Words before a number that make it a change of what was said, not a new dish ("make it a doppio"). */
const CHANGE_WORDS = new Set(['make', 'it', 'that', 'change', 'switch', 'to', 'instead', 'swap']);

/**
 * "a large coke" where Coke is a flavor of the Fountain Drink, "a doppio" where Doppio is a size of the
 * Espresso: a number or article followed only by choices, which exactly one dish on the menu offers
 * together, and which no dish said before takes, is that dish. The number's segment becomes its mention.
 * Returns those segments.
 */
/**
 * The number at `k` is a part of an earlier count in the sentence ("2 regular turkeys, one mikes way
 * one plain"): an item mention before it whose own number is larger, and which takes a choice said after the
 * number (`said`), or, when it takes none, another share is counted beside it ("2 tacos 1 horchata":
 * the tacos take no drink and there is no other share, so the horchata is a dish of its own).
 */
function shareOfEarlierCount(
  segs: readonly Segment[],
  k: number,
  itemAt: Array<string | undefined>,
  said: readonly ChoiceEntry[][],
  index: MenuIndex,
): boolean {
  const counted = countedDishBefore(segs, k, itemAt);
  if (counted === undefined) return false;
  if (said.some((ch) => ch.some((c) => index.accepts(counted, c.group)))) return true;
  // words the dish takes no choice of ("one plain", "one black") are a share only among other shares
  return siblingCount(segs, k, itemAt);
}

/** Another number in the sentence around `k` with no dish named between (a list of shares). */
function siblingCount(segs: readonly Segment[], k: number, itemAt: Array<string | undefined>): boolean {
  const isCount = (s: Segment | undefined) => s?.type === 'qty' && !s.article;
  for (let j = k + 1; j < segs.length; j++) {
    const s = segs[j] as Segment;
    if ((s.type === 'break' && !s.comma) || itemAt[j] !== undefined) break;
    if (isCount(s)) return true;
  }
  for (let j = k - 1; j >= 0; j--) {
    if (itemAt[j] !== undefined) break;
    if (isCount(segs[j])) return true;
  }
  return false;
}

/** The dish whose larger count the number at `k` is a part of ("2 lattes one oat …" → the latte). */
function countedDishBefore(
  segs: readonly Segment[],
  k: number,
  itemAt: Array<string | undefined>,
): string | undefined {
  const q = segs[k];
  if (q?.type !== 'qty' || q.article) return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'break' && !s.comma) return undefined;
    const id = itemAt[j];
    if (id === undefined) continue;
    for (let m = j - 1; m >= 0; m--) {
      const p = segs[m] as Segment;
      if (p.type === 'qty') return p.value > q.value ? id : undefined;
      if (!(p.type === 'lex' && choicesOf(p).length > 0 && itemAt[m] === undefined)) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "iced oat latte", "2 lattes one oat one almond": a phrase that is both a dish and a choice ("oat":
 * Oatmeal's folded alias and the Oat Milk) is the choice right before a dish that takes it (over other
 * choices), or in a share of a counted dish that takes it.
 */
function choiceOfNearDish(
  segs: readonly Segment[],
  k: number,
  ch: readonly ChoiceEntry[],
  index: MenuIndex,
  itemAt: Array<string | undefined>,
): boolean {
  const takes = (id: string) => ch.some((c) => index.accepts(id, c.group));
  // a share names a sibling dish of the same category ("2 pizzas one pepperoni"), else the choice
  const share = countedDishBefore(segs, k - 1, itemAt);
  const category = (id: string) => index.items.get(id)?.category ?? id.slice(PLACEHOLDER_PREFIX.length);
  const dishes = [...items(segs[k]), ...weakItems(segs[k])];
  if (share !== undefined && takes(share) && !dishes.some((id) => category(id) === category(share)))
    return true;
  for (let m = k + 1; m < segs.length; m++) {
    const s = segs[m] as Segment;
    if (s.type === 'lex' && items(s).length > 0) return choicesOf(s).length === 0 && items(s).some(takes);
    if (s.type === 'lex' && choicesOf(s).length > 0) continue;
    if (s.type === 'qual') continue;
    return false;
  }
  return false;
}

/**
 * The count at `k` goes on a list of choices that a choice opened with "with" and the choices said after
 * the count complete that choice, their group named after its group ("make it a combo with tots and a root
 * beer": the Combo's side and Combo Drink; not "a burger with pickles and a coke", nor "toasted w/ ranch
 * and a lemonade"): only choices, "and" and commas between the "with" and the count.
 */
function inWithList(
  segs: readonly Segment[],
  k: number,
  itemAt: ReadonlyArray<string | undefined>,
  said: readonly ChoiceEntry[][],
  index: MenuIndex,
): boolean {
  let listed = false;
  for (let j = k - 1; j >= 0; j--) {
    const s = segs[j] as Segment;
    if (s.type === 'with') {
      const opener = segs[j - 1];
      if (!listed || opener?.type !== 'lex' || itemAt[j - 1] !== undefined) return false;
      const openerWords = choicesOf(opener).flatMap((c) => groupPhrases(c.group, index));
      return said.every((ch) =>
        ch.some((c) =>
          groupPhrases(c.group, index).some((name) =>
            openerWords.some((w) => ` ${name} `.includes(` ${w} `)),
          ),
        ),
      );
    }
    if (s.type === 'and' || (s.type === 'break' && s.comma)) continue;
    if (s.type === 'qty' && s.article) continue;
    if (s.type === 'lex' && itemAt[j] === undefined && choicesOf(s).length > 0) {
      listed = true;
      continue;
    }
    return false;
  }
  return false;
}

/** A group's name, aliases and id as folded words ("Combo Drink" → "combo drink"). */
function groupPhrases(groupId: string, index: MenuIndex): string[] {
  const g = index.groups.get(groupId);
  if (!g) return [];
  return [g.name, ...g.aliases, g.id.replace(/-/g, ' ')].map((p) =>
    normalize(p)
      .tokens.map((t) => t.key)
      .join(' '),
  );
}

/**
 * With dishes in the cart, choices said alone order their dish again only when that dish is in the cart
 * and no other cart dish takes them ("a side of ranch" with the Extra Dipping Cup the one taker).
 */
function orderedAgain(
  optional: OptionalChoiceDishes,
  cart: readonly string[],
  takes: (id: string) => boolean,
): boolean {
  if (!('dish' in optional)) return false;
  const takers = new Set(cart.filter(takes));
  return cart.includes(optional.dish) && takers.size === 1 && takers.has(optional.dish);
}

function markChoiceNamedItems(
  segs: readonly Segment[],
  tokens: readonly Token[],
  itemAt: Array<string | undefined>,
  index: MenuIndex,
  fresh: boolean,
  asking: { cart: readonly string[]; ambiguous: BuiltLines['ambiguous']; idle?: boolean },
): Set<number> {
  const marked = new Set<number>();
  const start = firstContent(segs);
  const heldSaid = segs.flatMap((s) => (s.type === 'lex' ? choicesOf(s) : []));
  const saidKey = tokens.map((t) => t.key).join(' ');
  for (let k = 0; k < segs.length; k++) {
    const q = segs[k] as Segment;
    // "short stack w blueberries": a message that opens with choices only one dish takes, no number
    const bareChoice = q.type === 'lex' && choicesOf(q).length > 0 && items(q).length === 0;
    const opens = fresh && k === start && bareChoice;
    // "burrito + chips and salsa + large jamaica": choices listed after "+" with no count may name a dish
    // too (when they define it more than the dish before, below)
    const prevSeg = segs[k - 1];
    const listedBare =
      bareChoice && prevSeg?.type === 'and' && PLUS_WORDS.has((tokens[prevSeg.start] as Token).norm);
    // "i want extra chicken": a choice after order words alone, for an optional choice said alone (below)
    const afterOrderWords =
      fresh && bareChoice && !opens && segs.slice(0, k).every((s) => s.type !== 'lex' && s.type !== 'qty');
    if ((q.type !== 'qty' && !opens && !listedBare && !afterOrderWords) || itemAt[k] !== undefined) continue;
    const before = segs[k - 1];
    if (before?.type === 'word' && CHANGE_WORDS.has(before.norm)) continue;
    const said: ChoiceEntry[][] = [];
    let lastSaid = k;
    let m = opens || listedBare || afterOrderWords ? k : k + 1;
    for (; m < segs.length; m++) {
      const s = segs[m] as Segment;
      if (itemAt[m] !== undefined) break;
      if (s.type === 'lex' && s.entries.every((e) => e.kind === 'choice' || e.kind === 'group')) {
        const ch = choicesOf(s);
        if (ch.length === 0) break;
        said.push(ch);
        lastSaid = m;
        continue;
      }
      if (s.type === 'word' && GLUE.has(s.norm)) continue;
      break;
    }
    if (said.length === 0) continue;
    // "2 turkeys, one mikes way one plain": a share of the count before, not a dish of its own, when
    // that dish takes what the share says ("2 tacos 1 horchata": the tacos take no drink, a new dish)
    if (shareOfEarlierCount(segs, k, itemAt, said, index)) continue;
    // "one small and one large drip coffee": the first count's dish is the one named after the second
    const shared = dishAfterNextCount(segs, m, itemAt, said, index);
    if (shared !== undefined) {
      itemAt[k] = shared;
      marked.add(k);
      continue;
    }
    const next = segs[m];
    // "a large pizza", "2 large cokes" (Coke a dish): the choices go on the dish said after them
    if (next?.type === 'lex' && next.entries.some((e) => e.kind === 'item' || e.kind === 'category'))
      continue;
    // a group offered only with another's choice (a combo's drink) takes what is said only with it said
    const takes = (id: string) =>
      said.every((ch) =>
        ch.some((c) => index.accepts(id, c.group) && index.offered(c.group, heldSaid, saidKey)),
      );
    const candidates = index.menu.items.filter((i) => takes(i.id)).map((i) => i.id);
    const from = opens || listedBare || afterOrderWords ? k : k + 1;
    // "make it a combo with a sprite": choices of groups offered only with a gate said in the message
    // (the combo) are the choices of the dish taking the gate and them (a cart dish), no dish of their own
    if (saidWithGate(said, heldSaid, [...itemAt, ...asking.cart], index)) continue;
    // "… a combo with onion rings and a sprite": a dish said in the message taking the choice keeps a tie
    const taken = itemAt.some(
      (id) =>
        id !== undefined &&
        said.some((ch) =>
          ch.some((c) => index.accepts(id, c.group) && index.offered(c.group, heldSaid, saidKey)),
        ),
    );
    let dish =
      definedDish(said, candidates, index, !taken) ??
      dishByHeadNoun(
        tokens.slice((segs[from] as Segment).start, (segs[lastSaid] as Segment).end),
        said.flatMap((ch) => ch.map((c) => c.group)),
        candidates,
        index,
      );
    // "i want extra chicken", "a side of ranch": optional choices alone, as an order, with nothing in
    // the cart: the dish that is only the choice, else a few dishes taking it to ask among
    const heard = tokens
      .slice((segs[from] as Segment).start, (segs[lastSaid] as Segment).end)
      .map((t) => t.norm)
      .join(' ');
    const alone = dish === undefined && choicesSaidAlone(segs) && !itemAt.some((id) => id !== undefined);
    // "a side of ranch" again with an Extra Dipping Cup of ranch in the cart: the dish that is only the
    // choice is ordered once more (when no other cart dish takes the choice, it is no change of that dish)
    const read =
      alone && (fresh || asking.idle) ? optionalChoiceDishes(said, candidates, index, heard) : undefined;
    const optional = read && (fresh || orderedAgain(read, asking.cart, takes)) ? read : undefined;
    if (optional && 'dish' in optional) {
      // "one peri peri fries" → the Masala Fries: a dish named as the choice, not taking it, is the mention
      if (!takes(optional.dish)) {
        itemAt[from] = optional.dish;
        marked.add(from);
        continue;
      }
      dish = optional.dish;
    } else if (optional) {
      asking.ambiguous.push({
        text: heard,
        ids: optional.offered,
        choices: sharedChoiceIds(said, optional.offered, index),
        byChoice: true,
      });
      continue;
    } else if (afterOrderWords) continue;
    if (dish === undefined) {
      // "a sprite": a choice that defines two or three dishes alike (each one's required group) asks
      // which, and the dish chosen takes the choice; never when a dish named in the message takes it
      const tied = itemAt.some(
        (id) => id !== undefined && said.some((ch) => ch.some((c) => index.accepts(id, c.group))),
      )
        ? undefined
        : sharedChoiceDishes(said, candidates, index, asking.cart);
      if (tied) {
        asking.ambiguous.push({
          text: tokens
            .slice((segs[from] as Segment).start, (segs[lastSaid] as Segment).end)
            .map((t) => t.norm)
            .join(' '),
          ids: tied,
          choices: sharedChoiceIds(said, tied, index),
          byChoice: true,
        });
      }
      continue;
    }
    // "a mexican coke with a lime": after "<dish> with", choices naming only a dish of that dish's own
    // category are said of it (a garnish, a modifier), never one more dish
    if (segs[k - 1]?.type === 'with' && sameCategoryBefore(itemAt, k - 1, dish, index)) continue;
    const defining = definingCount(dish, said, index);
    // "a latte, large": options of a dish said before are its own; after "and" / "+" / a comma they
    // are a dish of their own when they define it more than the dish before ("mozz sticks and a root
    // beer": the soda's flavor, not a hero's optional combo drink)
    const prev = segs[k - 1];
    // ("… combo with tots and a root beer": a list after "with" goes on naming the dish's choices)
    // a number (not an article) right after a dish or its choices starts a new entry of a pasted list as
    // "and" does ("1 kids quesadilla 1 horchata": the agua fresca, not the kids meal's optional drink)
    const countAfterMention = q.type === 'qty' && !q.article && prev?.type === 'lex';
    const listedBefore =
      (prev?.type === 'and' || (prev?.type === 'break' && prev.comma === true) || countAfterMention) &&
      !inWithList(segs, k, itemAt, said, index);
    if (
      itemAt
        .slice(0, k)
        .some(
          (id) =>
            id !== undefined &&
            (listedBefore
              ? takes(id) &&
                definingCount(id, said, index) >= defining &&
                !oneOfTaken(segs, k, id, said, index)
              : said.some((ch) => ch.some((c) => index.accepts(id, c.group)))),
        )
    )
      continue;
    itemAt[k] = dish;
    marked.add(k);
  }
  return marked;
}

/**
 * "three glazed donuts and a boston cream": a one-of choice said after "and" for a dish whose group of
 * that choice already has a choice said before (in the sentence up to `k`) is one more dish, not a
 * second one-of choice.
 */
function oneOfTaken(
  segs: readonly Segment[],
  k: number,
  itemId: string,
  said: readonly ChoiceEntry[][],
  index: MenuIndex,
): boolean {
  const single = (g: string) => index.groups.get(g)?.selection === 'single' && index.accepts(itemId, g);
  const groupsSaid = new Set<string>();
  for (let m = 0; m < k; m++) {
    const ch = choicesOf(segs[m]).filter((c) => single(c.group));
    if (ch.length === 1) groupsSaid.add((ch[0] as ChoiceEntry).group);
  }
  return said.some((ch) => ch.some((c) => single(c.group) && groupsSaid.has(c.group)));
}

/**
 * "one small and one large latte", "a 6 inch and a 12 inch turkey": after a count with one-of choices and
 * no dish comes "and", another count, another choice of the same one-of group, then a dish taking them
 * all: both counts are that dish.
 */
function dishAfterNextCount(
  segs: readonly Segment[],
  m: number,
  itemAt: ReadonlyArray<string | undefined>,
  said: readonly ChoiceEntry[][],
  index: MenuIndex,
): string | undefined {
  if (segs[m]?.type !== 'and' || segs[m + 1]?.type !== 'qty') return undefined;
  const second: ChoiceEntry[][] = [];
  let j = m + 2;
  for (; j < segs.length && itemAt[j] === undefined; j++) {
    const ch = choicesOf(segs[j]);
    if (ch.length === 0) return undefined;
    second.push(ch);
  }
  const id = itemAt[j];
  if (id === undefined || second.length === 0) return undefined;
  const takes = (chs: readonly ChoiceEntry[][]) =>
    chs.every((ch) => ch.some((c) => index.accepts(id, c.group)));
  const single = (c: ChoiceEntry) =>
    index.groups.get(c.group)?.selection === 'single' && index.accepts(id, c.group);
  const rival = said.some((ch) =>
    ch.some(
      (c) => single(c) && second.some((o) => o.some((x) => x.group === c.group && x.choice !== c.choice)),
    ),
  );
  return takes(said) && takes(second) && rival ? id : undefined;
}

/**
 * Every said choice has a reading in a group offered only with another group's choice (`offeredWith`)
 * that the message's choices `held` hold, and a dish among `dishes` (the message's and the cart's)
 * takes them all: "make it a combo with a sprite" is the combo's drink.
 */
function saidWithGate(
  said: readonly ChoiceEntry[][],
  held: readonly ChoiceEntry[],
  dishes: readonly (string | undefined)[],
  index: MenuIndex,
): boolean {
  const gated = (c: ChoiceEntry) => {
    const group = index.groups.get(c.group);
    return group?.offeredWith !== undefined && groupOffered(group, held);
  };
  if (!said.every((ch) => ch.some(gated))) return false;
  return dishes.some(
    (id) => id !== undefined && said.every((ch) => ch.some((c) => gated(c) && index.accepts(id, c.group))),
  );
}

/** Words that tie a choice to something else than the word after them ("large for me", "large please"). */
const LINKING_WORDS = new Set([...ARTICLES, ...COURTESY, 'for', 'of', 'with', 'to', 'me', 'my', 'and', 'or']);

/**
 * The choice at segment `k` stands before a dish the menu lacks: at most two words no menu word knows
 * or only choices know (the absent dish's own modifiers), then a general food word the menu does not
 * know ("a large birch beer", "a small lasagna", "a large mango smoothie").
 */
function describesAbsentDish(segs: readonly Segment[], k: number, tokens: readonly Token[]): boolean {
  for (let j = k + 1; j < segs.length && j <= k + 3; j++) {
    const s = segs[j] as Segment;
    // "a large mango smoothie" where mango is only a wing sauce: a choice word may describe the absent dish
    if (s.type === 'lex' && s.entries.every((e) => e.kind === 'choice')) continue;
    if (s.type !== 'word' || LINKING_WORDS.has(s.norm)) return false;
    const t = tokens[s.start] as Token;
    if (FOOD_WORDS.has(t.key) || FOOD_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** An "and", "or" or a break ("then", a comma) lies between segments `a` and `b`. */
function acrossJoin(segs: readonly Segment[], a: number, b: number): boolean {
  for (let j = Math.min(a, b) + 1; j < Math.max(a, b); j++) {
    const t = segs[j]?.type;
    if (t === 'and' || t === 'or' || t === 'break') return true;
  }
  return false;
}

/** The last folded word of each item's name and aliases, per menu index. */
const HEAD_NOUNS = new WeakMap<MenuIndex, Map<string, string[]>>();

/**
 * "2 ranch cups" where Ranch Cup is the dip of the wings, the knots and the Extra Dipping Cup, none of them
 * defined by it: the one candidate whose name or an alias ends in a word said with the choice ("cup") is
 * the dish. Undefined when none or several end so ("a sprite": neither soda is named by it).
 */
function dishByHeadNoun(
  said: readonly Token[],
  saidGroups: readonly string[],
  candidates: readonly string[],
  index: MenuIndex,
): string | undefined {
  if (candidates.length < 2) return undefined;
  const keys = new Set(said.map((t) => t.key));
  const known = HEAD_NOUNS.get(index) ?? new Map<string, string[]>();
  HEAD_NOUNS.set(index, known);
  const heads = (id: string) => {
    let out = known.get(id);
    if (!out) {
      const item = index.items.get(id);
      out = [item?.name ?? '', ...(item?.aliases ?? [])].flatMap(
        (p) => normalize(p).tokens.at(-1)?.key ?? [],
      );
      known.set(id, out);
    }
    return out;
  };
  // a dish that is nothing but the said choices (its every group said): "cup" names no latte
  const groups = new Set(saidGroups);
  const named = candidates.filter(
    (id) =>
      (index.items.get(id)?.optionGroups ?? []).every((g) => groups.has(g)) &&
      heads(id).some((h) => keys.has(h)),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** The dish named last before segment `k` is of the category of `dish` (a placeholder: its category). */
function sameCategoryBefore(
  itemAt: ReadonlyArray<string | undefined>,
  k: number,
  dish: string,
  index: MenuIndex,
): boolean {
  const category = (id: string) =>
    index.items.get(id)?.category ??
    (id.startsWith(PLACEHOLDER_PREFIX) ? id.slice(PLACEHOLDER_PREFIX.length) : undefined);
  const before = itemAt.slice(0, k).findLast((id) => id !== undefined);
  return before !== undefined && category(before) !== undefined && category(before) === category(dish);
}

/** "+" between dishes, as typed or spelled. */
const PLUS_WORDS = new Set(['+', 'plus']);

/** "a bottle of water", "2 glasses of water": a count, a plain word and "of" right before segment `k`. */
function measureOf(segs: readonly Segment[], k: number): boolean {
  const of = segs[k - 1];
  const measure = segs[k - 2];
  return of?.type === 'word' && of.norm === 'of' && measure?.type === 'word' && segs[k - 3]?.type === 'qty';
}

/** The first segment that is not a filler word ("um", "please") or punctuation. */
function firstContent(segs: readonly Segment[]): number {
  const k = segs.findIndex((s) => s.type !== 'break' && !(s.type === 'word' && GLUE.has(s.norm)));
  return k < 0 ? segs.length : k;
}

/** The words before token `i` are "for a", "for an", "for the", "for my", "for our". */
function forOccasion(tokens: readonly Token[], i: number): boolean {
  const article = tokens[i - 1]?.norm ?? '';
  return tokens[i - 2]?.norm === 'for' && ['a', 'an', 'the', 'my', 'our'].includes(article);
}

/** Closing words after an everyday alias that leave it the dish ("a late thanks"). */
const CLOSERS = new Set([...COURTESY, 'too', 'now']);

/** The segment is an ordinary word (not menu, a number or a stop word) an everyday alias before it modifies. */
const modifiesNextWord = (next: Segment | undefined): boolean =>
  next?.type === 'word' && /^[a-z]+$/.test(next.norm) && !STOPWORDS.has(next.norm) && !CLOSERS.has(next.norm);

/**
 * The food words this menu lacks said right before segment `k` ("tuna" of "tuna melt"), joined; undefined
 * when the word before is none (or the customer's own: "my own beer").
 */
function foodWordsBefore(segs: readonly Segment[], k: number, tokens: readonly Token[]): string | undefined {
  let start = k;
  while (start > 0) {
    const p = segs[start - 1] as Segment;
    const t = tokens[p.start] as Token;
    if (p.type === 'word' && (FOOD_WORDS.has(t.key) || FOOD_WORDS.has(t.norm))) start--;
    else break;
  }
  if (start === k || tokens[(segs[start] as Segment).start - 1]?.norm === 'own') return undefined;
  return tokens
    .slice((segs[start] as Segment).start, (segs[k] as Segment).start)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * The plural kind at segment `k` is asked about, not ordered: no count before it, and "any" right before
 * its diet word or a question mark in the message ("any vegetarian burgers", "vegan pizzas?"; never
 * "2 veggie tacos" or "fish tacos x3").
 */
function asksForKind(segs: readonly Segment[], k: number, tokens: readonly Token[]): boolean {
  if (segs.slice(0, k).some((x) => x.type === 'qty')) return false;
  if (tokens.some((t) => /^x?\d+$/.test(t.norm))) return false;
  const lead = segs[k - 2];
  return (
    (lead?.type === 'word' && (lead.norm === 'any' || lead.norm === 'some')) ||
    tokens.some((t) => t.norm === '?')
  );
}

/** A word said in the plural: its folded key is not the word as said ("burgers" → "burger"). */
function saidPlural(t: Token | undefined): boolean {
  return t !== undefined && t.key !== t.norm && t.norm.endsWith('s');
}

/** A choice that costs more in a group where several are picked, and no default: an add-on. */
function paidAddOn(
  index: MenuIndex,
  group: string,
  choice: { default?: boolean | undefined; priceDelta?: number | undefined } | undefined,
): boolean {
  return (
    index.groups.get(group)?.selection === 'multiple' &&
    choice !== undefined &&
    !choice.default &&
    (choice.priceDelta ?? 0) > 0
  );
}
