import { describe, expect, it } from 'vitest';
import { BOT_EVENT_TYPES, BotEvent } from '../respond/bot-event.ts';
import { COMMAND_TYPES, Command } from './command.ts';

describe('persisted names', () => {
  it('pins the command types (they appear in logs and eval files)', () => {
    expect(COMMAND_TYPES).toEqual([
      'add_item',
      'remove_item',
      'update_item',
      'set_slot',
      'correct_slot',
      'set_constraint',
      'choose_option',
      'choose',
      'pick_ranked',
      'start_flow',
      'cancel_flow',
      'ask_knowledge',
      'recommend',
      'browse',
      'item_info',
      'confirm',
      'deny',
      'clarify',
      'handoff',
      'chitchat',
      'show_cart',
      'reopen_slot',
      'repeat',
      'skip',
      'order_status',
      'set_quantity',
      'amend_pending',
    ]);
  });

  it('pins the event types (every door renders them)', () => {
    expect(BOT_EVENT_TYPES).toEqual([
      'text',
      'item_list',
      'cart',
      'order_summary',
      'payment_link',
      'quick_replies',
      'sources',
      'handoff',
    ]);
  });
});

describe('Command', () => {
  it('accepts a valid command and fills defaults', () => {
    expect(Command.parse({ type: 'add_item', itemId: 'coke', quantity: 2 })).toEqual({
      type: 'add_item',
      itemId: 'coke',
      quantity: 2,
      options: [],
      without: [],
    });
  });

  it('rejects unknown types, zero quantities and unknown slots', () => {
    expect(Command.safeParse({ type: 'drop_table' }).success).toBe(false);
    expect(Command.safeParse({ type: 'add_item', itemId: 'coke', quantity: 0 }).success).toBe(false);
    expect(Command.safeParse({ type: 'set_slot', slot: 'password', value: 'x' }).success).toBe(false);
  });

  it('validates events too', () => {
    expect(BotEvent.safeParse({ type: 'quick_replies', replies: [] }).success).toBe(false);
    expect(BotEvent.safeParse({ type: 'text', text: 'hi' }).success).toBe(true);
  });
});
