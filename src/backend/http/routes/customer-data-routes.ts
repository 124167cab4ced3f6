import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireService } from '../auth.ts';
import type { RouteDeps } from '../route-deps.ts';
import { validate } from '../validate.ts';

const CustomerParams = z.object({ customerId: z.string().min(1).max(100) });

/**
 * A customer's data (service or operator token, as the other privileged routes): export everything
 * the backend holds about them, or erase it (docs/backend.md, Customer data).
 */
export function registerCustomerDataRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/api/customers/:customerId/data', async (request) => {
    requireService(request, deps.auth, true);
    const { customerId } = validate(CustomerParams, request.params, 'params');
    return deps.customers.export(customerId);
  });

  app.delete('/api/customers/:customerId/data', async (request) => {
    requireService(request, deps.auth, true);
    const { customerId } = validate(CustomerParams, request.params, 'params');
    return deps.customers.erase(customerId);
  });
}
