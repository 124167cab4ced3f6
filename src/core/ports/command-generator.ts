import type { Venue } from '../../domain/venue.ts';
import type { SessionState } from '../state/session-state.ts';
import type { ParseResult } from '../understand/parse-result.ts';
import type { TokenUsage } from './language-model.ts';
import type { LlmUsage } from './token-budget.ts';

/** What a generator reads: the customer's message (normalised), the dialog state, the venue. */
export interface GeneratorInput {
  message: string;
  /** The session as it stands before this turn's commands run. Generators must not mutate it. */
  state: Readonly<SessionState>;
  venue: Venue;
  /**
   * Called with each model call's usage (tokens, cost from the adapter's price table, model) as the call
   * ends, also when the reading fails afterwards (a step budget, a bad answer): the turn adds it to the
   * session's token budget, its totals (`SessionState.llmUsage`) and the metrics.
   */
  recordUsage?: (usage: LlmUsage) => void;
}

/**
 * One command proposed by a generator. `command` is deliberately `unknown`: whatever a generator says
 * (rules or a language model's structured output) is validated by the command processor against the
 * closed command language (`src/core/commands/command.ts`) before the engine sees it.
 */
export interface ProposedCommand {
  command: unknown;
  /** How sure the generator is, 0..1. */
  confidence: number;
}

/** A generator's reading of one message. */
export interface Generation {
  /** Which generator proposed these (`rules`, `llm`, ...): kept in traces and logs. */
  source: string;
  /** In the order the customer said things; answers to the pending question first. */
  commands: ProposedCommand[];
  /** Words the generator could not make sense of (unknown dish names, ...). */
  notUnderstood: string[];
  /** The structured reading behind the commands, when the generator has one: for traces and eval only. */
  parse?: ParseResult;
  /**
   * Tokens a model generator spent on this reading. A generator that reports its calls through
   * `GeneratorInput.recordUsage` has them counted there; otherwise this is added to the session's
   * running total (as one call, cost 0).
   */
  usage?: TokenUsage;
  /**
   * Tool calls a model generator refused before the processor (e.g. `create_order` without a clear yes
   * to the summary): the tool and why. For traces, logs and tests.
   */
  refusedTools?: { tool: string; reason: string }[];
}

/**
 * The seam between understanding and the dialog engine: message + dialog state + venue → commands of
 * the closed language, each with a confidence, plus what was not understood. The rule brain is one
 * implementation (`ruleCommandGenerator`); a language model is another. The engine never sees how a
 * generator reached its commands, only what the command processor accepted.
 */
export interface CommandGenerator {
  readonly name: string;
  generate(input: GeneratorInput): Promise<Generation>;
}
