import { z } from 'zod';
import { Command, type CommandType } from '../commands/command.ts';
import { SUMMARY_QUESTION } from '../dialog/unambiguous-yes.ts';
import type { SessionState } from '../state/session-state.ts';

/** The zod schema of one command type of the closed language (`src/core/commands/command.ts`). */
export function commandSchemaOf<T extends CommandType>(type: T) {
  const option = Command.options.find((o) => o.shape.type.value === type);
  if (!option) throw new Error(`no command type ${type}`);
  return option as Extract<(typeof Command.options)[number], { shape: { type: z.ZodLiteral<T> } }>;
}

/**
 * The command types the model may propose in this dialog state, in the language's order. Answers need
 * the question they answer: `choose_option` an open option question, `choose` an offered choice,
 * `set_quantity` a "how many?", `skip` and `confirm`/`deny` a pending question, `order_status` an
 * order. A yes to the order summary is never a plain `confirm`: it is the `create_order` tool, gated
 * (src/core/model/model-tools.ts). The command processor still judges every command.
 */
export function proposableCommandTypes(state: Readonly<SessionState>): CommandType[] {
  const top = state.frames.at(-1);
  const open = (kind: string) => state.frames.some((f) => f.kind === kind);
  const allowed: Partial<Record<CommandType, boolean>> = {
    choose_option: open('choose_option'),
    choose: top?.kind === 'clarify',
    set_quantity: open('ask_quantity'),
    skip: state.pending !== null,
    confirm: state.pending !== null && state.pending.kind !== SUMMARY_QUESTION,
    deny: state.pending !== null,
    order_status: state.order !== undefined,
  };
  return Command.options
    .map((o) => o.shape.type.value as CommandType)
    .filter((type) => allowed[type] ?? true);
}

/**
 * A zod schema for a list of commands restricted to `types` (a discriminated union on `type`): what the
 * model's structured output and the `propose_commands` tool are parsed with.
 */
export function commandListSchema(types: readonly CommandType[]) {
  const options = types.map((t) => commandSchemaOf(t));
  const [first, ...rest] = options;
  if (!first) throw new Error('no command types');
  const union = rest.length === 0 ? first : z.discriminatedUnion('type', [first, ...rest]);
  return z.object({ commands: z.array(union as z.ZodType<Command>).max(12) });
}
