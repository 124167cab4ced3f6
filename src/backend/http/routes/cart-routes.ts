import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AddLineRequest, UpdateCartRequest, UpdateLineRequest } from '../../../contract/backend-api.ts';
import { requireCustomer } from '../auth.ts';
import type { RouteDeps } from '../route-deps.ts';
import { validate } from '../validate.ts';

const Id = z.string().min(1).max(100);
const CartParams = z.object({ id: Id });
const LineParams = z.object({ id: Id, lineId: Id });
const NoBody = z.object({}).optional();

/** Cart routes (customer token): a cart belongs to the customer who created it. */
export function registerCartRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/api/carts', async (request, reply) => {
    const customerId = requireCustomer(request, deps.auth);
    validate(NoBody, request.body, 'body');
    return reply.code(201).send(await deps.carts.create(customerId));
  });

  app.get('/api/carts/:id', async (request) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id } = validate(CartParams, request.params, 'params');
    return deps.carts.get(customerId, id);
  });

  app.patch('/api/carts/:id', async (request) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id } = validate(CartParams, request.params, 'params');
    const body = validate(UpdateCartRequest, request.body, 'body');
    return deps.carts.setFulfillment(customerId, id, body.fulfillment);
  });

  app.post('/api/carts/:id/lines', async (request, reply) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id } = validate(CartParams, request.params, 'params');
    const body = validate(AddLineRequest, request.body, 'body');
    return reply.code(201).send(await deps.carts.addLine(customerId, id, body));
  });

  app.patch('/api/carts/:id/lines/:lineId', async (request) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id, lineId } = validate(LineParams, request.params, 'params');
    const body = validate(UpdateLineRequest, request.body, 'body');
    return deps.carts.updateLine(customerId, id, lineId, body);
  });

  app.delete('/api/carts/:id/lines/:lineId', async (request) => {
    const customerId = requireCustomer(request, deps.auth);
    const { id, lineId } = validate(LineParams, request.params, 'params');
    return deps.carts.removeLine(customerId, id, lineId);
  });
}
