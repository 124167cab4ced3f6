import type { Venue } from '../../domain/venue.ts';
import type { Command } from '../commands/command.ts';
import { nearestItems } from './nearest-items.ts';
import { qualifiersAsNotes } from './qualifiers-as-notes.ts';
import type { Refusal } from './refusal.ts';

type Option = { group: string; choice: string };
type Menu = Venue['menu'];
/** The command being resolved, its menu and source, and the refusals so far. */
interface Resolving {
  cmd: Command;
  menu: Menu;
  source: string;
  refusals: Refusal[];
}

// the helpers below are module functions, not closures made per call: under tsx (esbuild's keepNames)
// every named closure costs a defineProperty each time it is made

function findItem(menu: Menu, id: string) {
  return menu.items.find((i) => i.id === id);
}

/** An unknown item: a clarifying question with the nearest menu names, and its refusal. */
function unknownItemOf({ cmd, source }: Resolving, venue: Venue, id: string): Resolution {
  return {
    commands: [
      {
        type: 'clarify',
        reason: 'unknown_item',
        heard: id.replace(/-/g, ' '),
        choices: nearestItems(venue, id),
      },
    ],
    refusals: [{ command: cmd, source, reason: 'unknown_item', detail: id }],
  };
}

/** Options that exist (on the item, when one is known); the rest become refusals (and clarifications). */
function keptOptions<T extends Option>(
  { cmd, menu, source, refusals }: Resolving,
  options: readonly T[],
  itemId: string | undefined,
): T[] {
  const item = itemId ? findItem(menu, itemId) : undefined;
  return options.filter((o) => {
    const group = menu.optionGroups.find((g) => g.id === o.group);
    const ok =
      group?.choices.some((c) => c.id === o.choice) &&
      (item === undefined || item.optionGroups.includes(o.group));
    if (!ok)
      refusals.push({ command: cmd, source, reason: 'unknown_option', detail: `${o.group}/${o.choice}` });
    return ok;
  });
}

/** The clarifications for the options refused so far. */
function unknownOptionsOf(refusals: readonly Refusal[]): Command[] {
  return refusals
    .filter((r) => r.reason === 'unknown_option')
    .map((r) => ({
      type: 'clarify',
      reason: 'unknown_item',
      heard: (r.detail?.split('/')[1] ?? '').replace(/-/g, ' '),
      choices: [],
    }));
}

/** The command as the engine may run it (possibly rewritten), and what was refused on the way. */
export interface Resolution {
  commands: Command[];
  refusals: Refusal[];
}

/**
 * Resolves one validated command against the menu: every item, option group and choice, category and
 * mood it names must exist on this venue (and an option must belong to the item's groups; an item
 * question's group and choices must exist on the menu, else they are taken off). An unknown
 * item becomes a clarifying question with the nearest menu names, never a guess; an unknown option is
 * taken off the command and told as an unknown item; an unknown category or mood is dropped from the
 * command. Pure: no backend call (stock and availability are the engine's, through the backend).
 */
export function resolveCommand(cmd: Command, venue: Venue, source: string): Resolution {
  const refusals: Refusal[] = [];
  const menu = venue.menu;
  const at: Resolving = { cmd, menu, source, refusals };

  switch (cmd.type) {
    case 'add_item': {
      if (!findItem(menu, cmd.itemId)) return unknownItemOf(at, venue, cmd.itemId);
      const { options, note } = qualifiersAsNotes(menu, keptOptions(at, cmd.options, cmd.itemId), cmd.note);
      const without = keptOptions(at, cmd.without, cmd.itemId);
      const noted = note ? { note } : {};
      return { commands: [{ ...cmd, options, without, ...noted }, ...unknownOptionsOf(refusals)], refusals };
    }
    case 'update_item': {
      if (cmd.itemId && !findItem(menu, cmd.itemId)) return unknownItemOf(at, venue, cmd.itemId);
      if (cmd.replaceWith && !findItem(menu, cmd.replaceWith))
        return unknownItemOf(at, venue, cmd.replaceWith);
      const target = cmd.replaceWith ?? cmd.itemId;
      const out: Command = { ...cmd };
      if (cmd.options) {
        const { options, note } = qualifiersAsNotes(menu, keptOptions(at, cmd.options, target), cmd.note);
        out.options = options;
        if (note) out.note = note;
      }
      if (cmd.without) out.without = keptOptions(at, cmd.without, target);
      if (cmd.reask) {
        const known = cmd.reask.filter((g) => menu.optionGroups.some((x) => x.id === g));
        if (known.length > 0) out.reask = known;
        else delete out.reask;
        const offered = (cmd.reaskChoices ?? []).filter((c) =>
          menu.optionGroups.some((x) => known.includes(x.id) && x.choices.some((y) => y.id === c)),
        );
        if (offered.length >= 2) out.reaskChoices = offered;
        else delete out.reaskChoices;
      }
      if (cmd.category && !menu.categories.some((c) => c.id === cmd.category)) {
        refusals.push({ command: cmd, source, reason: 'unknown_category', detail: cmd.category });
        delete out.category;
      }
      return { commands: [out, ...unknownOptionsOf(refusals)], refusals };
    }
    case 'item_info': {
      if (cmd.itemId && !findItem(menu, cmd.itemId)) return unknownItemOf(at, venue, cmd.itemId);
      const out = { ...cmd };
      if (cmd.group && !menu.optionGroups.some((g) => g.id === cmd.group)) {
        refusals.push({ command: cmd, source, reason: 'unknown_option', detail: cmd.group });
        delete out.group;
      }
      if (cmd.choices)
        out.choices = cmd.choices.filter((id) => {
          const known = menu.optionGroups.some((g) => g.choices.some((c) => c.id === id));
          if (!known) refusals.push({ command: cmd, source, reason: 'unknown_option', detail: id });
          return known;
        });
      return { commands: [out], refusals };
    }
    case 'remove_item':
    case 'choose':
      if (cmd.itemId && !findItem(menu, cmd.itemId)) return unknownItemOf(at, venue, cmd.itemId);
      return { commands: [cmd], refusals };
    case 'choose_option':
      return keptOptions(at, [cmd], undefined).length === 1
        ? { commands: [cmd], refusals }
        : { commands: unknownOptionsOf(refusals), refusals };
    case 'browse': {
      if (cmd.category && !menu.categories.some((c) => c.id === cmd.category)) {
        refusals.push({ command: cmd, source, reason: 'unknown_category', detail: cmd.category });
        const { category: _dropped, ...rest } = cmd;
        return { commands: [rest], refusals };
      }
      return { commands: [cmd], refusals };
    }
    case 'recommend': {
      if (cmd.mood && !venue.moods.some((m) => m.id === cmd.mood)) {
        refusals.push({ command: cmd, source, reason: 'unknown_mood', detail: cmd.mood });
        const { mood: _dropped, ...rest } = cmd;
        return { commands: [rest], refusals };
      }
      return { commands: [cmd], refusals };
    }
    default:
      return { commands: [cmd], refusals };
  }
}
