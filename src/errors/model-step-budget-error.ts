import { LanguageModelError } from './language-model-error.ts';

/**
 * The model kept asking for tools past the turn's step budget (`maxSteps` model calls): the loop is
 * ended and the rule brain answers the turn. Code `LLM_STEP_BUDGET`; `steps` is the budget.
 */
export class ModelStepBudgetError extends LanguageModelError {
  readonly steps: number;

  constructor(steps: number, model?: string) {
    super('LLM_STEP_BUDGET', `Language model still calling tools after ${steps} steps`, false, {
      model,
      steps,
    });
    this.steps = steps;
  }
}
