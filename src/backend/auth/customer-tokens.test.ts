import { describe, expect, it } from 'vitest';
import { issueCustomerToken, verifyCustomerToken } from './customer-tokens.ts';

const secret = 'a-secret-of-at-least-thirty-two-characters';

describe('customer tokens', () => {
  it('carry the customer id until they expire', () => {
    const now = Date.UTC(2026, 0, 1);
    const { token, expiresAt } = issueCustomerToken(secret, 'cus_1', now, 3600);
    expect(expiresAt).toBe('2026-01-01T01:00:00.000Z');
    expect(verifyCustomerToken(secret, token, now + 3599_000)).toBe('cus_1');
    expect(verifyCustomerToken(secret, token, now + 3600_000)).toBeNull();
    // remembered as validly signed, it stays expired
    expect(verifyCustomerToken(secret, token, now + 3600_000)).toBeNull();
    expect(verifyCustomerToken(secret, token, now)).toBe('cus_1');
  });

  it('reject tampering, another secret and junk', () => {
    const now = Date.now();
    const { token } = issueCustomerToken(secret, 'cus_1', now, 3600);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ sub: 'cus_2', exp: 9_999_999_999 })).toString('base64url');
    expect(verifyCustomerToken(secret, `${forged}.${signature}`, now)).toBeNull();
    // once accepted with its secret, the token still fails with another one
    expect(verifyCustomerToken(secret, token, now)).toBe('cus_1');
    expect(verifyCustomerToken('another-secret-of-thirty-two-characters!', token, now)).toBeNull();
    expect(verifyCustomerToken(secret, `${payload}.`, now)).toBeNull();
    expect(verifyCustomerToken(secret, 'junk', now)).toBeNull();
    expect(verifyCustomerToken(secret, `${token}.x`, now)).toBeNull();
  });
});
