import { MaitreError } from '../../errors/maitre-error.ts';

/** A turn took more dialog steps than DialogConfig.maxStepsPerTurn: it stops and replies politely. */
export class StepBudgetExceededError extends MaitreError {
  constructor(budget: number, lastStep: string) {
    super('DIALOG_STEP_BUDGET_EXCEEDED', `a turn exceeded its budget of ${budget} dialog steps`, {
      budget,
      lastStep,
    });
  }
}
