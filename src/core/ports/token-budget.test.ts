import { describe, expect, it } from 'vitest';
import { ModelBudgetExceededError } from '../../errors/index.ts';
import { addUsage, assertWithinTokenBudget, remainingTokens } from './token-budget.ts';

describe('session token budget', () => {
  it('adds usage and reports what is left', () => {
    const used = addUsage(1_000, { inputTokens: 300, outputTokens: 50 });
    expect(used).toBe(1_350);
    expect(remainingTokens(used, 2_000)).toBe(650);
    expect(remainingTokens(5_000, 2_000)).toBe(0);
    expect(remainingTokens(5_000, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses a call that would go over the budget, never when the budget is 0', () => {
    expect(() => assertWithinTokenBudget(1_900, 2_000, 50)).not.toThrow();
    expect(() => assertWithinTokenBudget(1_900, 2_000, 200)).toThrow(ModelBudgetExceededError);
    expect(() => assertWithinTokenBudget(1_000_000, 0, 1_000)).not.toThrow();
  });
});
