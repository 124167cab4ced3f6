import { describe, expect, it } from 'vitest';
import { parseGroqDuration, readRateLimitHeaders } from './rate-limit-headers.ts';

describe('parseGroqDuration', () => {
  it.each([
    ['2m59.56s', 179_560],
    ['7.66s', 7_660],
    ['86.4ms', 87],
    ['1h2m', 3_720_000],
    ['3', 3_000],
  ])('%s → %i ms', (text, ms) => {
    expect(parseGroqDuration(text)).toBe(ms);
  });

  it('is undefined for what it cannot read', () => {
    expect(parseGroqDuration('soon')).toBeUndefined();
    expect(parseGroqDuration('5s later')).toBeUndefined();
    expect(parseGroqDuration(undefined)).toBeUndefined();
  });
});

describe('readRateLimitHeaders', () => {
  it("reads Groq's headers from a Headers object", () => {
    const h = new Headers({
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-remaining-tokens': '1200',
      'x-ratelimit-reset-requests': '1m0s',
      'x-ratelimit-reset-tokens': '7.66s',
      'retry-after': '2',
    });
    expect(readRateLimitHeaders(h, 0)).toEqual({
      remainingRequests: 0,
      remainingTokens: 1200,
      resetRequestsMs: 60_000,
      resetTokensMs: 7_660,
      retryAfterMs: 2_000,
    });
  });

  it('prefers retry-after-ms, accepts an HTTP date, ignores case in records', () => {
    expect(readRateLimitHeaders({ 'Retry-After-Ms': '150', 'retry-after': '9' }, 0).retryAfterMs).toBe(150);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(readRateLimitHeaders({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, now).retryAfterMs).toBe(
      5_000,
    );
  });
});
