import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived customer tokens: `<base64url payload>.<base64url HMAC-SHA256>`, payload
 * `{"sub": customerId, "exp": unix seconds}`. Stateless: any backend process with the secret checks them.
 */
export function issueCustomerToken(
  secret: string,
  customerId: string,
  nowMs: number,
  ttlSeconds: number,
): { token: string; expiresAt: string } {
  const exp = Math.floor(nowMs / 1000) + ttlSeconds;
  const payload = Buffer.from(JSON.stringify({ sub: customerId, exp })).toString('base64url');
  return { token: `${payload}.${sign(secret, payload)}`, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The customer id of a valid, unexpired token, else null. */
export function verifyCustomerToken(secret: string, token: string, nowMs: number): string | null {
  const known = verified.get(token);
  const claims = known?.secret === secret ? known : checkSignature(secret, token);
  if (!claims || claims.exp * 1000 <= nowMs) return null;
  return claims.sub;
}

interface VerifiedClaims {
  secret: string;
  sub: string;
  exp: number;
}

/** Validly signed tokens seen lately (a customer sends the same one on every request of a visit). */
const verified = new Map<string, VerifiedClaims>();
const VERIFIED_LIMIT = 1000;

/**
 * The claims of a token signed with `secret`, expired or not, else null. Signature and claims depend
 * on the token and the secret only, so those of a valid token are remembered (bounded: the oldest is
 * dropped) and only the expiry is checked against the clock again.
 */
function checkSignature(secret: string, token: string): VerifiedClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: { sub?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return null;
  }
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
  const checked = { secret, sub: claims.sub, exp: claims.exp };
  if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value as string);
  verified.set(token, checked);
  return checked;
}

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`customer-token.${payload}`).digest('base64url');
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
