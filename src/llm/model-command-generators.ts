import { ruleCommandGenerator } from '../core/commands/rule-command-generator.ts';
import type { DialogConfig } from '../core/config/dialog-config.ts';
import type { UnderstandingPort } from '../core/dialog/turn-deps.ts';
import { llmCommandGenerator } from '../core/model/llm-command-generator.ts';
import { mergedCommandGenerator } from '../core/model/merged-command-generator.ts';
import type { UnderstandingPrompts } from '../core/model/understanding-prompt.ts';
import type { BackendPort } from '../core/ports/backend-port.ts';
import type { CommandGenerator } from '../core/ports/command-generator.ts';
import type { KnowledgeRetriever } from '../core/ports/knowledge-retriever.ts';
import type { LanguageModel } from '../core/ports/language-model.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { LlmConfig } from './llm-config.ts';
import { loadUnderstandingPrompts } from './load-understanding-prompts.ts';

/**
 * The command generators of a bot with a language model: the rules and the model merged by the
 * policy of docs/llm.md (`mergedCommandGenerator`), the model's prompts loaded and validated now.
 * Pass the result as `TurnDeps.commandGenerators`.
 */
export function modelCommandGenerators(options: {
  model: LanguageModel;
  config: LlmConfig;
  understanding: UnderstandingPort;
  dialog: DialogConfig;
  backend: BackendPort;
  knowledge?: KnowledgeRetriever | undefined;
  logger?: Logger;
  prompts?: UnderstandingPrompts;
}): CommandGenerator[] {
  const rules = ruleCommandGenerator(options.understanding, options.dialog);
  const llm = llmCommandGenerator({
    model: options.model,
    prompts: options.prompts ?? loadUnderstandingPrompts(),
    backend: options.backend,
    knowledge: options.knowledge,
    maxSteps: options.config.maxToolSteps,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  return [
    mergedCommandGenerator(
      rules,
      llm,
      {
        rulesFirstConfidence: options.config.rulesFirstConfidence,
        sessionTokenBudget: options.config.sessionTokenBudget,
      },
      options.logger,
    ),
  ];
}
