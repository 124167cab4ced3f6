import { MaitreError } from '../../errors/index.ts';

/**
 * Every error code the backend answers with (documented in docs/backend.md). Only the HTTP layer
 * maps a code to a status (http/error-status.ts).
 */
export const BACKEND_ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'BAD_REQUEST',
  'IDEMPOTENCY_KEY_REQUIRED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'OUT_OF_STOCK',
  'ITEM_UNAVAILABLE',
  'CART_FROZEN',
  'INVALID_TRANSITION',
  'CANCEL_NOT_ALLOWED',
  'PAYMENT_NOT_ALLOWED',
  'ERASURE_BLOCKED',
  'IDEMPOTENCY_KEY_REUSED',
  'UNKNOWN_ITEM',
  'INVALID_OPTIONS',
  'CART_EMPTY',
  'FULFILLMENT_UNAVAILABLE',
  'BELOW_DELIVERY_MINIMUM',
  'PAYMENT_METHOD_UNAVAILABLE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;
export type BackendErrorCode = (typeof BACKEND_ERROR_CODES)[number];

/** A refusal the backend explains to its client: a stable code, a message, non-personal details. */
export class BackendError extends MaitreError {
  declare readonly code: BackendErrorCode;

  constructor(code: BackendErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

export function notFound(resource: string, id: string): BackendError {
  return new BackendError('NOT_FOUND', `${resource} ${id} was not found`, { resource, id });
}
