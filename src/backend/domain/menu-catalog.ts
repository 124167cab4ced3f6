import { createHash } from 'node:crypto';
import type { Menu, MenuItem, OptionGroup } from '../../domain/index.ts';
import { fixedQuery } from '../db/fixed-query.ts';
import type { Db } from '../db/schema.ts';

/** The menu as stored: the document (venue, categories, groups) and items in menu order. */
export interface MenuCatalog {
  document: Omit<Menu, 'items'>;
  items: MenuItem[];
  itemsById: Map<string, MenuItem>;
  groupsById: Map<string, OptionGroup>;
}

/** An item's live state: switched on/off and units left (null when stock is not tracked). */
export interface ItemState {
  available: boolean;
  stock: number | null;
}

/** A catalog over a validated menu (the stored form, and what fakes price against). */
export function menuCatalog(menu: Menu): MenuCatalog {
  const { items, ...document } = menu;
  return {
    document,
    items,
    itemsById: new Map(items.map((i) => [i.id, i])),
    groupsById: new Map(document.optionGroups.map((g) => [g.id, g])),
  };
}

export async function loadMenuCatalog(db: Db): Promise<MenuCatalog> {
  const doc = await db
    .selectFrom('menu_document')
    .select('document')
    .where('id', '=', 'menu')
    .executeTakeFirst();
  if (!doc) throw new Error('the database holds no menu: seed a venue first');
  const rows = await db.selectFrom('menu_items').select('data').orderBy('position').execute();
  const document = JSON.parse(doc.document) as Omit<Menu, 'items'>;
  return menuCatalog({ ...document, items: rows.map((r) => JSON.parse(r.data) as MenuItem) });
}

const selectItemStates = fixedQuery((db, _: Record<string, never>) =>
  db
    .selectFrom('menu_items')
    .leftJoin('stock', 'stock.item_id', 'menu_items.id')
    .select(['menu_items.id as id', 'menu_items.available as available', 'stock.quantity as quantity']),
);

const selectItemState = fixedQuery((db, v: { itemId: string }) =>
  db
    .selectFrom('menu_items')
    .leftJoin('stock', 'stock.item_id', 'menu_items.id')
    .select(['menu_items.available as available', 'stock.quantity as quantity'])
    .where('menu_items.id', '=', v.itemId),
);

const selectCartItemStates = fixedQuery((db, v: { cartId: string }) =>
  db
    .selectFrom('cart_lines')
    .innerJoin('menu_items', 'menu_items.id', 'cart_lines.item_id')
    .leftJoin('stock', 'stock.item_id', 'menu_items.id')
    .select(['menu_items.id as id', 'menu_items.available as available', 'stock.quantity as quantity'])
    .where('cart_lines.cart_id', '=', v.cartId)
    .distinct(),
);

/**
 * Availability flags and stock counts of the items on a cart's lines, read fresh in one query (an
 * item the database does not hold is absent): what placing an order checks, without reading every
 * item's state as `loadItemStates` does.
 */
export async function loadCartItemStates(db: Db, cartId: string): Promise<Map<string, ItemState>> {
  return toStates((await selectCartItemStates(db, { cartId })).rows);
}

/** Availability flags and stock counts of every item, read fresh from the database. */
export async function loadItemStates(db: Db): Promise<Map<string, ItemState>> {
  return toStates((await selectItemStates(db, {})).rows);
}

function toStates(
  rows: { id: string; available: number; quantity: number | null }[],
): Map<string, ItemState> {
  return new Map(
    rows.map((r) => [
      r.id,
      { available: Number(r.available) === 1, stock: r.quantity === null ? null : Number(r.quantity) },
    ]),
  );
}

/**
 * One item's availability flag and stock count, read fresh (undefined when the database does not hold
 * the item): what adding a line checks, without reading every item's state as `loadItemStates` does.
 */
export async function loadItemState(db: Db, itemId: string): Promise<ItemState | undefined> {
  const [row] = (await selectItemState(db, { itemId })).rows;
  if (!row) return undefined;
  return {
    available: Number(row.available) === 1,
    stock: row.quantity === null ? null : Number(row.quantity),
  };
}

/** Orderable now: switched on and, when stock is tracked, at least one unit left. */
export function isOrderable(state: ItemState | undefined): boolean {
  return state?.available === true && (state.stock === null || state.stock > 0);
}

/**
 * The menu version (ETag): a hash of the menu content and of each item's orderability, so it changes
 * when the menu or availability changes, but not on every unit of stock sold. The content's hash is
 * computed once per catalog; a request only hashes the orderability bits.
 */
export function menuVersion(catalog: MenuCatalog, states: Map<string, ItemState>): string {
  let content = contentHashes.get(catalog);
  if (content === undefined) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify(catalog.document));
    for (const item of catalog.items) hash.update(JSON.stringify(item));
    content = hash.digest('hex');
    contentHashes.set(catalog, content);
  }
  let orderable = '';
  for (const item of catalog.items) orderable += isOrderable(states.get(item.id)) ? '1' : '0';
  return `m-${createHash('sha256').update(content).update(orderable).digest('hex').slice(0, 16)}`;
}

const contentHashes = new WeakMap<MenuCatalog, string>();
