import { MaitreError } from '../../errors/index.ts';
import type { CommandGenerator, Generation, ProposedCommand } from '../ports/command-generator.ts';
import { type Logger, silentLogger } from '../ports/logger.ts';
import { assertWithinTokenBudget } from '../ports/token-budget.ts';

/** How rules and model share a turn (docs/llm.md, "Merge policy"). */
export interface MergePolicy {
  /**
   * The rules' reading is taken without asking the model when its primary intent's confidence is at
   * least this (and it proposes commands, none of them a failure to understand). Default 0.85;
   * above 1: the model reads every message (model mode).
   */
  rulesFirstConfidence: number;
  /** Tokens one session may spend on the model (in + out); 0 = unlimited. */
  sessionTokenBudget: number;
}

export const DEFAULT_MERGE_POLICY: MergePolicy = { rulesFirstConfidence: 0.85, sessionTokenBudget: 50_000 };

/** A command that says the message was not understood (the rules' reading is then not trusted alone). */
const isFailure = (p: ProposedCommand) => {
  const c = p.command as { type?: string; reason?: string; kind?: string };
  return (
    (c.type === 'clarify' && (c.reason === 'not_understood' || c.reason === 'low_confidence')) ||
    (c.type === 'chitchat' && c.kind === 'out_of_scope')
  );
};

/** True when the rules read the message with high confidence (no model call needed). */
export function rulesAreSure(rules: Generation, threshold: number): boolean {
  const confidence = rules.commands[0]?.confidence ?? 0;
  return (
    rules.commands.length > 0 &&
    confidence >= threshold &&
    !rules.commands.some(isFailure) &&
    rules.notUnderstood.length === 0
  );
}

const isConfirm = (p: ProposedCommand) => (p.command as { type?: string }).type === 'confirm';

/**
 * A diet asked of a dish ("a vegan muffin": an `add_item`'s `fits`) is the rules' reading, not the model's
 * (its tool schema leaves `fits` out): it stands on the model's addition of the same dish, so the dish is
 * checked whichever reader took the turn.
 */
function withRuleFits(commands: ProposedCommand[], ruled: readonly ProposedCommand[]): ProposedCommand[] {
  const fits = new Map<string, unknown>();
  for (const p of ruled) {
    const c = p.command as { type?: string; itemId?: string; fits?: unknown };
    if (c.type === 'add_item' && c.itemId && c.fits) fits.set(c.itemId, c.fits);
  }
  if (fits.size === 0) return commands;
  return commands.map((p) => {
    const c = p.command as { type?: string; itemId?: string };
    const f = c.type === 'add_item' && c.itemId ? fits.get(c.itemId) : undefined;
    return f ? { ...p, command: { ...(p.command as object), fits: f } } : p;
  });
}

/**
 * Rules and model as one generator, by the merge policy:
 * 1. the rules read the message first (cheap, local); when they are sure (`rulesAreSure`) their
 *    reading is the turn's, and the model is not called;
 * 2. otherwise the model reads it (`model.generate`), within the session's token budget; its commands
 *    are the turn's, except that a `confirm` stands only when the rules also read a yes: the rule
 *    reading always wins on confirmation (and the engine's gate still requires an unambiguous yes to
 *    the exact summary before an order is placed);
 * 3. any failure of the model (circuit open, rate limited, timeout, malformed tool call, bad output,
 *    step or token budget, a lookup that threw) → the rules' reading answers the same turn, logged
 *    `llm.understanding.fallback` with the error code. A model reading with no command also falls back.
 * The rules' `parse` is kept in the generation for traces and the eval either way.
 */
export function mergedCommandGenerator(
  rules: CommandGenerator,
  model: CommandGenerator,
  policy: MergePolicy = DEFAULT_MERGE_POLICY,
  logger: Logger = silentLogger,
): CommandGenerator {
  return {
    name: `${rules.name}+${model.name}`,
    async generate(input) {
      const ruled = await rules.generate(input);
      if (rulesAreSure(ruled, policy.rulesFirstConfidence)) return ruled;
      const { state } = input;
      let read: Generation;
      try {
        assertWithinTokenBudget(state.llmTokens ?? 0, policy.sessionTokenBudget, 1);
        read = await model.generate(input);
      } catch (error) {
        const code = error instanceof MaitreError ? error.code : 'INTERNAL';
        logger.warn({ session: state.sessionId, turn: state.turn, code }, 'llm.understanding.fallback');
        return ruled;
      }
      if (read.commands.length === 0) {
        logger.info({ session: state.sessionId, turn: state.turn }, 'llm.understanding.empty');
        return {
          ...ruled,
          ...(read.usage ? { usage: read.usage } : {}),
          ...(read.refusedTools ? { refusedTools: read.refusedTools } : {}),
        };
      }
      const rulesSayYes = ruled.commands.some(isConfirm);
      const commands = read.commands.filter((c) => !isConfirm(c) || rulesSayYes);
      const dropped = read.commands.length - commands.length;
      if (dropped > 0)
        logger.info(
          { session: state.sessionId, turn: state.turn, dropped },
          'llm.understanding.confirm_dropped',
        );
      return {
        ...read,
        commands: withRuleFits(commands, ruled.commands),
        refusedTools: [
          ...(read.refusedTools ?? []),
          ...(dropped > 0 ? [{ tool: 'confirm', reason: 'rules_read_no_yes' }] : []),
        ],
        ...(ruled.parse ? { parse: ruled.parse } : {}),
      };
    },
  };
}
