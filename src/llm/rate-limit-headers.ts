/** What a provider's answer says about its limits, times in ms from now. */
export interface RateLimitHeaders {
  remainingRequests: number | undefined;
  remainingTokens: number | undefined;
  /** Until the request window resets (`x-ratelimit-reset-requests`). */
  resetRequestsMs: number | undefined;
  /** Until the token window resets (`x-ratelimit-reset-tokens`). */
  resetTokensMs: number | undefined;
  /** The wait asked by `retry-after-ms`, else `retry-after` (seconds, or an HTTP date), in ms. */
  retryAfterMs: number | undefined;
}

/** Header lookup that accepts a Fetch `Headers` or a plain record (AI SDK errors carry a record). */
export type HeaderSource = Headers | Record<string, string | undefined> | undefined;

function get(headers: HeaderSource, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

/**
 * Parses Groq's duration format (`2m59.56s`, `7.66s`, `86.4ms`, `1h2m`) to milliseconds; a bare
 * number is seconds. `undefined` when unreadable.
 */
export function parseGroqDuration(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const n = Number(m[1]);
    total += m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : m[2] === 'm' ? n * 60_000 : n * 3_600_000;
    matched = re.lastIndex;
  }
  return matched === text.length && matched > 0 ? Math.ceil(total) : undefined;
}

function intHeader(headers: HeaderSource, name: string): number | undefined {
  const v = get(headers, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * Reads `x-ratelimit-remaining-requests`, `x-ratelimit-remaining-tokens`, `x-ratelimit-reset-requests`,
 * `x-ratelimit-reset-tokens` (Groq's), `retry-after-ms` (OpenAI's) and `retry-after` (seconds, decimals
 * accepted, or an HTTP date relative to `nowMs`).
 */
export function readRateLimitHeaders(headers: HeaderSource, nowMs: number): RateLimitHeaders {
  const retryAfterMsHeader = intHeader(headers, 'retry-after-ms');
  const retryAfter = get(headers, 'retry-after');
  let retryAfterMs = retryAfterMsHeader;
  if (retryAfterMs === undefined && retryAfter !== undefined) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) retryAfterMs = Math.ceil(seconds * 1000);
    else {
      const date = Date.parse(retryAfter);
      if (!Number.isNaN(date)) retryAfterMs = Math.max(0, date - nowMs);
    }
  }
  return {
    remainingRequests: intHeader(headers, 'x-ratelimit-remaining-requests'),
    remainingTokens: intHeader(headers, 'x-ratelimit-remaining-tokens'),
    resetRequestsMs: parseGroqDuration(get(headers, 'x-ratelimit-reset-requests')),
    resetTokensMs: parseGroqDuration(get(headers, 'x-ratelimit-reset-tokens')),
    retryAfterMs,
  };
}
