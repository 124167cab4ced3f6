import type { Menu } from '../../domain/menu-schema.ts';
import { LEXICON_STOPWORDS } from './common-words.ts';
import { normalize } from './normalize.ts';

type OptionGroup = Menu['optionGroups'][number];

/** One phrase a numbered choice is also said by. */
export interface NumberedChoicePhrase {
  readonly choice: string;
  readonly phrase: string;
}

/** Words customers put before a level's number whatever the group is called ("level 3", "lvl 3"). */
const LEVEL_WORDS = ['level', 'lvl', 'lv'];

/** The level number a choice's name carries ("Hot (3)", "3 - Spicy", "Level 3"), with the words around it. */
function levelOf(name: string): { n: number; words: string } | undefined {
  const toks = normalize(name).tokens.filter((t) => !t.punct && /[\p{L}\p{N}]/u.test(t.norm));
  const nums = toks.filter((t) => t.num !== undefined);
  if (nums.length !== 1) return undefined;
  const n = nums[0]?.num as number;
  if (!Number.isInteger(n) || n < 0 || n > 10) return undefined;
  return {
    n,
    words: toks
      .filter((t) => t.num === undefined)
      .map((t) => t.norm)
      .join(' '),
  };
}

/** Number words a level is also said by ("level three", "a two on the spice"). */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The levels of a group whose choices form a numbered scale (see `numberedChoicePhrases`): each level's
 * number with its choice id and the words beside the number. Empty when the group is no such scale.
 */
export function numberedLevels(group: OptionGroup): { n: number; choice: string; words: string }[] {
  if (group.selection !== 'single') return [];
  const levels = group.choices.flatMap((c) => {
    const level = levelOf(c.name);
    return level ? [{ n: level.n, choice: c.id, words: level.words }] : [];
  });
  if (levels.length < 3) return [];
  const nums = levels.map((x) => x.n).sort((a, b) => a - b);
  if ((nums[0] as number) > 1) return [];
  for (let i = 1; i < nums.length; i++) if (nums[i] !== (nums[i - 1] as number) + 1) return [];
  return levels;
}

/**
 * A reply to the question on a numbered scale that is a level said by its number alone, in digits or
 * words, with an article, a level word or a choosing lead-in: "4", "a 4", "level three", "make it a 4",
 * "let's go with a two", "a 2 please" ("make it 4" without the article stays a count). The choice id, or undefined when the text is no such reply or
 * names no level of the group. Read only where that group's question is pending: elsewhere a bare
 * number is a count.
 */
export function levelAnswer(text: string, group: OptionGroup): string | undefined {
  const levels = numberedLevels(group);
  if (levels.length === 0) return undefined;
  const m = LEVEL_ANSWER.exec(
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );
  const said = m?.[1];
  if (said === undefined) return undefined;
  const n = /^\d+$/.test(said) ? Number(said) : NUMBER_WORDS.indexOf(said);
  return levels.find((x) => x.n === n)?.choice;
}

const LEVEL_ANSWER = new RegExp(
  String.raw`^(?:(?:ok|okay|um|hmm|uh|yeah|lets say|say|i guess|i think)\s+)*(?:(?:make it|make that)\s+an?\s+|(?:(?:lets do|lets go with|go with|ill go with|ill take|ill have|id like|give me|do|id say|i want|can i get|can i have)\s+)?(?:an?\s+)?)(?:(?:level|lvl|lv|number)\s+)?(\d{1,2}|${NUMBER_WORDS.join('|')})(?:\s+(?:please|thanks|thank you|then|for me|is fine|is good))*$`,
);

/**
 * The phrases of a group whose choices form a numbered scale, as menus write heat and doneness levels
 * ("Mild (1)" … "Fire (5)", "1 - Mild" … "5 - Lava", "Level 1" … "Level 5"): at least three single-pick
 * choices carrying consecutive whole numbers from 0 or 1, at most 10. Each numbered choice is also said
 * by its number after the group's name or alias or a level word ("spice 3", "spice level 3", "heat 3",
 * "level 3", "lvl 3"), by its number over the scale's top ("3/5", "3 out of 5"), and, when the words
 * beside its number name no other choice of the group, by those words alone and before the group's
 * name ("hot", "extra hot", "mild spice"). A group of counts ("5 Pieces", "10 Pieces") is no scale: its
 * numbers are not consecutive. The number is never said first alone ("2 spicy ramen" is a count).
 */
export function numberedChoicePhrases(group: OptionGroup): NumberedChoicePhrase[] {
  if (group.selection !== 'single') return [];
  const levels = group.choices
    .map((c) => ({ choice: c, level: levelOf(c.name) }))
    .filter((x): x is { choice: OptionGroup['choices'][number]; level: { n: number; words: string } } =>
      Boolean(x.level),
    );
  if (levels.length < 3) return [];
  const nums = levels.map((x) => x.level.n).sort((a, b) => a - b);
  if ((nums[0] as number) > 1) return [];
  for (let i = 1; i < nums.length; i++) if (nums[i] !== (nums[i - 1] as number) + 1) return [];
  const top = nums[nums.length - 1] as number;
  const labels = [group.name, ...group.aliases]
    .map((p) =>
      normalize(p)
        .tokens.filter((t) => !t.punct)
        .map((t) => t.norm)
        .join(' '),
    )
    .filter((p) => p.length > 0);
  const wordCount = new Map<string, number>();
  for (const x of levels) wordCount.set(x.level.words, (wordCount.get(x.level.words) ?? 0) + 1);
  const taken = new Set(
    group.choices
      .flatMap((c) => (levelOf(c.name) ? c.aliases : [c.name, ...c.aliases]))
      .map((p) => p.toLowerCase()),
  );
  const out: NumberedChoicePhrase[] = [];
  for (const { choice, level } of levels) {
    const { n, words } = level;
    const add = (phrase: string) => out.push({ choice: choice.id, phrase });
    for (const label of [...labels, ...LEVEL_WORDS]) {
      add(`${label} ${n}`);
      add(`${label} ${n} / ${top}`);
      add(`${n} / ${top} ${label}`);
    }
    for (const label of labels) add(`${label} level ${n}`);
    // "level three", "spice three", "a 2 on the spice", "level 3 heat", "heat of 4"
    const word = NUMBER_WORDS[n] as string;
    for (const label of [...labels, ...LEVEL_WORDS]) add(`${label} ${word}`);
    for (const label of labels) {
      add(`${label} level ${word}`);
      for (const said of [`${n}`, word]) {
        add(`${said} on the ${label}`);
        add(`${said} on ${label}`);
        add(`${label} of ${said}`);
        for (const lw of LEVEL_WORDS) add(`${lw} ${said} ${label}`);
      }
    }
    add(`${n} / ${top}`);
    add(`${n} out of ${top}`);
    const wordsUsable =
      words.length > 0 &&
      wordCount.get(words) === 1 &&
      !taken.has(words) &&
      !words.split(' ').every((w) => LEXICON_STOPWORDS.has(w));
    if (wordsUsable) {
      add(words);
      for (const label of labels) add(`${words} ${label}`);
    }
  }
  return out;
}
