import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MenuQuery } from '../../../contract/backend-api.ts';
import { notFound } from '../../domain/backend-error.ts';
import { loadItemState, loadItemStates } from '../../domain/menu-catalog.ts';
import { queryMenu, toMenuItemDto } from '../../domain/query-menu.ts';
import type { RouteDeps } from '../route-deps.ts';
import { validate } from '../validate.ts';

const ItemParams = z.object({ id: z.string().min(1).max(100) });

/** GET /api/menu (ETag = menu version; If-None-Match → 304) and GET /api/menu/items/{id}. Public. */
export function registerMenuRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/api/menu', async (request, reply) => {
    const query = validate(MenuQuery, request.query, 'query');
    const states = await loadItemStates(deps.ctx.db);
    const menu = queryMenu(deps.ctx.catalog, states, query);
    const etag = `"${menu.version}"`;
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return menu;
  });

  app.get('/api/menu/items/:id', async (request) => {
    const { id } = validate(ItemParams, request.params, 'params');
    const item = deps.ctx.catalog.itemsById.get(id);
    if (!item) throw notFound('menu item', id);
    return toMenuItemDto(item, await loadItemState(deps.ctx.db, id));
  });
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v === etag || v === `W/${etag}`;
  });
}
