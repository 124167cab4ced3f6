import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { BackendError } from '../../domain/backend-error.ts';
import { buildBackendOpenApi } from '../../openapi/build-backend-openapi.ts';
import type { RouteDeps } from '../route-deps.ts';

/** GET /api/openapi.json and GET /healthz. */
export function registerMetaRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const document = buildBackendOpenApi();
  app.get('/api/openapi.json', async () => document);
  app.get('/healthz', async () => {
    try {
      await sql`select 1`.execute(deps.ctx.db);
    } catch {
      throw new BackendError('SERVICE_UNAVAILABLE', 'the database does not answer');
    }
    return { status: 'ok' as const };
  });
}
