import { LanguageModelError } from './language-model-error.ts';

/**
 * A session has used its token budget (`LLM_SESSION_TOKEN_BUDGET`): no more model calls for it; the rule
 * brain answers. Code `LLM_BUDGET_EXCEEDED`; `usedTokens` and `budgetTokens` are token counts.
 */
export class ModelBudgetExceededError extends LanguageModelError {
  readonly usedTokens: number;
  readonly budgetTokens: number;

  constructor(usedTokens: number, budgetTokens: number) {
    super(
      'LLM_BUDGET_EXCEEDED',
      `Session token budget used: ${usedTokens} of ${budgetTokens} tokens`,
      false,
      { usedTokens, budgetTokens },
    );
    this.usedTokens = usedTokens;
    this.budgetTokens = budgetTokens;
  }
}
