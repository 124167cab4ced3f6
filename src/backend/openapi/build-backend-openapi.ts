import { z } from 'zod';
import { BACKEND_ROUTES, COMPONENTS, type RouteResponse, type RouteSpec } from './backend-routes.ts';

type Json = Record<string, unknown>;

/** JSON Schema 2020-12 of a component, without the `$schema` key (OpenAPI 3.1 implies it). */
export function componentSchema(name: keyof typeof COMPONENTS): Json {
  const { schema, io } = COMPONENTS[name];
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The backend's OpenAPI 3.1 document, generated from the zod contract (src/contract/backend-api.ts)
 * and the route table (backend-routes.ts). Committed as openapi/backend.yaml and served at
 * GET /api/openapi.json.
 */
export function buildBackendOpenApi(): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of BACKEND_ROUTES) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, Json>)[route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Maitre restaurant backend',
      version: '1.0.0',
      description:
        'The contract between the Maitre bot and a restaurant backend: menu, carts, orders, payments, order-status webhooks. Money is always integer minor units of the currency. Every error answers `{error:{code,message,details}}` with a stable code (docs/backend.md). Carts and orders belong to the customer whose token created them: another customer gets 404.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8081', description: 'The reference backend on its default port' }],
    tags: [
      { name: 'menu' },
      { name: 'auth' },
      { name: 'carts' },
      { name: 'orders' },
      { name: 'payments' },
      { name: 'customers' },
      { name: 'webhooks' },
      { name: 'meta' },
    ],
    paths,
    webhooks: {
      orderStatusChanged: {
        post: {
          summary: 'An order changed status (including its creation as placed)',
          parameters: [
            {
              name: 'Maitre-Signature',
              in: 'header',
              required: true,
              description: 't=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>',
              schema: { type: 'string' },
            },
            { name: 'Maitre-Event-Id', in: 'header', required: true, schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('OrderStatusEvent') } },
          },
          responses: { '2XX': { description: 'Acknowledged; anything else is retried with backoff' } },
        },
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.keys(COMPONENTS).map((name) => [name, componentSchema(name as keyof typeof COMPONENTS)]),
      ),
      securitySchemes: {
        customerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A short-lived customer token from POST /api/auth/customer-tokens',
        },
        serviceToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The service (bot) token from the backend configuration',
        },
        operatorToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The optional operator token (order status only)',
        },
      },
    },
  };
}

function operation(route: RouteSpec): Json {
  const parameters: Json[] = [];
  for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
    parameters.push({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string', minLength: 1, maxLength: 100 },
    });
  }
  if (route.query) {
    const shape = (z.toJSONSchema(route.query, { target: 'draft-2020-12', io: 'input' }) as Json)
      .properties as Record<string, Json>;
    for (const [name, schema] of Object.entries(shape)) {
      const { description, ...rest } = schema;
      parameters.push({
        name,
        in: 'query',
        required: false,
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  if (route.idempotencyKey) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'Unique per order attempt (1 to 255 visible ASCII characters); remembered 24 h per customer.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  if (route.ifNoneMatch) {
    parameters.push({ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } });
  }
  const security =
    route.auth === 'none'
      ? []
      : route.auth === 'customer'
        ? [{ customerToken: [] }]
        : route.auth === 'service'
          ? [{ serviceToken: [] }]
          : [{ serviceToken: [] }, { operatorToken: [] }];
  const op: Json = {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    security,
    ...(parameters.length > 0 ? { parameters } : {}),
  };
  if (route.body === 'form') {
    op.requestBody = {
      required: false,
      content: { 'application/x-www-form-urlencoded': { schema: { type: 'object' } } },
    };
  } else if (route.body) {
    op.requestBody = {
      required: !route.optionalBody,
      content: { 'application/json': { schema: ref(route.body) } },
    };
  }
  op.responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, r]) => [status, response(r)]),
  );
  return op;
}

function response(r: RouteResponse): Json {
  const headers = r.headers
    ? Object.fromEntries(
        Object.entries(r.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }]),
      )
    : undefined;
  const content =
    r.body === undefined
      ? undefined
      : r.body === 'html'
        ? { 'text/html': { schema: { type: 'string' } } }
        : r.body === 'any'
          ? { 'application/json': { schema: { type: 'object' } } }
          : { 'application/json': { schema: ref(r.body) } };
  return { description: r.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) };
}
