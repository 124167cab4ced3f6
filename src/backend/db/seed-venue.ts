import type { Menu } from '../../domain/index.ts';
import type { Db } from './schema.ts';

/**
 * Stores the venue's menu (document, items, stock) when the database has none yet. Returns whether
 * it seeded. Runs in one transaction so a crash never leaves half a menu.
 */
export async function seedVenue(db: Db, menu: Menu, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('menu_document').select('id').executeTakeFirst();
    if (existing) return false;
    const { items, ...document } = menu;
    await trx
      .insertInto('menu_document')
      .values({
        id: 'menu',
        venue_id: menu.venue.id,
        document: JSON.stringify(document),
        created_at: now.toISOString(),
      })
      .execute();
    for (const [position, item] of items.entries()) {
      await trx
        .insertInto('menu_items')
        .values({
          id: item.id,
          position,
          category: item.category,
          data: JSON.stringify(item),
          available: item.available ? 1 : 0,
        })
        .execute();
      if (item.stock !== null) {
        await trx.insertInto('stock').values({ item_id: item.id, quantity: item.stock }).execute();
      }
    }
    return true;
  });
}
