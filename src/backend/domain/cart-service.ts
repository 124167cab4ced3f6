import type { z } from 'zod';
import type {
  AddLineRequest,
  Cart,
  CartLine,
  Fulfillment,
  RemovedDefault,
  SelectedOption,
  UpdateLineRequest,
} from '../../contract/backend-api.ts';
import { fixedQuery } from '../db/fixed-query.ts';
import type { CartLineTable, CartTable, Db } from '../db/schema.ts';
import type { BackendContext } from './backend-context.ts';
import { BackendError, notFound } from './backend-error.ts';
import { computeTotals } from './compute-totals.ts';
import { isOrderable, loadItemState } from './menu-catalog.ts';
import { priceLine } from './price-line.ts';
import { runTransaction } from './run-transaction.ts';

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
    await insertCart(this.ctx.db, row);
    this.ctx.logger.info({ event: 'cart.created', cartId: row.id }, 'cart.created');
    return this.view(row, []); // a new cart (its id is fresh) has no lines
  }

  async get(customerId: string, cartId: string): Promise<Cart> {
    // the row just read is as fresh as a second read would be (no change of ours comes in between)
    const cart = await findCart(this.ctx.db, customerId, cartId);
    return this.render(this.ctx.db, cart, { reread: false });
  }

  async addLine(customerId: string, cartId: string, body: AddLine): Promise<Cart> {
    return runTransaction(this.ctx, async (trx) => {
      const cart = await findCart(trx, customerId, cartId);
      await this.assertOrderable(trx, body.itemId);
      const lineId = this.ctx.ids.next('line');
      priceLine(this.ctx.catalog, lineId, { ...body, notes: body.notes ?? null });
      const claimed = await claimPosition(trx, cart, this.ctx.clock.now());
      await insertLine(trx, {
        id: lineId,
        cart_id: cart.id,
        position: claimed.next_position,
        item_id: body.itemId,
        quantity: body.quantity,
        options: JSON.stringify(body.options),
        without_defaults: JSON.stringify(body.without),
        notes: body.notes ?? null,
      });
      return this.render(trx, claimed, { reread: false });
    });
  }

  async updateLine(customerId: string, cartId: string, lineId: string, change: UpdateLine): Promise<Cart> {
    return runTransaction(this.ctx, async (trx) => {
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
      const claimed = await claimPosition(trx, cart, this.ctx.clock.now());
      await updateLine(trx, {
        id: line.id,
        quantity: next.quantity,
        options: JSON.stringify(next.options),
        withoutDefaults: JSON.stringify(next.without),
        notes: next.notes,
      });
      return this.render(trx, claimed, { reread: false });
    });
  }

  async removeLine(customerId: string, cartId: string, lineId: string): Promise<Cart> {
    return runTransaction(this.ctx, async (trx) => {
      const cart = await findCart(trx, customerId, cartId);
      const line = await findLine(trx, cart.id, lineId);
      const claimed = await claimPosition(trx, cart, this.ctx.clock.now());
      await deleteLine(trx, { id: line.id });
      return this.render(trx, claimed, { reread: false });
    });
  }

  async setFulfillment(customerId: string, cartId: string, fulfillment: Fulfillment): Promise<Cart> {
    assertFulfillmentOffered(this.ctx, fulfillment);
    return runTransaction(this.ctx, async (trx) => {
      const cart = await findCart(trx, customerId, cartId);
      const claimed = await claimPosition(trx, cart, this.ctx.clock.now(), fulfillment);
      return this.render(trx, claimed, { reread: false });
    });
  }

  /**
   * The cart as the contract shows it, priced against the current menu. Its row is read again unless
   * `reread` is false: `cart` was then just read (or written) as it stands.
   */
  async render(db: Db, cart: CartTable, { reread = true } = {}): Promise<Cart> {
    const fresh = reread ? await rereadCart(db, cart.id) : cart;
    return this.view(fresh, await loadPricedLines(this.ctx, db, cart.id));
  }

  private view(cart: CartTable, lines: CartLine[]): Cart {
    const fulfillment = (cart.fulfillment as Fulfillment | null) ?? null;
    return {
      id: cart.id,
      fulfillment,
      lines,
      totals: computeTotals(lines, this.ctx.catalog.document.venue, fulfillment),
      orderId: cart.order_id,
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

const insertCart = fixedQuery((db, row: CartTable) =>
  db.insertInto('carts').values({
    id: row.id,
    customer_id: row.customer_id,
    fulfillment: row.fulfillment,
    order_id: row.order_id,
    next_position: row.next_position,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }),
);

const selectCart = fixedQuery((db, v: { id: string; customerId: string }) =>
  db.selectFrom('carts').selectAll().where('id', '=', v.id).where('customer_id', '=', v.customerId),
);

const selectCartById = fixedQuery((db, v: { id: string }) =>
  db.selectFrom('carts').selectAll().where('id', '=', v.id),
);

async function rereadCart(db: Db, id: string): Promise<CartTable> {
  const [cart] = (await selectCartById(db, { id })).rows;
  if (!cart) throw new Error(`no cart ${id}`);
  return cart;
}

export async function findCart(db: Db, customerId: string, cartId: string): Promise<CartTable> {
  const [cart] = (await selectCart(db, { id: cartId, customerId })).rows;
  if (!cart) throw notFound('cart', cartId);
  return cart;
}

const selectLine = fixedQuery((db, v: { id: string; cartId: string }) =>
  db.selectFrom('cart_lines').selectAll().where('id', '=', v.id).where('cart_id', '=', v.cartId),
);

async function findLine(db: Db, cartId: string, lineId: string): Promise<CartLineTable> {
  const [line] = (await selectLine(db, { id: lineId, cartId })).rows;
  if (!line) throw notFound('cart line', lineId);
  return line;
}

const insertLine = fixedQuery((db, row: CartLineTable) =>
  db.insertInto('cart_lines').values({
    id: row.id,
    cart_id: row.cart_id,
    position: row.position,
    item_id: row.item_id,
    quantity: row.quantity,
    options: row.options,
    without_defaults: row.without_defaults,
    notes: row.notes,
  }),
);

const updateLine = fixedQuery(
  (db, v: { id: string; quantity: number; options: string; withoutDefaults: string; notes: string | null }) =>
    db
      .updateTable('cart_lines')
      .set({
        quantity: v.quantity,
        options: v.options,
        without_defaults: v.withoutDefaults,
        notes: v.notes,
      })
      .where('id', '=', v.id),
);

const deleteLine = fixedQuery((db, v: { id: string }) => db.deleteFrom('cart_lines').where('id', '=', v.id));

const claimNextPosition = fixedQuery((db, v: { id: string; updatedAt: string }) =>
  db
    .updateTable('carts')
    .set((eb) => ({ next_position: eb('next_position', '+', 1), updated_at: v.updatedAt }))
    .where('id', '=', v.id)
    .where('order_id', 'is', null)
    .returningAll(),
);

const claimNextPositionSettingFulfillment = fixedQuery(
  (db, v: { id: string; updatedAt: string; fulfillment: string }) =>
    db
      .updateTable('carts')
      .set((eb) => ({
        next_position: eb('next_position', '+', 1),
        updated_at: v.updatedAt,
        fulfillment: v.fulfillment,
      }))
      .where('id', '=', v.id)
      .where('order_id', 'is', null)
      .returningAll(),
);

/**
 * Locks a cart that has not become an order yet (a conditional update, so a concurrent order and a
 * cart change serialise), hands out the next line position (`next_position` of the row returned, as
 * it now stands) and, when given, sets the fulfillment. Throws CART_FROZEN.
 */
async function claimPosition(
  db: Db,
  cart: CartTable,
  now: Date,
  fulfillment?: Fulfillment,
): Promise<CartTable> {
  const updatedAt = now.toISOString();
  const { rows } = fulfillment
    ? await claimNextPositionSettingFulfillment(db, { id: cart.id, updatedAt, fulfillment })
    : await claimNextPosition(db, { id: cart.id, updatedAt });
  const [row] = rows;
  if (!row)
    throw new BackendError('CART_FROZEN', `cart ${cart.id} became an order and can no longer change`, {
      cartId: cart.id,
    });
  return { ...row, next_position: Number(row.next_position) };
}

const selectLines = fixedQuery((db, v: { cartId: string }) =>
  db.selectFrom('cart_lines').selectAll().where('cart_id', '=', v.cartId).orderBy('position'),
);

export async function loadPricedLines(ctx: BackendContext, db: Db, cartId: string) {
  const { rows } = await selectLines(db, { cartId });
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
