import type { Command, CommandType } from '../commands/command.ts';
import type { SessionState } from '../state/session-state.ts';

type Rule = (cmd: Command, state: Readonly<SessionState>) => string | undefined;

const top = (state: Readonly<SessionState>) => state.frames.at(-1);

/**
 * What the dialog allows in its current state, per command type: a rule returns why the command is not
 * allowed now, or undefined. Types without a rule are always allowed (the engine answers them in any
 * state). The engine's own checks (stock, diet, caps) still run after this table.
 */
export const COMMAND_POLICY: Partial<Record<CommandType, Rule>> = {
  choose_option: (cmd, state) =>
    cmd.type === 'choose_option' &&
    !state.frames.some((f) => f.kind === 'choose_option' && f.slots.group === cmd.group)
      ? 'no option question for that group is open'
      : undefined,
  amend_pending: (cmd, state) =>
    cmd.type === 'amend_pending' &&
    !state.frames.some((f) => f.kind === 'choose_option' && f.slots.group === cmd.group)
      ? 'no option question for that group is open'
      : undefined,
  choose: (_cmd, state) => (top(state)?.kind === 'clarify' ? undefined : 'no choice was offered'),
  skip: (_cmd, state) => (state.pending ? undefined : 'no question to skip'),
};

/** Why `cmd` is not allowed in `state` now, or undefined when it is. */
export function refusalInState(cmd: Command, state: Readonly<SessionState>): string | undefined {
  return COMMAND_POLICY[cmd.type]?.(cmd, state);
}
