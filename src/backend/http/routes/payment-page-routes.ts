import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { PaymentLink } from '../../../contract/backend-api.ts';
import type { PaymentOutcome } from '../../payments/payment-service.ts';
import type { RouteDeps } from '../route-deps.ts';
import { validate } from '../validate.ts';

const Params = z.object({ paymentId: z.string().min(1).max(100) });

/**
 * The sandbox provider's hosted page: GET /pay/{paymentId} shows the amount with Pay and Decline
 * buttons; POST /pay/{paymentId}/pay|decline records the outcome. No card data is ever asked for.
 */
export function registerPaymentPageRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/pay/:paymentId', async (request, reply) => {
    const { paymentId } = validate(Params, request.params, 'params');
    const payment = await deps.payments.get(paymentId);
    return reply.type('text/html; charset=utf-8').send(page(payment));
  });

  for (const outcome of ['pay', 'decline'] as const) {
    app.post(`/pay/:paymentId/${outcome}`, async (request, reply) => {
      const { paymentId } = validate(Params, request.params, 'params');
      const result: PaymentOutcome = outcome === 'pay' ? 'paid' : 'declined';
      const payment = await deps.payments.complete(paymentId, result);
      return reply.type('text/html; charset=utf-8').send(page(payment));
    });
  }
}

function page(p: PaymentLink): string {
  const amount = escapeHtml(formatMoney(p.amount, p.currency));
  const id = encodeURIComponent(p.paymentId);
  const body =
    p.status === 'pending'
      ? `<p>Amount due: <strong>${amount}</strong></p>
<form method="post" action="/pay/${id}/pay"><button type="submit">Pay</button></form>
<form method="post" action="/pay/${id}/decline"><button type="submit">Decline</button></form>`
      : `<p>Payment of <strong>${amount}</strong> is <strong>${escapeHtml(p.status)}</strong>. You can close this page.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sandbox payment</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto">
<h1>Sandbox payment</h1>
<p>Order ${escapeHtml(p.orderId)}. This is a test page: no card is charged.</p>
${body}
</body></html>
`;
}

/** Minor units as the currency writes them (2 decimals for USD, 0 for JPY). */
function formatMoney(amount: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    return `${amount} ${currency} (minor units)`;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
