import { ARTICLES } from './courtesy-words.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './normalize.ts';

/** Words that say a portion served beside the rest: "a side of grits", "a side order of fries". */
const SIDE_FRAMES: readonly (readonly string[])[] = [
  ['side', 'order', 'of'],
  ['side', 'of'],
];

/**
 * "with a side of grits", "and a side order of onion rings": "side of" only frames what is ordered after
 * it. The frame's words, and the article before them, are dropped (offsets of the rest kept) when a dish,
 * or a choice of an option group the word "side" names, starts right after them and the frame is no menu
 * name of its own ("Side of Hash Browns" stays the dish; "a side of ranch" beside a pizza stays a side).
 * Pure.
 */
export function withoutSideFrame(tokens: readonly Token[], lexicon: Lexicon): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const frame = SIDE_FRAMES.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));
    if (frame) {
      const own = lexicon.match(tokens, i);
      const after = lexicon.match(tokens, i + frame.length);
      // the option groups "side" names (a breakfast's potato side, a burger's combo side): their choices
      // are the side; a choice of another group ("a side of ranch" beside a pizza) keeps the frame
      const sideGroups = new Set(own?.entries.flatMap((e) => (e.kind === 'group' ? [e.group] : [])) ?? []);
      const ordered =
        after?.typos === 0 &&
        after.entries.some((e) => e.kind === 'item' || (e.kind === 'choice' && sideGroups.has(e.group)));
      if (ordered && (!own || own.end <= i + 1)) {
        // "a side of fries" is "fries": the article counted the side, not a dish to imply from a choice
        if (ARTICLES.has(out.at(-1)?.norm ?? '')) out.pop();
        i += frame.length - 1;
        continue;
      }
    }
    out.push(tokens[i] as Token);
  }
  return out;
}
