import { singularOf } from '../understand/singular.ts';

/** What a list reply names: the qualifiers said before the head, the head noun phrase, what follows it. */
export interface ListedWhat {
  /** "mild", "vegetarian": said before the head. */
  qualifiers: readonly string[];
  /** "cold subs", "burritos & bowls", "dishes": a plural noun phrase, or "our menu". */
  head: string;
  /** " without gluten": said after the head, with its leading space. */
  tail: string;
  /** The tail said of one dish when it differs (" that isn't spicy" for " that aren't spicy"). */
  tailOne?: string;
}

/**
 * The noun phrase a list reply introduces, agreeing with how many dishes it lists: "the vegetarian cold
 * subs" for several, "the one vegetarian cold sub" for one (the head's last word made singular); a head
 * the singular would mangle ("burritos & bowls") is named as "the one vegetarian dish from our burritos &
 * bowls". A head with no plural word (a section named "Breakfast" or "Brewed Coffee") lists "the breakfast
 * items". The menu as a whole stays "our menu".
 */
export function listedNounPhrase(what: ListedWhat, count: number): string {
  const before = what.qualifiers.length > 0 ? `${what.qualifiers.join(' ')} ` : '';
  if (what.head === 'our menu') return `${before}${what.head}${what.tail}`.trim();
  if (count !== 1) {
    // a section named by no plural noun ("Breakfast", "Brewed Coffee", "Espresso Bar") lists its items
    const plural = what.head.split(/[\s&,]+/).some((w) => w !== '' && singularOf(w) !== w);
    return `the ${before}${what.head}${plural ? '' : ' items'}${what.tail}`;
  }
  const tail = what.tailOne ?? what.tail;
  const words = what.head.split(' ');
  const last = words.at(-1) ?? '';
  const single = singularOf(last);
  if (words.length <= 3 && !/&|\band\b|,/.test(what.head) && single !== last)
    return `the one ${before}${[...words.slice(0, -1), single].join(' ')}${tail}`;
  return `the one ${before}dish from our ${what.head}${tail}`;
}
