import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { CustomerTokenRequest } from '../../../contract/backend-api.ts';
import { issueCustomerToken } from '../../auth/customer-tokens.ts';
import { requireService } from '../auth.ts';
import type { RouteDeps } from '../route-deps.ts';
import { validate } from '../validate.ts';

/**
 * POST /api/auth/customer-tokens (service token): a short-lived token for one customer; with
 * `openCart`, a new empty cart of that customer too (`cart`).
 */
export function registerAuthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/api/auth/customer-tokens', async (request, reply) => {
    requireService(request, deps.auth);
    const body = validate(CustomerTokenRequest, request.body ?? {}, 'body');
    const customerId = body.customerId ?? `cus_${randomUUID()}`;
    const issued = issueCustomerToken(
      deps.auth.tokenSecret,
      customerId,
      deps.auth.now(),
      deps.customerTokenTtlSeconds,
    );
    deps.ctx.logger.info({ event: 'auth.customer_token_issued' }, 'auth.customer_token_issued');
    const cart = body.openCart === true ? await deps.carts.create(customerId) : undefined;
    return reply.code(201).send({ customerId, ...issued, ...(cart ? { cart } : {}) });
  });
}
