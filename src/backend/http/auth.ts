import type { FastifyRequest } from 'fastify';
import { sameSecret, verifyCustomerToken } from '../auth/customer-tokens.ts';
import { BackendError } from '../domain/backend-error.ts';

export interface AuthSettings {
  serviceToken: string;
  operatorToken: string | undefined;
  tokenSecret: string;
  now: () => number;
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** The customer a request acts for; UNAUTHORIZED without a valid customer token. */
export function requireCustomer(request: FastifyRequest, auth: AuthSettings): string {
  const token = bearer(request);
  const customerId = token ? verifyCustomerToken(auth.tokenSecret, token, auth.now()) : null;
  if (!customerId) {
    throw new BackendError('UNAUTHORIZED', 'send a valid customer token: Authorization: Bearer <token>');
  }
  return customerId;
}

/** Service routes take the service token (and, where `operator` is allowed, the operator token). */
export function requireService(request: FastifyRequest, auth: AuthSettings, allowOperator = false): void {
  const token = bearer(request);
  if (token && sameSecret(token, auth.serviceToken)) return;
  if (token && allowOperator && auth.operatorToken && sameSecret(token, auth.operatorToken)) return;
  if (token && verifyCustomerToken(auth.tokenSecret, token, auth.now())) {
    throw new BackendError('FORBIDDEN', 'this route needs the service token, not a customer token');
  }
  throw new BackendError('UNAUTHORIZED', 'send the service token: Authorization: Bearer <token>');
}
