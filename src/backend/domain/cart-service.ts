import type { z } from 'zod';
import type {
  AddLineRequest,
  Cart,
  Fulfillment,
  RemovedDefault,
  SelectedOption,
  UpdateLineRequest,
} from '../../contract/backend-api.ts';
import type { CartLineTable, CartTable, Db } from '../db/schema.ts';
import type { BackendContext } from './backend-context.ts';
import { BackendError, notFound } from './backend-error.ts';
import { computeTotals } from './compute-totals.ts';
import { isOrderable, loadItemState } from './menu-catalog.ts';
import { priceLine } from './price-line.ts';

type AddLine = z.output<typeof AddLineRequest>;
type UpdateLine = z.output<typeof UpdateLineRequest>;

/** Carts belong to one customer: another customer's cart is NOT_FOUND, never forbidden. */
export class CartService {
  constructor(private readonly ctx: BackendContext) {}

  async create(customerId: string): Promise<Cart> {
    const now = this.ctx.clock.now().toISOString();
    const row: CartTable = {
      id: this.ctx.ids.next('cart'),
      customer_id: customerId,
      fulfillment: null,
      order_id: null,
      next_position: 0,
      created_at: now,
      updated_at: now,
    };
    await this.ctx.db.insertInto('carts').values(row).execute();
    this.ctx.logger.info({ event: 'cart.created', cartId: row.id }, 'cart.created');
    return this.render(this.ctx.db, row);
  }

  async get(customerId: string, cartId: string): Promise<Cart> {
    // the row just read is as fresh as a second read would be (no change of ours comes in between)
    const cart = await findCart(this.ctx.db, customerId, cartId);
    return this.render(this.ctx.db, cart, { reread: false });
  }

  async addLine(customerId: string, cartId: string, body: AddLine): Promise<Cart> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const cart = await findCart(trx, customerId, cartId);
      await this.assertOrderable(trx, body.itemId);
      const lineId = this.ctx.ids.next('line');
      priceLine(this.ctx.catalog, lineId, { ...body, notes: body.notes ?? null });
      const position = await claimPosition(trx, cart, this.ctx.clock.now());
      await trx
        .insertInto('cart_lines')
        .values({
          id: lineId,
          cart_id: cart.id,
          position,
          item_id: body.itemId,
          quantity: body.quantity,
          options: JSON.stringify(body.options),
          without_defaults: JSON.stringify(body.without),
          notes: body.notes ?? null,
        })
        .execute();
      return this.render(trx, cart);
    });
  }

  async updateLine(customerId: string, cartId: string, lineId: string, change: UpdateLine): Promise<Cart> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const cart = await findCart(trx, customerId, cartId);
      const line = await findLine(trx, cart.id, lineId);
      const next = {
        itemId: line.item_id,
        quantity: change.quantity ?? line.quantity,
        options: change.options ?? (JSON.parse(line.options) as SelectedOption[]),
        without: change.without ?? (JSON.parse(line.without_defaults) as RemovedDefault[]),
        notes: change.notes === undefined ? line.notes : change.notes,
      };
      priceLine(this.ctx.catalog, line.id, next);
      await claimPosition(trx, cart, this.ctx.clock.now());
      await trx
        .updateTable('cart_lines')
        .set({
          quantity: next.quantity,
          options: JSON.stringify(next.options),
          without_defaults: JSON.stringify(next.without),
          notes: next.notes,
        })
        .where('id', '=', line.id)
        .execute();
      return this.render(trx, cart);
    });
  }

  async removeLine(customerId: string, cartId: string, lineId: string): Promise<Cart> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const cart = await findCart(trx, customerId, cartId);
      const line = await findLine(trx, cart.id, lineId);
      await claimPosition(trx, cart, this.ctx.clock.now());
      await trx.deleteFrom('cart_lines').where('id', '=', line.id).execute();
      return this.render(trx, cart);
    });
  }

  async setFulfillment(customerId: string, cartId: string, fulfillment: Fulfillment): Promise<Cart> {
    assertFulfillmentOffered(this.ctx, fulfillment);
    return this.ctx.db.transaction().execute(async (trx) => {
      const cart = await findCart(trx, customerId, cartId);
      await claimPosition(trx, cart, this.ctx.clock.now());
      await trx.updateTable('carts').set({ fulfillment }).where('id', '=', cart.id).execute();
      return this.render(trx, { ...cart, fulfillment });
    });
  }

  /**
   * The cart as the contract shows it, priced against the current menu. Its row is read again (after a
   * change in the same transaction) unless `reread` is false: `cart` was then just read as it stands.
   */
  async render(db: Db, cart: CartTable, { reread = true } = {}): Promise<Cart> {
    const fresh = reread
      ? await db.selectFrom('carts').selectAll().where('id', '=', cart.id).executeTakeFirstOrThrow()
      : cart;
    const lines = await loadPricedLines(this.ctx, db, cart.id);
    const fulfillment = (fresh.fulfillment as Fulfillment | null) ?? null;
    return {
      id: fresh.id,
      fulfillment,
      lines,
      totals: computeTotals(lines, this.ctx.catalog.document.venue, fulfillment),
      orderId: fresh.order_id,
    };
  }

  private async assertOrderable(db: Db, itemId: string): Promise<void> {
    if (!this.ctx.catalog.itemsById.has(itemId)) {
      throw new BackendError('UNKNOWN_ITEM', `no item "${itemId}" on the menu`, { itemId });
    }
    if (!isOrderable(await loadItemState(db, itemId))) {
      throw new BackendError(
        'ITEM_UNAVAILABLE',
        `${this.ctx.catalog.itemsById.get(itemId)?.name} is not available now`,
        {
          itemId,
        },
      );
    }
  }
}

export async function findCart(db: Db, customerId: string, cartId: string): Promise<CartTable> {
  const cart = await db
    .selectFrom('carts')
    .selectAll()
    .where('id', '=', cartId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!cart) throw notFound('cart', cartId);
  return cart;
}

async function findLine(db: Db, cartId: string, lineId: string): Promise<CartLineTable> {
  const line = await db
    .selectFrom('cart_lines')
    .selectAll()
    .where('id', '=', lineId)
    .where('cart_id', '=', cartId)
    .executeTakeFirst();
  if (!line) throw notFound('cart line', lineId);
  return line;
}

/**
 * Locks a cart that has not become an order yet (a conditional update, so a concurrent order and a
 * cart change serialise) and hands out the next line position. Throws CART_FROZEN.
 */
async function claimPosition(db: Db, cart: CartTable, now: Date): Promise<number> {
  const row = await db
    .updateTable('carts')
    .set((eb) => ({ next_position: eb('next_position', '+', 1), updated_at: now.toISOString() }))
    .where('id', '=', cart.id)
    .where('order_id', 'is', null)
    .returning('next_position')
    .executeTakeFirst();
  if (!row)
    throw new BackendError('CART_FROZEN', `cart ${cart.id} became an order and can no longer change`, {
      cartId: cart.id,
    });
  return Number(row.next_position);
}

export async function loadPricedLines(ctx: BackendContext, db: Db, cartId: string) {
  const rows = await db
    .selectFrom('cart_lines')
    .selectAll()
    .where('cart_id', '=', cartId)
    .orderBy('position')
    .execute();
  return rows.map((r) =>
    priceLine(ctx.catalog, r.id, {
      itemId: r.item_id,
      quantity: Number(r.quantity),
      options: JSON.parse(r.options) as SelectedOption[],
      without: JSON.parse(r.without_defaults) as RemovedDefault[],
      notes: r.notes,
    }),
  );
}

export function assertFulfillmentOffered(ctx: BackendContext, fulfillment: Fulfillment): void {
  const venue = ctx.catalog.document.venue;
  const offered = fulfillment === 'delivery' ? venue.delivery.available : venue.pickup;
  if (!offered) {
    throw new BackendError('FULFILLMENT_UNAVAILABLE', `${venue.name} does not offer ${fulfillment}`, {
      fulfillment,
    });
  }
}
