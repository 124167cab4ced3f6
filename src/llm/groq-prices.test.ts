import { describe, expect, it } from 'vitest';
import { costMicroUsd, GROQ_PRICES } from './groq-prices.ts';

describe('costMicroUsd', () => {
  it('is tokens × USD per million tokens, in micro-dollars', () => {
    const maverick = GROQ_PRICES['meta-llama/llama-4-maverick-17b-128e-instruct'];
    expect(costMicroUsd(maverick, 1_000, 200)).toBe(320);
    expect(costMicroUsd(maverick, 1_000_000, 1_000_000)).toBe(800_000);
  });

  it('is 0 for a model without a price', () => {
    expect(costMicroUsd(undefined, 5_000, 5_000)).toBe(0);
  });
});
