import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newSessionToken, tokenMatches } from './session-token.ts';

describe('session tokens', () => {
  it('hashes a token to the SHA-256 of its UTF-8 bytes in lowercase hex', () => {
    for (const token of ['tk_abc', newSessionToken(), 'tk_é€😀'])
      expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
  });

  it('matches a token only with its own stored hash, byte for byte', () => {
    const token = newSessionToken();
    const stored = hashToken(token);
    expect(tokenMatches(token, stored)).toBe(true);
    expect(tokenMatches(`${token}x`, stored)).toBe(false);
    expect(tokenMatches(token, stored.toUpperCase())).toBe(false);
    expect(tokenMatches(token, stored.slice(1))).toBe(false);
    expect(tokenMatches(token, `${stored.slice(1)}é`)).toBe(false);
    expect(tokenMatches(token, '')).toBe(false);
  });
});
