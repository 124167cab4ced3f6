import type { LineDraft } from './build-lines.ts';
import { ACKNOWLEDGEMENTS, COURTESY } from './courtesy-words.ts';
import { GLUE } from './line-rules.ts';
import type { MenuIndex } from './menu-index.ts';
import type { Token } from './normalize.ts';
import { normalize } from './normalize.ts';
import type { Segment } from './segment.ts';

/**
 * "iced" or "hot please" right after a latte was ordered: a message that is only a word of another
 * dish's name (the Iced Black Tea, the Hot Tea: neither its name nor an alias) which is also a choice of
 * exactly one cart dish's groups is a change of that cart dish (an `update` line with the choice), never
 * an order of the dish the word begins. Lines of any other message pass as they are.
 */
export function cartChoiceAlone(
  lines: readonly LineDraft[],
  segs: readonly Segment[],
  tokens: readonly Token[],
  cart: readonly string[],
  index: MenuIndex,
): readonly LineDraft[] {
  const line = lines[0];
  if (cart.length === 0 || lines.length !== 1 || !line) return lines;
  if ((line.action ?? 'add') !== 'add' || line.quantityExplicit) return lines;
  if (line.options.length > 0 || line.without.length > 0 || line.note) return lines;
  const seg = segs[line.seg];
  if (seg?.type !== 'lex') return lines;
  const alone = segs.every(
    (s, k) =>
      k === line.seg ||
      s.type === 'break' ||
      (s.type === 'word' && (GLUE.has(s.norm) || COURTESY.has(s.norm) || ACKNOWLEDGEMENTS.has(s.norm))),
  );
  if (!alone) return lines;
  const said = tokens
    .slice(seg.start, seg.end)
    .map((t) => t.key)
    .join(' ');
  const item = index.items.get(line.itemId);
  if (!item || namesOf(item).includes(said)) return lines;
  const choices = seg.entries.flatMap((e) => (e.kind === 'choice' && !e.part ? [e] : []));
  const takers = [...new Set(cart)].flatMap((id) => {
    const c = choices.find((x) => id !== line.itemId && index.accepts(id, x.group));
    return c ? [{ id, c }] : [];
  });
  if (takers.length !== 1) return lines;
  const { id, c } = takers[0] as (typeof takers)[number];
  return [
    {
      itemId: id,
      name: index.items.get(id)?.name ?? id,
      quantity: 1,
      quantityExplicit: false,
      options: [
        {
          group: c.group,
          choice: c.choice,
          choiceName: index.choice(c.group, c.choice)?.name ?? c.choice,
          quantity: 1,
        },
      ],
      without: [],
      unresolved: [],
      span: line.span,
      action: 'update',
      seg: line.seg,
    },
  ];
}

/** A dish's name and aliases as folded words. */
function namesOf(item: { name: string; aliases?: readonly string[] }): string[] {
  return [item.name, ...(item.aliases ?? [])].map((n) =>
    normalize(n)
      .tokens.map((t) => t.key)
      .join(' '),
  );
}
