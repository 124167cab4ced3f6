import type { Venue } from '../../domain/venue.ts';
import type { DialogConfig } from '../config/dialog-config.ts';
import type { BackendPort } from '../ports/backend-port.ts';
import type { Clock } from '../ports/clock.ts';
import type { CommandGenerator } from '../ports/command-generator.ts';
import type { IdSource } from '../ports/id-source.ts';
import type { KnowledgeRetriever } from '../ports/knowledge-retriever.ts';
import type { LanguageModel } from '../ports/language-model.ts';
import type { Logger } from '../ports/logger.ts';
import type { Phraser } from '../ports/phraser.ts';
import type { LlmTurnMetrics } from '../ports/token-budget.ts';
import type { ParseContext, ParseResult } from '../understand/parse-result.ts';
import type { MisspeltNumbers } from '../understand/quantity.ts';

/**
 * What understanding offers the dialog: one utterance in, one ParseResult out; and how the venue's
 * misspelt number words are read, for the commands that read a count from the message themselves.
 */
export interface UnderstandingPort {
  parse(text: string, context?: ParseContext): ParseResult;
  /**
   * The venue's guard for misspelt number words ("tenn" is ten unless a menu word; see `countWord`).
   * Absent: the commands read exact number words only.
   */
  readonly misspeltNumbers?: MisspeltNumbers;
}

/** Everything a turn needs besides the session and the message. */
export interface TurnDeps {
  venue: Venue;
  /** The rule brain's understanding; the default command generator is built from it. */
  understanding: UnderstandingPort;
  /**
   * The command generators, in priority order (the first is the primary reading). Absent: the rule
   * brain alone (`ruleCommandGenerator(understanding, config)`).
   */
  commandGenerators?: readonly CommandGenerator[];
  backend: BackendPort;
  /**
   * The venue's documents and menu as a retriever (`src/knowledge`). Absent, or failing: questions are
   * answered by keyword overlap over the documents (a degraded mode, logged).
   */
  knowledge?: KnowledgeRetriever;
  /**
   * The language model, when one is configured (`GROQ_API_KEY` / `LLM_*`, docs/llm.md): what the model's
   * command generator and phraser are built on. Absent: rules and templates alone.
   */
  languageModel?: LanguageModel;
  /** Words the reply from the turn's acts; absent: the templates (src/core/respond/respond.ts). */
  phraser?: Phraser;
  /** Receives each turn's model spending (turns without a model call report nothing). */
  llmMetrics?: LlmTurnMetrics;
  clock: Clock;
  ids: IdSource;
  config: DialogConfig;
  logger?: Logger;
}
