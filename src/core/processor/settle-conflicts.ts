import type { Command } from '../commands/command.ts';
import type { Refusal } from './refusal.ts';

/** A command and the generator that proposed it. */
export interface Sourced {
  cmd: Command;
  source: string;
}

/** Commands that add up when said twice ("a coke ... and a coke"); the rest mean the same said twice. */
const ADDITIVE = new Set<Command['type']>(['add_item', 'remove_item']);

/**
 * De-duplicates and settles contradictions among one message's commands, keeping the order they were
 * said in:
 * - the same command from two generators counts once; a non-additive command said twice counts once;
 * - one generator adding the same item with the same options twice ("a samosa. a samosa.") becomes one
 *   addition of the summed quantity (one cart line, and the quantity caps see the whole amount);
 * - adding and removing one item in one message: the later one stands ("a coke... no, no coke");
 * - a yes and a no in one message ("yes... actually no"): the no stands, a yes is never inferred;
 * - the thanks of a polite no ("no thanks") is part of the no, not gratitude to answer;
 * - a goodbye read beside a hand-off ("talk to a person") is not a leaving: the hand-off stands alone;
 * - one checkout slot given twice: the later value stands.
 */
export function settleConflicts(commands: readonly Sourced[]): { kept: Sourced[]; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const drop = new Set<number>();
  commands.forEach((c, i) => {
    for (let j = 0; j < i; j++) {
      if (drop.has(j)) continue;
      const earlier = commands[j] as Sourced;
      if (JSON.stringify(earlier.cmd) !== JSON.stringify(c.cmd)) continue;
      if (earlier.source !== c.source || !ADDITIVE.has(c.cmd.type)) {
        drop.add(i);
        refusals.push({ command: c.cmd, source: c.source, reason: 'duplicate' });
        return;
      }
    }
  });
  const hasDeny = commands.some((c, i) => !drop.has(i) && c.cmd.type === 'deny');
  const hasHandoff = commands.some((c, i) => !drop.has(i) && c.cmd.type === 'handoff');
  commands.forEach((c, i) => {
    if (drop.has(i)) return;
    const why =
      c.cmd.type === 'confirm' && hasDeny
        ? 'a no in the same message'
        : c.cmd.type === 'chitchat' && c.cmd.kind === 'thanks' && hasDeny
          ? 'the thanks of a polite no'
          : c.cmd.type === 'chitchat' && c.cmd.kind === 'goodbye' && hasHandoff
            ? 'a hand-off is not a goodbye'
            : contradictedLater(
                c.cmd,
                commands.slice(i + 1).filter((_, k) => !drop.has(i + 1 + k)),
              );
    if (why === undefined) return;
    drop.add(i);
    refusals.push({ command: c.cmd, source: c.source, reason: 'conflict', detail: why });
  });
  return { kept: mergeAdditions(commands.filter((_, i) => !drop.has(i))), refusals };
}

/** An addition's identity apart from its quantity (item, options, removals, "more"). */
const additionKey = (c: Command) =>
  c.type === 'add_item' ? JSON.stringify({ ...c, quantity: 0 }) : undefined;

/**
 * Sums one generator's repeated additions of the same item and options into the first of them, in place:
 * "add a samosa. add a samosa." adds 2 × Samosa once. An addition whose count is unknown ("some
 * samosas") is asked once.
 */
function mergeAdditions(kept: readonly Sourced[]): Sourced[] {
  const out: Sourced[] = [];
  const first = new Map<string, number>();
  for (const c of kept) {
    const key = additionKey(c.cmd);
    const at = key === undefined ? undefined : first.get(`${c.source}:${key}`);
    const earlier = at === undefined ? undefined : out[at];
    if (
      key === undefined ||
      earlier === undefined ||
      earlier.cmd.type !== 'add_item' ||
      c.cmd.type !== 'add_item'
    ) {
      if (key !== undefined) first.set(`${c.source}:${key}`, out.length);
      out.push(c);
      continue;
    }
    if (!c.cmd.quantityUnknown)
      out[at as number] = {
        ...earlier,
        cmd: { ...earlier.cmd, quantity: earlier.cmd.quantity + c.cmd.quantity },
      };
  }
  return out;
}

const itemOf = (c: Command) =>
  c.type === 'add_item' || (c.type === 'remove_item' && c.target === 'named') ? c.itemId : undefined;
const slotOf = (c: Command) => (c.type === 'set_slot' || c.type === 'correct_slot' ? c.slot : undefined);

/** Why a later command of the same message contradicts `cmd` (same item added and removed, same slot twice). */
function contradictedLater(cmd: Command, later: readonly Sourced[]): string | undefined {
  const item = itemOf(cmd);
  const slot = slotOf(cmd);
  for (const { cmd: next } of later) {
    if (item !== undefined && next.type !== cmd.type && itemOf(next) === item)
      return `${next.type} of the same item later in the message`;
    if (slot !== undefined && slotOf(next) === slot) return 'the same slot given again later';
  }
  return undefined;
}
