import type { Menu } from '../../domain/menu-schema.ts';
import type { Lexicon } from './lexicon.ts';
import { normalize } from './normalize.ts';

/**
 * Coffee-chain cup sizes customers carry from one café to another, with the volume each names in fluid
 * ounces (Starbucks' published hot-drink sizes: short 8, tall 12, grande 16, venti 20) and its rank from
 * the smallest of the everyday three (tall, grande, venti).
 */
const CUP_SIZES: ReadonlyArray<{ word: string; oz: number; rank?: number }> = [
  { word: 'short', oz: 8 },
  { word: 'tall', oz: 12, rank: 0 },
  { word: 'grande', oz: 16, rank: 1 },
  { word: 'venti', oz: 20, rank: 2 },
];

const SIZE_NAMES = [['small'], ['medium', 'regular'], ['large']] as const;

/**
 * "a grande latte" where the menu's sizes are Small (12 oz), Medium (16 oz), Large (20 oz): each chain
 * size word is indexed as the size choice stating the same volume, else (a three-size group named
 * small / medium / large) the choice of the same rank. A word the menu already uses anywhere, or a
 * group that is no cup size, is left alone.
 */
export function addCupSizeWords(lexicon: Lexicon, menu: Menu): void {
  const used = new Set(
    [
      ...menu.items.flatMap((i) => [i.name, ...i.aliases]),
      ...menu.optionGroups.flatMap((g) => g.choices.flatMap((c) => [c.name, ...c.aliases])),
    ].flatMap((p) => normalize(p).tokens.map((t) => t.key)),
  );
  for (const g of menu.optionGroups) {
    if (g.selection !== 'single') continue;
    const words = g.choices.map((c) =>
      [c.name, ...c.aliases].map((p) => normalize(p).tokens.map((t) => t.key)),
    );
    const ozOf = words.map((phrases) => {
      for (const p of phrases)
        for (let i = 0; i + 1 < p.length; i++)
          if (p[i + 1] === 'oz' && /^\d+$/.test(p[i] as string)) return Number(p[i]);
      return undefined;
    });
    const rankOf = words.map((phrases) =>
      SIZE_NAMES.findIndex((names) => phrases.some((p) => p.length === 1 && names.includes(p[0] as never))),
    );
    const ranked = rankOf.filter((r) => r >= 0).length === 3 && new Set(rankOf).size === g.choices.length;
    if (!ozOf.some((o) => o !== undefined) && !ranked) continue;
    for (const size of CUP_SIZES) {
      if (used.has(size.word)) continue;
      let at = ozOf.indexOf(size.oz);
      if (at < 0 && ozOf.every((o) => o === undefined) && ranked && size.rank !== undefined)
        at = rankOf.indexOf(size.rank);
      const c = g.choices[at];
      if (c) lexicon.add(size.word, { kind: 'choice', group: g.id, choice: c.id });
    }
  }
}
