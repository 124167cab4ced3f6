import type { Venue } from '../../domain/venue.ts';
import { Command, isCheckedCommand } from '../commands/command.ts';
import type { Generation } from '../ports/command-generator.ts';
import type { SessionState } from '../state/session-state.ts';
import { refusalInState } from './command-policy.ts';
import type { Refusal } from './refusal.ts';
import { resolveCommand } from './resolve-command.ts';
import { type Sourced, settleConflicts } from './settle-conflicts.ts';

/** What the engine runs, in order, and what the processor refused (with reasons) on the way. */
export interface ProcessedCommands {
  commands: Command[];
  refusals: Refusal[];
}

/**
 * The command processor between the generators and the dialog engine (as in Rasa CALM's command
 * processor). In order:
 * 1. validation: each proposed command is parsed with the closed language's zod schema (but for one
 *    already parsed so, `isCheckedCommand`: the rule generator's); anything else is refused (`invalid`);
 * 2. resolution against the menu (`resolveCommand`): unknown or ambiguous items become clarifying
 *    questions, never guesses; unknown options, categories and moods are taken off;
 * 3. merging: generators' commands are concatenated in the order the generators are given (the first
 *    is the primary reading), then de-duplicated and their conflicts settled (`settleConflicts`);
 * 4. policy: commands the dialog does not allow in its current state are refused (`COMMAND_POLICY`).
 * When everything was refused, the customer is asked to rephrase rather than nothing happening.
 * Pure and synchronous: no backend call, no mutation of `state`.
 */
export function processCommands(
  generations: readonly Generation[],
  state: Readonly<SessionState>,
  venue: Venue,
): ProcessedCommands {
  const refusals: Refusal[] = [];
  const resolved: Sourced[] = [];
  for (const generation of generations)
    for (const proposed of generation.commands) {
      // the rule generator's commands were parsed as it made them (`checkedCommand`): not again
      const parsed = isCheckedCommand(proposed.command)
        ? { success: true as const, data: proposed.command }
        : Command.safeParse(proposed.command);
      if (!parsed.success) {
        refusals.push({
          command: proposed.command,
          source: generation.source,
          reason: 'invalid',
          detail: parsed.error.issues[0]?.message,
        });
        continue;
      }
      const resolution = resolveCommand(parsed.data, venue, generation.source);
      refusals.push(...resolution.refusals);
      for (const cmd of resolution.commands) resolved.push({ cmd, source: generation.source });
    }
  const settled = settleConflicts(resolved);
  refusals.push(...settled.refusals);
  const commands: Command[] = [];
  for (const { cmd, source } of settled.kept) {
    const why = refusalInState(cmd, state);
    if (why) refusals.push({ command: cmd, source, reason: 'not_allowed', detail: why });
    else commands.push(cmd);
  }
  const proposedAny = generations.some((g) => g.commands.length > 0);
  if (commands.length === 0 && proposedAny)
    commands.push({ type: 'clarify', reason: 'not_understood', choices: [] });
  return { commands, refusals };
}
