import type { Allergen, Diet, Menu } from '../../domain/menu-schema.ts';
import type { VenueMood } from '../../domain/venue.ts';
import { BoundedMemo } from '../state/bounded-memo.ts';
import { COMMON_WORDS, LEXICON_STOPWORDS as STOPWORDS } from './common-words.ts';
import { endsInCompoundNotItsHead } from './compound-heads.ts';
import { addCupSizeWords } from './cup-size-words.ts';
import { allowedTypos, editDistance, oneLetterMoved } from './edit-distance.ts';
import { englishWord } from './english-words.ts';
import { FIXED_FOOD_PHRASES } from './fixed-phrases.ts';
import { genericDishWords } from './generic-dish-words.ts';
import { addGroupHeadNouns } from './group-head-nouns.ts';
import { lessenedChoicePhrases } from './lessened-choices.ts';
import type { LexEntry } from './lexicon-entry.ts';
import { foldWord, normalize, type Token } from './normalize.ts';
import { numberedChoicePhrases } from './numbered-choices.ts';
import { isSpelledNumber } from './quantity.ts';
import { shorthandVariants } from './shorthand.ts';

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  entries: LexEntry[];
  /** The phrase as written in the menu, for display. */
  phrase?: string;
  /** Every word of the phrase is a stopword ("can"). */
  stopOnly?: boolean;
}

export interface LexMatch {
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly entries: readonly LexEntry[];
  /** Number of typo-corrected tokens in the match. */
  readonly typos: number;
  /** The words said are all stopwords ("can", not "cans"): only an option right after an item or number. */
  readonly stopOnly?: boolean;
}

const LEADING_ARTICLES = new Set(['a', 'an', 'the', 'some']);

/** Subject pronouns: the word right after one is read as a verb, never typo-corrected to a dish. */
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);

/** Generic diet words (not venue-specific). */
const DIET_WORDS: ReadonlyArray<[string, Diet]> = [
  ['vegan', 'vegan'],
  ['plant based', 'vegan'],
  ['vegetarian', 'vegetarian'],
  ['veg', 'vegetarian'],
  ['veggie', 'vegetarian'],
  ['pure veg', 'vegetarian'],
  ['non veg', 'non-vegetarian'],
  ['nonveg', 'non-vegetarian'],
  ['non vegetarian', 'non-vegetarian'],
  ['meat', 'non-vegetarian'],
  ['meaty', 'non-vegetarian'],
];

/** Everyday words for the 14 declared allergens. */
const ALLERGEN_WORDS: ReadonlyArray<[string, Allergen[]]> = [
  ['nut', ['tree-nuts', 'peanuts']],
  ['nuts', ['tree-nuts', 'peanuts']],
  ['tree nut', ['tree-nuts']],
  ['peanut', ['peanuts']],
  ['groundnut', ['peanuts']],
  ['dairy', ['milk']],
  ['milk', ['milk']],
  ['lactose', ['milk']],
  ['gluten', ['gluten']],
  ['wheat', ['gluten']],
  ['celiac', ['gluten']],
  ['coeliac', ['gluten']],
  ['shellfish', ['crustaceans', 'molluscs']],
  ['crustacean', ['crustaceans']],
  ['mollusc', ['molluscs']],
  ['mollusk', ['molluscs']],
  ['egg', ['eggs']],
  ['fish', ['fish']],
  ['soy', ['soy']],
  ['soya', ['soy']],
  ['sesame', ['sesame']],
  ['celery', ['celery']],
  ['mustard', ['mustard']],
  ['lupin', ['lupin']],
  ['sulphite', ['sulphites']],
  ['sulfite', ['sulphites']],
];

/** The menu's vocabulary as a token trie: phrases of items, categories, options, diets, allergens, tags, moods. */
/** Typo readings of first words kept per lexicon before the memo starts again. */
const ROOT_TYPO_MEMO_ENTRIES = 20_000;

/**
 * Words naming what a thing is made of, said before a choice's name ("oat milk", "almond milk", "goat
 * cheese", "vegan cheese"): with a menu that lacks the word, the choice said is not the menu's (dairy)
 * choice of that name.
 */
const KIND_WORDS: ReadonlySet<string> = new Set(
  'oat almond soy soya coconut cashew hemp pea macadamia goat sheep skim skimmed nonfat lactose vegan plant dairy'.split(
    ' ',
  ),
);

export class Lexicon {
  private readonly root: TrieNode = { next: new Map(), entries: [] };
  /** Display names, for suggestions. */
  readonly itemNames = new Map<string, string>();
  /** The option groups each item offers (item id → group ids). */
  readonly itemGroups = new Map<string, ReadonlySet<string>>();
  /** The option groups the items of each category offer (category id → group ids). */
  readonly categoryGroups = new Map<string, ReadonlySet<string>>();

  constructor(menu: Menu, moods: readonly VenueMood[] = []) {
    for (const c of menu.categories) {
      for (const p of [c.name, ...c.aliases, c.id.replace(/-/g, ' ')])
        this.add(p, { kind: 'category', id: c.id });
    }
    for (const g of menu.optionGroups) {
      // a group named by a list of its own choices ("Milk & sugar") is read as those choices when said
      const own = new Set(g.choices.flatMap((c) => [c.name, ...c.aliases].map(keyOf)));
      const listsChoices = (p: string) => {
        const parts = keyOf(p)
          .split(/ and /)
          .map((x) => x.trim());
        return parts.length > 1 && parts.every((x) => own.has(x));
      };
      for (const p of [g.name, ...g.aliases])
        if (!listsChoices(p)) this.add(p, { kind: 'group', group: g.id });
      for (const ch of g.choices) {
        for (const p of [ch.name, ...ch.aliases]) this.add(p, { kind: 'choice', group: g.id, choice: ch.id });
      }
      for (const { choice, phrase } of [...numberedChoicePhrases(g), ...lessenedChoicePhrases(g)])
        this.add(phrase, { kind: 'choice', group: g.id, choice });
    }
    const heads = new Map<string, string[]>();
    const categoryWords = new Map(
      menu.categories.map((c) => [c.id, new Set([c.name, ...c.aliases].map(keyOf))]),
    );
    const categoryGroups = new Map<string, Set<string>>();
    for (const item of menu.items)
      for (const g of item.optionGroups)
        categoryGroups.set(item.category, (categoryGroups.get(item.category) ?? new Set()).add(g));
    for (const [c, gs] of categoryGroups) this.categoryGroups.set(c, gs);
    const genericWords = genericDishWords(menu);
    for (const item of menu.items) {
      this.itemNames.set(item.id, item.name);
      this.itemGroups.set(item.id, new Set(item.optionGroups));
      this.add(item.name, { kind: 'item', id: item.id });
      for (const p of item.aliases) {
        const keys = normalize(p).tokens;
        const content = keys.filter((t) => !STOPWORDS.has(t.norm));
        const word = (content[0] as Token | undefined)?.norm ?? '';
        // "the works": an alias that is one word after its article needs the article (or a number)
        // before it too, so "yep that works" agrees instead of ordering
        const common =
          content.length === 1 && (keys.length > 1 || COMMON_WORDS.has(word) || word.length <= 2);
        this.add(p, common ? { kind: 'item', id: item.id, common } : { kind: 'item', id: item.id });
      }
      // "Margherita Pizza" in "Pizzas" is also "margherita"; "Masala Dosa" is also "dosa" when no other item ends so.
      const words = headPhrase(normalize(item.name).tokens.filter((t) => !t.punct));
      const cats = categoryWords.get(item.category);
      const last = words[words.length - 1];
      // not when the last two words are a compound the last word does not name ("A&W Root Beer" is no "beer")
      if (words.length > 1 && last && !endsInCompoundNotItsHead(words.map((t) => t.norm))) {
        if (!STOPWORDS.has(last.key)) heads.set(last.key, [...(heads.get(last.key) ?? []), item.id]);
      }
      // an alias ending in its category's word does too ("plain pizza" / "plain pie" is also "plain")
      // where the rest already stands only for things of other categories (the wings' "plain" sauce):
      // not a new word ("spicy pizza", "everything pizza"), an everyday word ("side salad"), a diet,
      // allergen, tag or mood word ("vegan pizza"), or a choice a dish of that category takes ("iced
      // tea" is not "iced": a latte can be iced)
      for (const [n, p] of [item.name, ...item.aliases].entries()) {
        const ws = normalize(p).tokens.filter((t) => !t.punct);
        const end = ws[ws.length - 1];
        // (or in the bare noun a plainer dish of its kind answers to, "pizza" of a Build Your Own Pizza,
        // when the rest is one of the dish's own choices: "pepperoni" of the Pepperoni Pizza)
        if (ws.length < 2 || !end) continue;
        const rest = ws.slice(0, -1);
        const restKeys = rest.map((t) => t.key);
        if (!cats?.has(end.key)) {
          if (!genericWords.get(item.id)?.has(end.key)) continue;
          const own = this.find(restKeys)?.entries.some(
            (e) => e.kind === 'choice' && item.optionGroups.includes(e.group),
          );
          if (!own) continue;
        }
        if (n > 0) {
          if (rest.some((t) => COMMON_WORDS.has(t.norm))) continue;
          const groups = categoryGroups.get(item.category);
          const node = this.find(restKeys);
          if (
            !node?.entries.length ||
            node.entries.some(
              (e) =>
                (e.kind === 'choice' && groups?.has(e.group)) || (e.kind !== 'choice' && e.kind !== 'item'),
            )
          )
            continue;
          if (
            restKeys.some((k) => DIET_WORDS.some(([w]) => w === k) || ALLERGEN_WORDS.some(([w]) => w === k))
          )
            continue;
        }
        this.add(rest.map((t) => t.norm).join(' '), { kind: 'item', id: item.id, weak: true });
      }
    }
    this.addNameTails(menu);
    for (const [head, ids] of heads) {
      const node = this.find([head]);
      if (node?.entries.some((e) => e.kind !== 'item' || !e.weak)) continue;
      for (const id of ids) this.add(head, { kind: 'item', id, weak: true });
    }
    for (const tag of new Set(menu.items.flatMap((i) => i.tags)))
      this.add(tag.replace(/-/g, ' '), { kind: 'tag', tag });
    for (const [p, diet] of DIET_WORDS) this.add(p, { kind: 'diet', diet });
    for (const [p, allergens] of ALLERGEN_WORDS) {
      this.add(p, { kind: 'allergen', allergens });
      this.add(`${p} free`, { kind: 'allergen', allergens, free: true });
    }
    // a built-in mood's name is a title; the phrases it may take from this menu are its aliases
    for (const m of moods)
      for (const p of m.builtIn ? m.aliases : [m.name, ...m.aliases]) this.add(p, { kind: 'mood', id: m.id });
    for (const p of FIXED_FOOD_PHRASES) {
      const words = normalize(p)
        .tokens.map((t) => t.key)
        .filter((w) => !STOPWORDS.has(w));
      if (!words.every((w) => this.find([w])?.entries.length)) this.add(p, { kind: 'phrase' }, false);
    }
    this.addPairParts(menu);
    addGroupHeadNouns(this, menu);
    addCupSizeWords(this, menu);
    this.addNameLeads(menu);
  }

  /**
   * The lead of a dish's name said without its last words: "peri peri chicken" for Peri-Peri Chicken
   * Wings, "black forest" for Black Forest Ham, "oven roasted" for Oven Roasted Turkey. Every run of two
   * or more words that starts the name (never the whole name, ending in its head phrase, never a run of
   * only common or stop words, nor one ending in a stopword) stands for the dish when it names nothing
   * else on the menu and starts no other phrase of it. As for a tail, the lead of one dish only is a sure mention, a lead two dishes
   * share a weak one of each (the bot asks which). Added last, so that anything the menu or the general
   * lexicon already means by those words keeps its meaning.
   */
  private addNameLeads(menu: Menu): void {
    const leads = new Map<string, { norms: string; ids: Set<string> }>();
    for (const item of menu.items) {
      const words = normalize(item.name).tokens.filter((t) => !t.punct);
      const headEnd = headPhrase(words).length;
      for (let end = 2; end < words.length && end <= headEnd; end++) {
        const lead = words.slice(0, end);
        if (lead.some((t) => t.num !== undefined)) break;
        if (lead.every((t) => STOPWORDS.has(t.key) || COMMON_WORDS.has(t.norm))) continue;
        if (STOPWORDS.has((lead[0] as Token).key) || STOPWORDS.has((lead.at(-1) as Token).key)) continue;
        const key = lead.map((t) => t.key).join(' ');
        const entry = leads.get(key) ?? { norms: lead.map((t) => t.norm).join(' '), ids: new Set<string>() };
        entry.ids.add(item.id);
        leads.set(key, entry);
      }
    }
    for (const [key, { norms, ids }] of leads) {
      const node = this.find(key.split(' '));
      if (node?.entries.length) continue;
      // "new york" starts the New York Cheesecake and the New York Style crust: a lead that also starts
      // a phrase of something else names neither
      if (node && !onlyItemsBelow(node, ids)) continue;
      for (const id of ids)
        this.add(norms, ids.size === 1 ? { kind: 'item', id } : { kind: 'item', id, weak: true }, false);
    }
  }

  /**
   * The tail of a dish's name said without its first words: "spring rolls" for Vegetable Spring Rolls,
   * "iced coffee" for Thai Iced Coffee, "tikka masala" for Chicken Tikka Masala. A menu written without
   * aliases is ordered this way ("2 spring rolls"). Every run of two or more words that ends the name
   * (never the whole name, never a run of only common or stop words) stands for the dish when it names nothing else on
   * the menu: a tail of one dish only is a sure mention; a tail two dishes share ("chicken sandwich" of
   * Grilled and Crispy Chicken Sandwich) is a weak one of each, so the bot asks which. The one-word tail
   * (the head noun) is handled in the constructor.
   */
  private addNameTails(menu: Menu): void {
    const tails = new Map<string, { norms: string; ids: Set<string> }>();
    for (const item of menu.items) {
      const words = normalize(item.name).tokens.filter((t) => !t.punct);
      // "lemon butter" is no name of Grilled Salmon with Lemon Butter: a tail starts in the head phrase
      const headEnd = headPhrase(words).length;
      for (let start = 1; start + 2 <= words.length && start < headEnd; start++) {
        const tail = words.slice(start);
        if (tail.every((t) => STOPWORDS.has(t.key) || COMMON_WORDS.has(t.norm) || t.num !== undefined))
          continue;
        if (STOPWORDS.has((tail[0] as Token).key)) continue;
        const key = tail.map((t) => t.key).join(' ');
        const entry = tails.get(key) ?? { norms: tail.map((t) => t.norm).join(' '), ids: new Set<string>() };
        entry.ids.add(item.id);
        tails.set(key, entry);
      }
    }
    for (const [key, { norms, ids }] of tails) {
      if (this.find(key.split(' '))?.entries.length) continue;
      for (const id of ids)
        this.add(norms, ids.size === 1 ? { kind: 'item', id } : { kind: 'item', id, weak: true });
    }
  }

  /**
   * "light oil" for Oil & Vinegar: a part of a two-part condiment name ("X & Y", a choice of a
   * several-of group) said alone is that choice, when the word names nothing else on the menu, is no
   * everyday word, and is a part of no other such name; only in a message that names a dish ("change
   * my oil" orders nothing).
   */
  private addPairParts(menu: Menu): void {
    const parts = new Map<string, Array<{ group: string; choice: string }>>();
    for (const g of menu.optionGroups) {
      if (g.selection !== 'multiple') continue;
      for (const ch of g.choices)
        for (const p of [ch.name, ...ch.aliases]) {
          const toks = normalize(p).tokens.filter((t) => !t.punct);
          if (toks.length !== 3 || toks[1]?.norm !== 'and') continue;
          for (const t of [toks[0], toks[2]] as Token[]) {
            const list = parts.get(t.key) ?? [];
            if (!list.some((x) => x.choice === ch.id)) list.push({ group: g.id, choice: ch.id });
            parts.set(t.key, list);
          }
        }
    }
    for (const [word, owners] of parts) {
      if (new Set(owners.map((o) => o.choice)).size !== 1) continue;
      if (COMMON_WORDS.has(word) || STOPWORDS.has(word) || word.length <= 2) continue;
      if (this.find([word])?.entries.length) continue;
      for (const o of owners)
        this.add(word, { kind: 'choice', group: o.group, choice: o.choice, part: true }, false);
    }
  }

  /**
   * Adds a phrase; phrases made only of stopwords are ignored. Each phrase is also indexed in its
   * ordering-shorthand spellings ("mayonnaise" → "mayo", see shorthand.ts) and with its words run
   * together ("pepper jack" → "pepperjack", "bread sticks" → "breadsticks"), so spaces and hyphens
   * inside names do not matter.
   */
  add(phrase: string, entry: LexEntry, variants = true): void {
    const toks = normalize(phrase).tokens.filter((t) => !t.punct);
    // "a cold" is indexed as "cold": the article is read as a quantity anyway
    while (toks.length > 1 && LEADING_ARTICLES.has((toks[0] as Token).norm)) toks.shift();
    // '10"' (ten inch) must not swallow the number in "10 chicken wings"
    if (toks.every((t) => t.num !== undefined)) return;
    // the same for a number said in words ("six", a wing count's alias): "six cans of diet coke" is six
    // cans; a count choice is still read from the number ("ten wings" → 10 Wings, see pieceCountChoice)
    if (isSpelledNumber(toks)) return;
    const keys = toks.map((t) => t.key);
    if (keys.length === 0) return;
    const stopOnly = keys.every((k) => STOPWORDS.has(k));
    // "Can" (a container, or a dish "Can of Soda") is also "can I get": kept, but matched only as "cans"
    // or right after a number (a choice also right after an item, a dish also after its own choice)
    if (stopOnly && entry.kind !== 'choice' && entry.kind !== 'item') return;
    this.addKeys(keys, entry, phrase, stopOnly);
    if (!variants) return;
    for (const v of shorthandVariants(toks.map((t) => t.norm))) this.add(v.join(' '), entry, false);
    // "Salt & Pepper" is also "salt pepper", "Oil and Vinegar" also "oil vinegar": a two-part name said
    // without its "and"
    if ((entry.kind === 'choice' || entry.kind === 'item') && keys.length === 3 && toks[1]?.norm === 'and')
      this.add(`${toks[0]?.norm} ${toks[2]?.norm}`, entry, false);
    if (toks.length > 1 && toks.length <= 4 && toks.every((t) => t.num === undefined)) {
      const norms = toks.map((t) => t.norm);
      for (let i = 0; i + 1 < norms.length; i++) {
        const joined = [...keys.slice(0, i), foldWord(`${norms[i]}${norms[i + 1]}`), ...keys.slice(i + 2)];
        const word = joined[i] as string;
        if (word.length >= 6 && !COMMON_WORDS.has(word)) this.addKeys(joined, entry, phrase, false);
      }
    }
  }

  private addKeys(keys: readonly string[], entry: LexEntry, phrase: string, stopOnly: boolean): void {
    this.rootTypos.clear();
    this.words = undefined;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.entries.some((e) => sameEntry(e, entry))) node.entries.push(entry);
    if (stopOnly) node.stopOnly = true;
    node.phrase ??= phrase;
  }

  private find(keys: readonly string[]): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const k of keys) node = node?.next.get(k);
    return node;
  }

  /** Longest phrase starting at token `i`, tolerating typos scaled by word length. */
  match(tokens: readonly Token[], i: number): LexMatch | undefined {
    let node = this.root;
    let best: LexMatch | undefined;
    let typos = 0;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (t.punct) break;
      let child = node.next.get(t.key) ?? (t.key !== t.norm ? node.next.get(t.norm) : undefined);
      const next = tokens[j + 1];
      if (!child && next && !next.punct && t.num === undefined && next.num === undefined) {
        // "pepper jack" where the menu says "pepperjack"
        child = node.next.get(foldWord(`${t.norm}${next.norm}`));
        if (child) j++;
      }
      if (!child) {
        // "can we split the check": the word right after a subject pronoun is its verb, no misspelt dish
        if (j === i && SUBJECTS.has(tokens[i - 1]?.norm ?? '')) break;
        child = this.fuzzyChild(node, t) ?? (j === i ? this.modifierTypo(tokens, i) : undefined);
        if (!child) break;
        typos++;
      }
      node = child;
      if (node.entries.length > 0) {
        const saidStop = node.stopOnly === true && tokens.slice(i, j + 1).every((x) => STOPWORDS.has(x.norm));
        best = saidStop
          ? { start: i, end: j + 1, entries: node.entries, typos, stopOnly: true }
          : { start: i, end: j + 1, entries: node.entries, typos };
      }
    }
    // "oat milk" where the menu's only milk is dairy: a choice named after a kind word the menu does not
    // know is another thing than the menu's choice, never silently that choice
    const before = tokens[i - 1];
    if (
      best &&
      before &&
      KIND_WORDS.has(before.norm) &&
      !this.hasWord(before.key) &&
      best.entries.some((e) => e.kind === 'choice')
    ) {
      const others = best.entries.filter((e) => e.kind !== 'choice' && e.kind !== 'allergen');
      if (others.length === 0) return undefined;
      best = { ...best, entries: others };
    }
    // a misspelling nearer an item's alias than a choice's name ("crossaint": the Croissant pastry and
    // the Croissant bread) keeps the choice reading too, so the rules that read a choice where a dish
    // takes it ("egg and cheese on a crossaint") still can
    if (
      best &&
      best.typos > 0 &&
      best.end - best.start === 1 &&
      !best.entries.some((e) => e.kind === 'choice')
    ) {
      const choices = this.fuzzyChoices(tokens[i] as Token);
      if (choices.length > 0) best = { ...best, entries: [...best.entries, ...choices] };
    }
    return best;
  }

  /** Choice entries of one-word phrases within the typo tolerance of the word. */
  private fuzzyChoices(t: Token): LexEntry[] {
    const w = t.key;
    const max = allowedTypos(w.length);
    const out: LexEntry[] = [];
    for (const [k, child] of this.rootByFirst().get(w.charAt(0)) ?? []) {
      if (Math.abs(k.length - w.length) > max) continue;
      const choices = child.entries.filter((e) => e.kind === 'choice');
      if (choices.length === 0) continue;
      const limit = Math.min(max, allowedTypos(k.length));
      if (limit > 0 && editDistance(w, k, limit) <= limit)
        for (const c of choices) if (!out.some((o) => sameEntry(o, c))) out.push(c);
    }
    return out;
  }

  /**
   * Typo readings of a first word, by its norm and key: the search below tries every root word of its
   * letter, and messages repeat their words. Emptied when a phrase is added; bounded.
   */
  private readonly rootTypos = new BoundedMemo<TrieNode | null>(ROOT_TYPO_MEMO_ENTRIES);

  private fuzzyChild(node: TrieNode, t: Token): TrieNode | undefined {
    if (node !== this.root || t.num !== undefined) return this.fuzzyChildFresh(node, t);
    const key = `${t.norm}\u0000${t.key}`;
    const known = this.rootTypos.get(key) ?? this.rootTypos.set(key, this.fuzzyChildFresh(node, t) ?? null);
    return known ?? undefined;
  }

  /**
   * "a stake taco": an English word one letter off a one-word choice ("steak"), said right before a dish
   * name, stands where that dish's choices are said, and is read as the choice (never as a dish).
   */
  private modifierTypo(tokens: readonly Token[], i: number): TrieNode | undefined {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (!next || next.punct || t.num !== undefined || COMMON_WORDS.has(t.norm)) return undefined;
    if (!(englishWord(t.norm) || englishWord(t.key))) return undefined;
    const dish = this.root.next.get(next.key)?.entries.some((e) => e.kind === 'item');
    if (!dish) return undefined;
    const child = this.fuzzyChildFresh(this.root, t, true);
    return child?.entries.length && child.entries.every((e) => e.kind === 'choice') ? child : undefined;
  }

  private fuzzyChildFresh(node: TrieNode, t: Token, english = false): TrieNode | undefined {
    const found = this.fuzzyOf(node, t, t.key, english);
    // "carnitass": the menu's plural is folded in its key ("carnita"), so a typo's final s is too
    if (found || english || t.key.length <= 5 || !t.key.endsWith('s')) return found;
    return this.fuzzyOf(node, t, t.key.slice(0, -1), english);
  }

  /** The nearest child of `node` within the typo tolerance of `w` (the token's key or its folded form). */
  private fuzzyOf(node: TrieNode, t: Token, w: string, english: boolean): TrieNode | undefined {
    const max = english ? Math.min(1, allowedTypos(w.length)) : allowedTypos(w.length);
    if (max === 0 || t.num !== undefined || COMMON_WORDS.has(t.norm) || COMMON_WORDS.has(w)) return undefined;
    // "hair salons": a correctly spelt English word is meant as itself, unless the menu uses it too
    if (!english && (englishWord(t.norm) || englishWord(w)) && !this.hasWord(w) && !this.hasWord(t.norm))
      return undefined;
    let best: TrieNode | undefined;
    let bestD = max + 1;
    const candidates = node === this.root ? (this.rootByFirst().get(w.charAt(0)) ?? []) : node.next;
    for (const [k, child] of candidates) {
      if (k.charCodeAt(0) !== w.charCodeAt(0) || Math.abs(k.length - w.length) > max) continue;
      const limit = Math.min(max, allowedTypos(k.length));
      if (limit === 0) continue;
      // "stake" for "steak": a homophone typed as one letter moved counts as one edit here
      const d = english && oneLetterMoved(w, k) ? 1 : editDistance(w, k, limit);
      if (d <= limit && d < bestD) {
        bestD = d;
        best = child;
      }
    }
    return best;
  }

  private words: Set<string> | undefined;

  /**
   * The word (a token key) is a word of some phrase of this menu, in any place ("tien" of "Tien Tsin
   * Chicken"): the venue's own vocabulary, which a reader of misspelt words must leave as it is.
   */
  hasWord(word: string): boolean {
    if (!this.words) {
      const words = new Set<string>();
      const walk = (node: TrieNode) => {
        for (const [k, child] of node.next) {
          words.add(k);
          walk(child);
        }
      };
      walk(this.root);
      this.words = words;
    }
    return this.words.has(word);
  }

  private rootIndex: Map<string, Array<[string, TrieNode]>> | undefined;
  /** Root children grouped by first letter (typo candidates keep their first letter). */
  private rootByFirst(): Map<string, Array<[string, TrieNode]>> {
    if (!this.rootIndex) {
      this.rootIndex = new Map();
      for (const entry of this.root.next) {
        const list = this.rootIndex.get(entry[0].charAt(0)) ?? [];
        list.push(entry);
        this.rootIndex.set(entry[0].charAt(0), list);
      }
    }
    return this.rootIndex;
  }

  private nameKeys: Map<string, string[]> | undefined;

  /** Menu item names closest to a word, for "did you mean". */
  suggest(text: string, limit = 3): Array<{ id: string; name: string; score: number }> {
    const words = normalize(text).tokens.map((t) => t.key);
    const out: Array<{ id: string; name: string; score: number }> = [];
    this.nameKeys ??= new Map(
      [...this.itemNames].map(([id, name]) => [id, normalize(name).tokens.map((t) => t.key)]),
    );
    for (const [id, name] of this.itemNames) {
      const keys = this.nameKeys.get(id) ?? [];
      let score = 0;
      for (const w of words) {
        let s = 0;
        for (const k of keys) {
          if (k === w) s = 1;
          else if (k.length > 3 && w.length > 3 && (k.startsWith(w) || w.startsWith(k))) s = Math.max(s, 0.7);
          else if (
            k.length > 4 &&
            k.charCodeAt(0) === w.charCodeAt(0) &&
            Math.abs(k.length - w.length) <= 2 &&
            editDistance(w, k, 2) <= 2
          )
            s = Math.max(s, 0.5);
        }
        score += s;
      }
      if (score > 0)
        out.push({ id, name, score: Math.round((score / Math.max(words.length, keys.length)) * 100) / 100 });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

function keyOf(phrase: string): string {
  return normalize(phrase)
    .tokens.map((t) => t.key)
    .join(' ');
}

/** Every phrase continuing from `node` stands for one of the items `ids` (and for nothing else). */
function onlyItemsBelow(node: TrieNode, ids: ReadonlySet<string>): boolean {
  if (node.entries.some((e) => e.kind !== 'item' || !ids.has(e.id))) return false;
  for (const child of node.next.values()) if (!onlyItemsBelow(child, ids)) return false;
  return true;
}

function sameEntry(a: LexEntry, b: LexEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The words of a dish's name up to its head noun: a name's "with" phrase modifies the head before it
 * ("Grilled Salmon with Lemon Butter" is a salmon, not a butter; "Thai Green Curry with Tofu" a curry),
 * so the head noun is the last word before the first "with". A name with no "with" is whole.
 */
function headPhrase(words: readonly Token[]): readonly Token[] {
  const at = words.findIndex((t, i) => i > 0 && t.norm === 'with');
  return at > 0 ? words.slice(0, at) : words;
}
