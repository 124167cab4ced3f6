import type { MenuItemDto } from '../../contract/backend-api.ts';
import { itemHeat } from '../../domain/item-heat.ts';
import type { Venue } from '../../domain/venue.ts';
import type { BackendPort } from '../ports/backend-port.ts';
import type { KnowledgeRetriever } from '../ports/knowledge-retriever.ts';
import type { ToolCall } from '../ports/language-model.ts';
import type { SessionState } from '../state/session-state.ts';
import type { ReadTool } from './model-tools.ts';

/** What the read tools reach: the same ports the engine uses. */
export interface ReadToolPorts {
  backend: BackendPort;
  knowledge?: KnowledgeRetriever | undefined;
  venue: Venue;
  state: Readonly<SessionState>;
}

/** Passages `search_knowledge` returns at most. */
const SEARCH_K = 4;
/** Items `list_menu` returns at most (the model narrows by category or diet for more). */
const LIST_MAX = 40;

/**
 * Runs one read tool against the backend (menu, item, cart: every price and total is the backend's, in
 * minor units) or the knowledge retriever, and returns a compact JSON result for the model. A failure
 * of the port is returned as `{ error }` (the model may go on without it); nothing here changes state.
 */
export async function runReadTool(name: ReadTool, call: ToolCall, ports: ReadToolPorts): Promise<unknown> {
  const input = (call.input ?? {}) as Record<string, unknown>;
  try {
    switch (name) {
      case 'list_menu': {
        const menu = await ports.backend.getMenu({
          ...(typeof input.category === 'string' ? { category: input.category } : {}),
          ...(typeof input.diet === 'string' ? { diet: input.diet as never } : {}),
        });
        return {
          currency: menu.venue.currency,
          items: menu.items.slice(0, LIST_MAX).map((i) => ({
            id: i.id,
            name: i.name,
            category: i.category,
            price: i.price.amount,
            available: i.available,
          })),
          more: Math.max(0, menu.items.length - LIST_MAX),
        };
      }
      case 'get_item_details': {
        const item = await ports.backend.getItem(String(input.itemId ?? ''));
        if (!item) return { error: 'no such item on this menu' };
        const groups = ports.venue.menu.optionGroups.filter((g) => item.optionGroups.includes(g.id));
        return {
          id: item.id,
          name: item.name,
          description: item.description,
          ingredients: item.ingredients,
          price: item.price.amount,
          currency: item.price.currency,
          diet: item.diet,
          allergens: item.allergens,
          // 0 none … 4 very hot, or what the menu's words say of a dish it does not rate
          spice: spiceForModel(item),
          available: item.available,
          options: groups.map((g) => ({
            group: g.id,
            name: g.name,
            min: g.min,
            max: g.max,
            choices: g.choices.map((c) => c.id),
            // a combo's drink: offered only on a line holding the gate group's choice
            ...(g.offeredWith ? { onlyWith: g.offeredWith } : {}),
          })),
        };
      }
      case 'calculate_total': {
        const { state } = ports;
        if (!state.cartId) return { lines: [], total: 0 };
        const cart = await ports.backend.getCart(state.customerId, state.cartId);
        return {
          lines: cart.lines.map((l) => ({
            itemId: l.itemId,
            name: l.name,
            quantity: l.quantity,
            lineTotal: l.lineTotal,
          })),
          ...cart.totals,
        };
      }
      case 'search_knowledge': {
        if (!ports.knowledge) return { passages: [] };
        const hits = await ports.knowledge.search({ text: String(input.query ?? ''), k: SEARCH_K });
        return {
          passages: hits.map((h) => ({ id: h.chunk.id, text: h.chunk.text, source: h.chunk.source.title })),
        };
      }
    }
  } catch (error) {
    return { error: (error as { code?: string }).code ?? 'lookup failed' };
  }
}

/**
 * The dish's heat for the model: the menu's level (0 none … 4 very hot), or, where the menu does not
 * rate it, that it is not rated and the heat word its text holds (a weak signal, never a level).
 */
function spiceForModel(item: MenuItemDto): number | { rated: false; heatWord: string | null } {
  const heat = itemHeat(item);
  return heat.rated ? heat.level : { rated: false, heatWord: heat.heatWord?.text ?? null };
}
