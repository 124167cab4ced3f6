import { MaitreError } from '../../errors/maitre-error.ts';
import type { ActOf } from '../respond/acts.ts';

/** Backend refusals of a cart change that the customer can act on (not outages or bugs). */
const REFUSALS = new Set([
  'INVALID_OPTIONS',
  'ITEM_UNAVAILABLE',
  'OUT_OF_STOCK',
  'UNKNOWN_ITEM',
  'OPTION_INVALID',
  'OPTION_REQUIRED',
]);

/** The reason to tell the customer when the backend refused a line, or undefined for other errors. */
export function refusalOf(error: unknown): string | undefined {
  if (!(error instanceof MaitreError) || !REFUSALS.has(error.code)) return undefined;
  const problems = error.details?.problems;
  const first = Array.isArray(problems)
    ? (problems[0] as { message?: unknown } | undefined)?.message
    : undefined;
  return typeof first === 'string' ? first : error.message;
}

/**
 * The `item_refused` act (reason `backend_refused`) for a cart change the backend refused, or undefined
 * when `error` is no refusal (an outage or a bug, for the caller to rethrow).
 */
export function backendRefusalAct(
  error: unknown,
  item: { itemId: string; name: string },
  quantity?: number,
): ActOf<'item_refused'> | undefined {
  const reason = refusalOf(error);
  if (reason === undefined) return undefined;
  return {
    type: 'item_refused',
    reason: 'backend_refused',
    item,
    ...(quantity === undefined ? {} : { quantity }),
    detail: reason.replace(/\.$/, ''),
    alternatives: [],
  };
}
