import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';
import { renderPlain } from '../respond/render-plain.ts';

const upToSummary = ['paneer tikka and 2 garlic naan', 'checkout', 'delivery', '1200 K St, 95814', 'Raj'];
const details = ['916 555 0142', 'cash', 'no'];

describe('checkout details in whole conversations (checkout trial)', () => {
  it('asks a detail again at the summary ("hmm change the address") and places nothing meanwhile', async () => {
    const c = await converse('spice-route', [...upToSummary, ...details, 'hmm change the address']);
    expect(renderPlain(c.last.events)).toMatch(/address/i);
    expect(c.last.state.pending).toMatchObject({ kind: 'slot', slot: 'address' });
    expect(c.last.state.slots.address).toBe('1200 K St, 95814');
    expect(c.last.state.order).toBeUndefined();
    const after = await converse('spice-route', [
      ...upToSummary,
      ...details,
      'hmm change the address',
      '1500 K St 95814',
      'yes',
    ]);
    expect(after.turns.at(-2)?.state.slots.address).toBe('1500 K St 95814');
    expect(after.last.state.order).toBeDefined();
  });

  it('asks the name again and takes the bare answer as the new name', async () => {
    const c = await converse('pizzeria', [
      'large pepperoni pizza',
      "that's it",
      'pickup',
      'Tom',
      '512 555 0122',
      'card',
      'no',
      'can i change the name',
      'Tommy Lee',
    ]);
    expect(c.last.state.slots.name).toBe('Tommy Lee');
    expect(c.last.state.pending).toMatchObject({ kind: 'confirm_order' });
  });

  it('takes "I\'ll pay when it arrives" as cash and never an approval as the name', async () => {
    const c = await converse('spice-route', [
      ...upToSummary.slice(0, 4),
      'perfect',
      'Raj',
      '916 555 0142',
      "i'll pay when it arrives",
    ]);
    expect(c.last.state.slots).toMatchObject({ name: 'Raj', paymentMethod: 'cash' });
  });

  it('takes "wait my number is ..." at an option question as the correction, the dish still waiting', async () => {
    const c = await converse('pizzeria', [
      'one margherita',
      'pickup',
      '512 555 0100',
      'wait my number is 512-555-0111',
    ]);
    expect(c.last.state.slots.phone).toBe('(512) 555-0111');
    expect(c.last.state.pending).toMatchObject({ kind: 'option' });
    expect(renderPlain(c.last.events)).not.toMatch(/left the Margherita out/);
  });
});
