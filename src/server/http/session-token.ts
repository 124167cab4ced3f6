import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh session secret: 24 random bytes, base64url, prefixed. Only its SHA-256 is stored. */
export function newSessionToken(): string {
  return `tk_${randomBytes(24).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'utf8');
  const stored = Buffer.from(storedHash, 'utf8');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** The token from `Authorization: Bearer <t>`, or from `?token=` where headers cannot be set. */
export function tokenFromRequest(authorization: string | undefined, queryToken: unknown): string | undefined {
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  if (typeof queryToken === 'string' && queryToken.length > 0 && queryToken.length <= 200) return queryToken;
  return undefined;
}
