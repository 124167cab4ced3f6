import { choiceName } from '../../domain/choice-name.ts';
import type { Venue } from '../../domain/venue.ts';

/** Longest note a command carries (the command schema's limit, src/core/commands/command.ts). */
const NOTE_LIMIT = 120;

type Qualified = {
  group: string;
  choice: string;
  qualifier?: string | undefined;
  quantity?: number | undefined;
};

/**
 * Options whose qualifier ("extra", "light") the choice's group does not take ("extra hot" where Hot or
 * Iced takes none): the qualifier is taken off the option, which stays chosen, and said to the kitchen
 * as a note instead ("extra hot"), so the backend never refuses the line for it and the wish is not
 * lost. "Extra" (or "double") on a choice its group lets a customer take more than once (a second
 * scoop of salmon where the protein group takes no qualifiers but a choice up to three times) is that
 * choice taken twice, never a note. Returns the options and the note (`note` with the new words after a comma; unchanged when every
 * qualifier is allowed). Pure.
 */
export function qualifiersAsNotes<T extends Qualified>(
  menu: Venue['menu'],
  options: readonly T[],
  note: string | undefined,
): { options: T[]; note: string | undefined } {
  const words: string[] = [];
  const kept = options.map((o) => {
    if (o.qualifier === undefined) return o;
    const group = menu.optionGroups.find((g) => g.id === o.group);
    if (!group || (group.qualifiers as readonly string[]).includes(o.qualifier)) return o;
    const choice = group.choices.find((c) => c.id === o.choice);
    if (o.qualifier === 'extra' && (o.quantity ?? 1) === 1 && (choice?.maxQuantity ?? 1) >= 2) {
      const { qualifier: _twice, ...once } = o;
      return { ...once, quantity: 2 } as T;
    }
    const name = choiceName(menu, o);
    // "Large (20 oz)" is said as "extra large": the name without its parenthesised detail
    words.push(
      `${o.qualifier} ${name
        .replace(/\s*\([^)]*\)/g, '')
        .trim()
        .toLowerCase()}`,
    );
    const { qualifier: _taken, ...rest } = o;
    return rest as T;
  });
  if (words.length === 0) return { options: [...options], note };
  return { options: kept, note: [note, ...words].filter(Boolean).join(', ').slice(0, NOTE_LIMIT) };
}
