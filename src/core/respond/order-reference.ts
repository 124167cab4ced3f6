/**
 * The short reference a customer sees for a placed order: `#` and the last six letters or digits of the
 * backend's order id, uppercased (`ord_5b59207a-…-9c1e2fa04b7d` → `#A04B7D`; the in-memory `ord_3` →
 * `#3`). The backend contract has no order number (docs/api.md), so the reference is derived from the id,
 * which stays whole in events, cards, logs and the API for the frontend and the team. The id's type prefix
 * (`ord_`) is not part of the reference.
 */
export function orderReference(orderId: string): string {
  const body = orderId.replace(/^[a-z]+_/i, '').replace(/[^a-z0-9]/gi, '');
  return `#${(body || orderId).slice(-6).toUpperCase()}`;
}
