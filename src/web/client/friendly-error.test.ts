import { describe, expect, it } from 'vitest';
import { ChatApiError } from './chat-api-error.ts';
import { friendlyError } from './friendly-error.ts';

describe('friendlyError', () => {
  it('turns a rate limit into a wait, from Retry-After', () => {
    expect(friendlyError(new ChatApiError('RATE_LIMITED', 'x', 429, 12))).toBe(
      "You're sending messages quickly; try again in 12 seconds.",
    );
    expect(friendlyError(new ChatApiError('RATE_LIMITED', 'x', 429, 1))).toBe(
      "You're sending messages quickly; try again in 1 second.",
    );
  });

  it('turns a 503 (load shed) into a kind wait, from Retry-After, never a fault', () => {
    expect(friendlyError(new ChatApiError('OVERLOADED', 'The service is busy', 503, 2))).toBe(
      "We're very busy right now. Please send that again in 2 seconds.",
    );
    expect(friendlyError(new ChatApiError('OVERLOADED', 'x', 503, 1))).toBe(
      "We're very busy right now. Please send that again in 1 second.",
    );
    // a 503 from a proxy (no JSON body, no Retry-After) reads the same
    expect(friendlyError(new ChatApiError('HTTP_503', 'Service Unavailable', 503))).toBe(
      "We're very busy right now. Please send that again in 5 seconds.",
    );
    expect(friendlyError(new ChatApiError('OVERLOADED', 'x', 503, 2))).not.toMatch(/wrong/);
  });

  it('never shows the raw server message or a stack', () => {
    const internal = new ChatApiError('INTERNAL', 'TypeError: cannot read x of undefined at foo.ts:12', 500);
    expect(friendlyError(internal)).toBe('Sorry, something went wrong on our side. Please try again.');
    expect(friendlyError(new Error('boom at stack'))).toBe('Sorry, something went wrong. Please try again.');
    expect(friendlyError(new ChatApiError('NETWORK', 'fetch failed', 0))).toMatch(/couldn't reach/);
    expect(friendlyError(new ChatApiError('BODY_TOO_LARGE', 'body too large', 413))).toMatch(/a little long/);
  });
});
