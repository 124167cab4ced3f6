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
 * The command types the model may propose in this dialog state, in the language's order: those the
 * command processor's policy (`COMMAND_POLICY`) allows now (`choose_option` needs an open option
 * question, `choose` an offered choice, `skip` a pending question), minus a plain `confirm` while the
 * order summary is pending: a yes to the summary is the `create_order` tool, gated
 * (src/core/model/action-tool-commands.ts). The processor and the engine still judge every command.
 */
export function proposableCommandTypes(state: Readonly<SessionState>): CommandType[] {
  const top = state.frames.at(-1);
  const open = (kind: string) => state.frames.some((f) => f.kind === kind);
  const allowed: Partial<Record<CommandType, boolean>> = {
    choose_option: open('choose_option'),
    amend_pending: open('choose_option'),
    choose: top?.kind === 'clarify',
    skip: state.pending !== null,
    confirm: state.pending?.kind !== SUMMARY_QUESTION,
  };
  return Command.options
    .map((o) => o.shape.type.value as CommandType)
    .filter((type) => allowed[type] ?? true);
}

const listSchemas = new Map<string, ReturnType<typeof buildCommandListSchema>>();

/**
 * A zod schema for a list of commands restricted to `types` (a discriminated union on `type`): what the
 * model's structured output and the `propose_commands` tool are parsed with. Built once per set of
 * types and reused (the same object each time, so the adapter's JSON Schema of it is computed once).
 */
export function commandListSchema(types: readonly CommandType[]) {
  const key = types.join(',');
  let schema = listSchemas.get(key);
  if (!schema) {
    schema = buildCommandListSchema(types);
    listSchemas.set(key, schema);
  }
  return schema;
}

/**
 * Fields the rules fill and the model never proposes, left out of the model's schema: a clarify's `edit`
 * (the cart edit its question is about, src/core/commands/clarify-edit.ts) would repeat the whole
 * update and remove shapes, about 500 prompt tokens, on every turn that offers `clarify`; an
 * item_info's `lineId` and a pick's or browse's `withoutIngredients` are the rules' readings too.
 */
const RULES_ONLY_FIELDS: Partial<Record<CommandType, readonly string[]>> = {
  clarify: ['edit'],
  // the cart line "how much is that" stands for, and the words of a dislike: read by the rules
  // (commands/intent-commands.ts, understand/disliked-ingredients.ts), not worth their prompt tokens
  item_info: ['lineId'],
  recommend: ['withoutIngredients'],
  browse: ['withoutIngredients'],
};

function forModel(type: CommandType) {
  const schema = commandSchemaOf(type);
  const omit = RULES_ONLY_FIELDS[type];
  if (!omit) return schema;
  const mask = Object.fromEntries(omit.map((k) => [k, true]));
  return (schema as unknown as z.ZodObject).omit(mask as never) as unknown as typeof schema;
}

function buildCommandListSchema(types: readonly CommandType[]) {
  const options = types.map((t) => forModel(t));
  const [first, ...rest] = options;
  if (!first) throw new Error('no command types');
  const union = rest.length === 0 ? first : z.discriminatedUnion('type', [first, ...rest]);
  return z.object({ commands: z.array(union as z.ZodType<Command>).max(12) });
}
