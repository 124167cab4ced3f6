import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The one set of migrations, written with Kysely's schema builder so SQLite and PostgreSQL run
 * the same code. Append new migrations; never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('menu_document')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('venue_id', 'text', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('menu_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('available', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('stock')
        .addColumn('item_id', 'text', (c) => c.primaryKey().references('menu_items.id'))
        .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity >= 0`))
        .execute();
      await db.schema
        .createTable('carts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('fulfillment', 'text')
        .addColumn('order_id', 'text')
        .addColumn('next_position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('cart_lines')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('cart_id', 'text', (c) => c.notNull().references('carts.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('quantity', 'integer', (c) => c.notNull())
        .addColumn('options', 'text', (c) => c.notNull())
        .addColumn('without_defaults', 'text', (c) => c.notNull())
        .addColumn('notes', 'text')
        .execute();
      await db.schema.createIndex('cart_lines_cart').on('cart_lines').column('cart_id').execute();
      await db.schema
        .createTable('orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('cart_id', 'text', (c) => c.notNull().unique())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('fulfillment', 'text', (c) => c.notNull())
        .addColumn('payment_method', 'text', (c) => c.notNull())
        .addColumn('customer_name', 'text', (c) => c.notNull())
        .addColumn('customer_phone', 'text', (c) => c.notNull())
        .addColumn('delivery_address', 'text')
        .addColumn('notes', 'text')
        .addColumn('lines', 'text', (c) => c.notNull())
        .addColumn('totals', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['customer_id', 'key'])
        .execute();
      await db.schema
        .createIndex('idempotency_keys_created')
        .on('idempotency_keys')
        .column('created_at')
        .execute();
      await db.schema
        .createTable('payments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
        .addColumn('provider', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('amount', 'integer', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('payments_order').on('payments').column('order_id').execute();
      await db.schema
        .createTable('webhook_subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webhook_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .execute();
      await db.schema
        .createIndex('webhook_outbox_due')
        .on('webhook_outbox')
        .columns(['status', 'next_attempt_at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'webhook_outbox',
        'webhook_subscriptions',
        'payments',
        'idempotency_keys',
        'orders',
        'cart_lines',
        'carts',
        'stock',
        'menu_items',
        'menu_document',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  '0002_customer_data': {
    // Customer data export and erasure: find a customer's carts and orders without a scan, and keep a
    // record of each erasure (a hash of the customer id, never the id) so it can be re-applied after a
    // backup is restored.
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('carts_customer').on('carts').column('customer_id').execute();
      await db.schema.createIndex('orders_customer').on('orders').column('customer_id').execute();
      await db.schema
        .createTable('customer_erasures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('customer_hash', 'text', (c) => c.notNull())
        .addColumn('erased_at', 'text', (c) => c.notNull())
        .addColumn('carts_deleted', 'integer', (c) => c.notNull())
        .addColumn('orders_anonymised', 'integer', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('customer_erasures').execute();
      await db.schema.dropIndex('orders_customer').execute();
      await db.schema.dropIndex('carts_customer').execute();
    },
  },
  '0003_requested_time': {
    // The time a customer asked for (CreateOrderRequest.requestedTime): null for "as soon as possible".
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('orders').addColumn('requested_time', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('orders').dropColumn('requested_time').execute();
    },
  },
};
