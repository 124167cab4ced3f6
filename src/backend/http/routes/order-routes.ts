import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateOrderRequest, UpdateOrderStatusRequest } from '../../../contract/backend-api.ts';
import { BackendError } from '../../domain/backend-error.ts';
import { requireCustomer, requireService } from '../auth.ts';
import type { RouteDeps } from '../route-deps.ts';
import { validate } from '../validate.ts';

const OrderParams = z.object({ id: z.string().min(1).max(100) });
/** Paying and cancelling take no body, or an empty object. */
const NoBody = z.object({}).optional();
export const IdempotencyKey = z.string().regex(/^[\x21-\x7e]{1,255}$/, '1 to 255 visible ASCII characters');

/**
 * Orders: placing (Idempotency-Key required), reading, paying, cancelling within the venue's policy
 * (customer token); status (service/operator).
 */
export function registerOrderRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/api/orders', async (request, reply) => {
    const customerId = requireCustomer(request, deps.auth);
    const header = request.headers['idempotency-key'];
    if (header === undefined) {
      throw new BackendError('IDEMPOTENCY_KEY_REQUIRED', 'send an Idempotency-Key header with every order');
    }
    const key = validate(IdempotencyKey, header, 'header');
    const body = validate(CreateOrderRequest, request.body, 'body');
    const result = await deps.orders.place(customerId, key, body);
    if (result.replayed) void reply.header('idempotent-replayed', 'true');
    return reply.code(result.statusCode).send(result.body);
  });

  app.get('/api/orders/:id', async (request) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id } = validate(OrderParams, request.params, 'params');
    return deps.orders.get(customerId, id);
  });

  app.post('/api/orders/:id/payment', async (request, reply) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id } = validate(OrderParams, request.params, 'params');
    validate(NoBody, request.body, 'body');
    return reply.code(201).send(await deps.payments.request(customerId, id));
  });

  app.post('/api/orders/:id/cancel', async (request) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id } = validate(OrderParams, request.params, 'params');
    validate(NoBody, request.body, 'body');
    return deps.cancels.cancel(customerId, id);
  });

  app.post('/api/orders/:id/status', async (request) => {
    requireService(request, deps.auth, true);
    const { id } = validate(OrderParams, request.params, 'params');
    const body = validate(UpdateOrderStatusRequest, request.body, 'body');
    return deps.lifecycle.advance(id, body.status);
  });
}
