import { LEXICON_STOPWORDS } from './common-words.ts';
import { CUES } from './cues.ts';
import type { MenuIndex } from './menu-index.ts';
import { normalize, type Token } from './normalize.ts';
import type { Segment } from './segment.ts';
import { saysRemoval } from './split-removal.ts';

/** Words that point at a thing already spoken of ("the dal", "my bagel"). */
const POINTERS = new Set(['the', 'my', 'that', 'this', 'these', 'those']);
/** Words before a pointer that put a change on the dish pointed at ("no cream on the dal"). */
const ONTO = new Set(['on', 'to', 'onto', 'for', 'in', 'from', 'off']);
/** The longest part of a name read as a mention, in words. */
const MAX_WORDS = 3;

/**
 * "remove the dal" with Dal Makhani in the cart, "no cream on the dal", "leave the dal out": a
 * removal or change that points ("the", "my", "that") at a dish by a part of its name that several menu
 * dishes share (or that names another dish outright) means the cart's dish whose name (or alias) holds
 * those words. The words become a lexicon segment of that cart dish, so the rest of understanding reads
 * the message as if the whole name was said; two cart dishes that fit become one ambiguous segment (the
 * bot asks which of them). Only when the message removes or changes (a removal cue, a split removal
 * verb with its particle as `saysRemoval` reads it, a change cue, or the
 * pointer comes after "on / to / for / in / from": "add raita to the dal"), so "I'll have the paneer"
 * still orders from the menu. Words already naming a cart dish, or naming a choice a cart dish takes
 * ("swap the chicken for paneer" on a curry with extra chicken), or followed by "one" ("the paneer one":
 * a line reference) are left alone. `cart` is the cart's item ids. Pure; returns `segs` itself when
 * nothing changes.
 */
export function cartDishesByNamePart(
  segs: readonly Segment[],
  tokens: readonly Token[],
  cart: readonly string[],
  index: MenuIndex,
): readonly Segment[] {
  if (cart.length === 0) return segs;
  const edits = saysRemoval(tokens) || CUES.update.has(tokens);
  const out: Segment[] = [];
  let k = 0;
  while (k < segs.length) {
    const pointer = segs[k - 1];
    const before = pointer ? tokens[pointer.start - 1] : undefined;
    const pointed =
      pointer?.type === 'word' && POINTERS.has(pointer.norm) && (edits || (before && ONTO.has(before.norm)));
    const found = pointed ? mentionAt(segs, k, tokens, cart, index) : undefined;
    if (found) {
      out.push({
        type: 'lex',
        start: (segs[k] as Segment).start,
        end: (segs[found.end - 1] as Segment).end,
        entries: found.ids.map((id) =>
          found.ids.length > 1 ? { kind: 'item', id, weak: true } : { kind: 'item', id },
        ),
        typos: 0,
      });
      k = found.end;
    } else out.push(segs[k++] as Segment);
  }
  return out.length === segs.length && out.every((s, i) => s === segs[i]) ? segs : out;
}

/**
 * The longest run of words from segment `k` (at most {@link MAX_WORDS}, content words only) that is a
 * part of the name or an alias of one or more cart dishes, and the end (exclusive) of its segments.
 */
function mentionAt(
  segs: readonly Segment[],
  k: number,
  tokens: readonly Token[],
  cart: readonly string[],
  index: MenuIndex,
): { end: number; ids: string[] } | undefined {
  let end = k;
  const words: string[] = [];
  while (end < segs.length) {
    const s = segs[end] as Segment;
    if (s.type !== 'word' && s.type !== 'lex') break;
    const keys = tokens.slice(s.start, s.end).map((t) => t.key);
    if (keys.some((w) => LEXICON_STOPWORDS.has(w)) || words.length + keys.length > MAX_WORDS) break;
    words.push(...keys);
    end++;
  }
  const after = segs[end];
  if (after?.type === 'word' && (after.norm === 'one' || after.norm === 'ones')) return undefined;
  const dishes = [...new Set(cart)];
  for (let e = end; e > k; e--) {
    const run = segs.slice(k, e);
    if (run.some((s) => s.type === 'lex' && s.entries.some((x) => namesOrTakes(x, dishes, index)))) continue;
    const said = run.flatMap((s) => tokens.slice(s.start, s.end).map((t) => t.key));
    const ids = dishes.filter((id) => namesOf(id, index).some((name) => holds(name, said)));
    if (ids.length > 0) return { end: e, ids };
  }
  return undefined;
}

/** The entry names a cart dish, or a choice one of them takes. */
function namesOrTakes(
  e: Extract<Segment, { type: 'lex' }>['entries'][number],
  dishes: readonly string[],
  index: MenuIndex,
): boolean {
  if (e.kind === 'item') return dishes.includes(e.id);
  if (e.kind === 'choice') return dishes.some((id) => index.sameChoiceOn(id, e.group, e.choice));
  return false;
}

/** `namesOf` per index and dish, read once (an index is built once per menu; the lists are only read). */
const NAMES = new WeakMap<MenuIndex, Map<string, readonly (readonly string[])[]>>();

/** The folded words of a dish's name and of each of its aliases. */
function namesOf(id: string, index: MenuIndex): readonly (readonly string[])[] {
  let byId = NAMES.get(index);
  if (!byId) {
    byId = new Map();
    NAMES.set(index, byId);
  }
  let names = byId.get(id);
  if (!names) {
    const item = index.items.get(id);
    // an id the menu lacks (a stale cart's) is not kept: the map holds the menu's dishes at most
    if (!item) return [];
    names = [item.name, ...item.aliases].map((n) =>
      normalize(n)
        .tokens.filter((t) => !t.punct)
        .map((t) => t.key),
    );
    byId.set(id, names);
  }
  return names;
}

/** `said` is a run of consecutive words of `name`. */
function holds(name: readonly string[], said: readonly string[]): boolean {
  for (let i = 0; i + said.length <= name.length; i++)
    if (said.every((w, j) => name[i + j] === w)) return true;
  return false;
}
