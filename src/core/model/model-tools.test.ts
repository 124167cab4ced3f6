import { describe, expect, it } from 'vitest';
import { createSessionState, type SessionState } from '../state/session-state.ts';
import { actionToolCommands } from './action-tool-commands.ts';
import { toolsForState } from './model-tools.ts';

const fresh = (): SessionState => createSessionState({ sessionId: 's', venueId: 'v', customerId: 'c' });
const atSummary = (): SessionState => ({
  ...fresh(),
  cartId: 'cart_1',
  cartItems: ['samosa'],
  pending: { kind: 'confirm_order', question: 'Shall I place it?', fingerprint: 'f' },
});
const names = (state: SessionState, knowledge = true) => Object.keys(toolsForState(state, { knowledge }));

describe('tools per dialog state', () => {
  it("builds a state's tool set once: the same facts give the same frozen object, other facts another", () => {
    const a = toolsForState(fresh(), { knowledge: true });
    expect(toolsForState({ ...fresh(), sessionId: 'other', turn: 7 }, { knowledge: true })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(toolsForState(atSummary(), { knowledge: true })).not.toBe(a);
    expect(toolsForState(fresh(), { knowledge: false })).not.toBe(a);
    // the shared specs are reused across sets (their JSON Schemas are converted once by the adapter)
    expect(toolsForState(atSummary(), { knowledge: true }).add_to_cart).toBe(a.add_to_cart);
  });

  it('offers lookups, add and hand-off on a fresh session; no cart edits, no ordering', () => {
    expect(names(fresh())).toEqual([
      'list_menu',
      'get_item_details',
      'search_knowledge',
      'add_to_cart',
      'handoff_to_human',
      'propose_commands',
    ]);
    expect(names(fresh(), false)).not.toContain('search_knowledge');
  });

  it('offers the cart tools once the cart has lines, and create_order/initiate_payment only at the summary', () => {
    const withCart = { ...fresh(), cartId: 'cart_1', cartItems: ['samosa'] };
    expect(names(withCart)).toEqual(
      expect.arrayContaining(['calculate_total', 'update_cart_item', 'remove_from_cart']),
    );
    expect(names(withCart)).not.toContain('create_order');
    expect(names(atSummary())).toEqual(expect.arrayContaining(['create_order', 'initiate_payment']));
  });

  it('propose_commands carries the closed language the state allows: no plain yes at the summary, no unknown type', () => {
    const schema = toolsForState(atSummary(), { knowledge: false }).propose_commands?.input;
    expect(schema?.safeParse({ commands: [{ type: 'set_slot', slot: 'name', value: 'Sam' }] }).success).toBe(
      true,
    );
    expect(schema?.safeParse({ commands: [{ type: 'confirm' }] }).success).toBe(false);
    expect(schema?.safeParse({ commands: [{ type: 'place_order' }] }).success).toBe(false);
    // add_item has its own tool
    expect(
      schema?.safeParse({ commands: [{ type: 'add_item', itemId: 'samosa', quantity: 1 }] }).success,
    ).toBe(false);
    const elsewhere = toolsForState(fresh(), { knowledge: false }).propose_commands?.input;
    expect(elsewhere?.safeParse({ commands: [{ type: 'confirm' }] }).success).toBe(true);
    expect(elsewhere?.safeParse({ commands: [{ type: 'skip' }] }).success).toBe(false); // nothing to skip
  });

  it("propose_commands leaves out a clarify's edit: the rules fill it, the model's prompt does not carry it", () => {
    const input = toolsForState(fresh(), { knowledge: false }).propose_commands?.input;
    const schema = JSON.stringify((input as unknown as { toJSONSchema(): unknown }).toJSONSchema());
    expect(schema).toContain('"clarify"');
    const parsed = input?.safeParse({
      commands: [{ type: 'clarify', reason: 'ambiguous', choices: [], edit: { type: 'remove_item' } }],
    });
    expect(parsed?.success).toBe(true);
    expect((parsed?.data as { commands: object[] } | undefined)?.commands[0]).not.toHaveProperty('edit');
  });

  it('add_to_cart takes no price: extra fields are dropped by its schema', () => {
    const input = toolsForState(fresh(), { knowledge: false }).add_to_cart?.input;
    const parsed = input?.safeParse({ itemId: 'samosa', quantity: 2, price: 1 });
    expect(parsed?.success).toBe(true);
    expect(parsed?.data).not.toHaveProperty('price');
  });
});

describe('action tool calls become commands', () => {
  const call = (name: string, input: unknown = {}) => ({ id: 'c1', name, input });

  it('maps cart tools onto the command language', () => {
    const context = { state: fresh(), message: 'two samosas' };
    expect(
      actionToolCommands('add_to_cart', call('add_to_cart', { itemId: 'samosa', quantity: 2 }), context),
    ).toEqual({
      commands: [{ itemId: 'samosa', quantity: 2, type: 'add_item' }],
    });
    expect(
      actionToolCommands('handoff_to_human', call('handoff_to_human', { reason: 'asked' }), context),
    ).toEqual({
      commands: [{ reason: 'asked', type: 'handoff' }],
    });
  });

  it('create_order and initiate_payment become a yes only at the summary and on an unambiguous yes', () => {
    for (const tool of ['create_order', 'initiate_payment'] as const) {
      expect(actionToolCommands(tool, call(tool), { state: fresh(), message: 'yes' })).toEqual({
        commands: [],
        refused: 'no_summary',
      });
      for (const message of ['hmm maybe', 'yes but add a samosa', 'yes?', 'sure, actually no'])
        expect(actionToolCommands(tool, call(tool), { state: atSummary(), message })).toEqual({
          commands: [],
          refused: 'not_confirmed',
        });
      expect(actionToolCommands(tool, call(tool), { state: atSummary(), message: 'yes please' })).toEqual({
        commands: [{ type: 'confirm' }],
      });
    }
  });
});
