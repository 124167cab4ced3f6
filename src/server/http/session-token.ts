import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh session secret: 24 random bytes, base64url, prefixed. Only its SHA-256 is stored. */
export function newSessionToken(): string {
  return `tk_${randomBytes(24).toString('base64url')}`;
}

/** The SHA-256 of `token` (UTF-8) in lowercase hex: what the store keeps. */
export function hashToken(token: string): string {
  // one-shot: no Hash object per call (a measurable cost on every authenticated request)
  return hash('sha256', token, 'hex');
}

/** Constant-time comparison of a presented token with a stored hash (its text, byte for byte). */
export function tokenMatches(token: string, storedHash: string): boolean {
  const given = hashToken(token);
  // a hex digest is ASCII: its latin1 bytes are its UTF-8 bytes; a stored hash of another length never matches
  if (Buffer.byteLength(storedHash, 'utf8') !== given.length) return false;
  return timingSafeEqual(Buffer.from(given, 'latin1'), Buffer.from(storedHash, 'utf8'));
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
