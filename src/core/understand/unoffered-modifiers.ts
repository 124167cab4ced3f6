import type { LineDraft } from './build-lines.ts';
import { COURTESY } from './courtesy-words.ts';
import type { MenuIndex } from './menu-index.ts';
import { PUT_VERBS, withoutPutVerb } from './modify-leads.ts';
import type { Token } from './normalize.ts';
import type { Segment } from './segment.ts';

/** Words that open a modifier of a dish ("with", "extra", "add", "more"), besides the `with` and `qual` segments. */
const OPENERS = new Set(['with', 'extra', 'add', 'more', 'plus', 'double', 'additional']);
/** Openers said back with the modifier ("extra butter"); the others are not ("with honey" → "honey"). */
const AMOUNT_OPENERS = new Set(['extra', 'more', 'double', 'additional']);
/** Verbs of wanting that lead a modifier pointed at a dish ("I'd like honey on my pancakes"). */
const WANT_VERBS = new Set(['want', 'like', 'need', 'get', 'have', 'love']);
/** Words skipped between the opener and the modifier ("with some ice", "with a little honey"). */
const FILLERS = new Set(['a', 'an', 'some', 'little', 'bit', 'of', 'lot', 'lots']);
/** Words that end a modifier or make the phrase no modifier ("with it", "with delivery", "please"). */
const STOPS = new Set([
  'the',
  'my',
  'me',
  'us',
  'you',
  'it',
  'them',
  'that',
  'this',
  'those',
  'these',
  'and',
  'or',
  'to',
  'on',
  'for',
  'in',
  'from',
  ...COURTESY,
  'too',
  'also',
  'as',
  'well',
  'then',
  'now',
  'today',
  'tonight',
  'delivery',
  'pickup',
  'cash',
  'card',
  'tip',
  'everything',
  'nothing',
  'all',
  'both',
  'again',
  'instead',
  'is',
  'was',
  'be',
  'i',
  'we',
]);
/** Words that point a modifier said before the dish at it ("extra butter on my naan"). */
const POINTERS = new Set(['on', 'to', 'for', 'in', 'with']);
const ARTICLES = new Set(['the', 'my', 'that', 'this', 'our']);
/** Longest modifier kept, in words. */
const MAX_WORDS = 3;

/**
 * "a plain naan with extra butter", "churros with extra cinnamon", "extra butter on my naan": words the
 * menu does not know said as a modifier of a dish (after "with", "extra", "add", or before "on / to /
 * for the / my <dish>") are no option of it, yet the customer said them: they join the line's
 * `unresolved` (as said, "extra butter"), so the dish is ordered and the reply says it does not come
 * with them, never dropping them silently. Words that name a dish when followed by one ("with extra
 * butter chicken") and function words ("with it", "with delivery") are left alone. Before the dish, a
 * modifier is led by an opener, a verb that puts ("put honey on my pancakes") or one of wanting ("I'd
 * like honey on my pancakes"), never part of it; with the menu's `index`, a group's name said so ("add
 * cheese to my biscuits") of no group the dish has is such a modifier too. In place on `lines`.
 */
export function readUnofferedModifiers(
  segs: readonly Segment[],
  tokens: readonly Token[],
  lines: LineDraft[],
  index?: Pick<MenuIndex, 'accepts' | 'groups'>,
): void {
  const key = (s: Segment) =>
    tokens
      .slice(s.start, s.end)
      .map((t) => t.key)
      .join(' ');
  const isOpener = (s: Segment | undefined): s is Segment =>
    s !== undefined &&
    (s.type === 'with' ||
      s.type === 'qual' ||
      ((s.type === 'word' || s.type === 'lex') && OPENERS.has(key(s))));
  const isFiller = (s: Segment) =>
    (s.type === 'qty' && s.value === 1) || (s.type === 'word' && FILLERS.has(s.norm));
  // "add honey to my biscuits": the request's verb is no part of the thing wanted
  const isVerb = (s: Segment) => s.type === 'word' && (PUT_VERBS.has(s.norm) || WANT_VERBS.has(s.norm));
  const isLead = (s: Segment | undefined): s is Segment => s !== undefined && (isOpener(s) || isVerb(s));
  const content = (s: Segment | undefined): s is Segment & { type: 'word' } =>
    s?.type === 'word' &&
    !STOPS.has(s.norm) &&
    !FILLERS.has(s.norm) &&
    !isVerb(s) &&
    !OPENERS.has(s.norm) &&
    /^\p{L}+$/u.test(s.norm);
  const said = (opener: Segment, words: Segment[]) => {
    const extra = opener.type === 'qual' || AMOUNT_OPENERS.has(key(opener));
    return `${extra ? `${key(opener)} ` : ''}${words.map(key).join(' ')}`;
  };
  const push = (line: LineDraft, text: string) => {
    if (!line.unresolved.includes(text)) line.unresolved.push(text);
  };
  for (const line of lines) {
    if (line.seg < 0 || line.action === 'remove') continue;
    // after the dish: "<dish> with (extra) <words>"
    let j = line.seg + 1;
    const opener = segs[j];
    if (isOpener(opener)) {
      j++;
      // "with extra butter": the opener may be two words
      if (opener.type === 'with' && isOpener(segs[j]) && segs[j]?.type !== 'with') j++;
      const lead = segs[j - 1] as Segment;
      while (segs[j] && isFiller(segs[j] as Segment)) j++;
      const words: Segment[] = [];
      while (content(segs[j]) && words.length < MAX_WORDS) words.push(segs[j++] as Segment);
      // "with extra butter chicken": the words lead into a dish of their own
      const next = segs[j];
      const intoDish = next?.type === 'lex' || next?.type === 'qty';
      if (words.length > 0 && !intoDish) push(line, said(lead === opener ? opener : lead, words));
    }
    // before the dish: "(add | extra | with) <words> on / to / for the / my <dish>"
    let k = line.seg - 1;
    if (!(segs[k]?.type === 'word' && ARTICLES.has((segs[k] as Segment & { type: 'word' }).norm))) continue;
    k--;
    if (!(segs[k]?.type === 'word' && POINTERS.has((segs[k] as Segment & { type: 'word' }).norm))) continue;
    k--;
    // "add cheese to my biscuits": a group's name ("Add cheese") of groups the dish does not have
    const group = segs[k];
    const groupSaid =
      group?.type === 'lex'
        ? withoutPutVerb(
            tokens
              .slice(group.start, group.end)
              .map((t) => t.norm)
              .join(' '),
          )
        : '';
    if (group?.type === 'lex' && index && !takesGroupSaid(group, groupSaid, line.itemId, index)) {
      let m = k - 1;
      while (segs[m] && isFiller(segs[m] as Segment)) m--;
      const opensWithVerb = PUT_VERBS.has(tokens[group.start]?.norm ?? '');
      if (isLead(segs[m]) || opensWithVerb || m < 0) push(line, groupSaid);
      continue;
    }
    const before: Segment[] = [];
    while (content(segs[k]) && before.length < MAX_WORDS) before.unshift(segs[k--] as Segment);
    while (segs[k] && isFiller(segs[k] as Segment)) k--;
    const lead = segs[k];
    if (before.length > 0 && isLead(lead)) push(line, said(lead, before));
  }
}

/**
 * False when the segment names option groups only and none is one the dish has, by the groups it names
 * nor by `said` (its words less a put verb: "add cheese" names the Add cheese group, and "cheese" the
 * cheeseburger's Cheese); true for anything else.
 */
function takesGroupSaid(
  s: Segment & { type: 'lex' },
  said: string,
  itemId: string,
  index: Pick<MenuIndex, 'accepts' | 'groups'>,
): boolean {
  const groups = s.entries.flatMap((e) => (e.kind === 'group' ? [e.group] : []));
  if (groups.length === 0 || groups.length !== s.entries.length) return true;
  if (groups.some((g) => index.accepts(itemId, g))) return true;
  return [...index.groups.values()].some(
    (g) => index.accepts(itemId, g.id) && [g.name, ...g.aliases].some((name) => name.toLowerCase() === said),
  );
}
