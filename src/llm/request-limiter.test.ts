import { describe, expect, it } from 'vitest';
import { ModelRateLimitedError } from '../errors/index.ts';
import { RequestLimiter } from './request-limiter.ts';

function limiter(options: { rpm?: number; tpm?: number; maxWaitMs?: number } = {}) {
  let now = 0;
  const slept: number[] = [];
  const l = new RequestLimiter({
    requestsPerMinute: options.rpm ?? 0,
    tokensPerMinute: options.tpm ?? 0,
    maxWaitMs: options.maxWaitMs ?? 5_000,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  });
  return { l, slept, advance: (ms: number) => (now += ms) };
}

const headers = (h: Partial<Parameters<RequestLimiter['observe']>[0]>) => ({
  remainingRequests: undefined,
  remainingTokens: undefined,
  resetRequestsMs: undefined,
  resetTokensMs: undefined,
  retryAfterMs: undefined,
  ...h,
});

describe('RequestLimiter', () => {
  it('waits for the request window the provider says is exhausted', async () => {
    const { l, slept } = limiter();
    l.observe(headers({ remainingRequests: 0, resetRequestsMs: 1_500 }));
    await l.acquire(10);
    expect(slept).toEqual([1_500]);
  });

  it('waits for the token window only when the call needs more tokens than remain', async () => {
    const { l, slept } = limiter();
    l.observe(headers({ remainingTokens: 500, resetTokensMs: 2_000 }));
    await l.acquire(400);
    expect(slept).toEqual([]);
    await l.acquire(600);
    expect(slept).toEqual([2_000]);
  });

  it('throws ModelRateLimitedError with the wait when it is longer than allowed', async () => {
    const { l, slept } = limiter({ maxWaitMs: 1_000 });
    l.observe(headers({ remainingRequests: 0, resetRequestsMs: 60_000 }));
    const error = await l.acquire(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelRateLimitedError);
    expect((error as ModelRateLimitedError).retryAfterMs).toBe(60_000);
    expect(slept).toEqual([]);
  });

  it('enforces the local requests-per-minute cap', async () => {
    const { l } = limiter({ rpm: 2, maxWaitMs: 0 });
    await l.acquire(1);
    await l.acquire(1);
    await expect(l.acquire(1)).rejects.toBeInstanceOf(ModelRateLimitedError);
  });

  it('enforces the local tokens-per-minute cap, corrected by the real usage', async () => {
    const { l } = limiter({ tpm: 1_000, maxWaitMs: 0 });
    await l.acquire(600);
    await l.settle(600, 100);
    await l.acquire(800);
    await expect(l.acquire(200)).rejects.toBeInstanceOf(ModelRateLimitedError);
  });
});
