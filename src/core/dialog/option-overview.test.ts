import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe("a dish's options asked without a group: small groups in full, large ones summarised", () => {
  it('pizzeria: the 77 toppings are counted with examples and how to hear them all; sizes in full', async () => {
    const { last, cart } = await converse('pizzeria', ['what are my options for the margherita']);
    const reply = said(last);
    expect(reply).toMatch(/size \(Small 10", Medium 12" \(\+\$3\.00\).*Party Size/);
    expect(reply).toMatch(/toppings \(\d+ choices such as [^;]+; ask "which toppings" to see them all\)/);
    expect(reply).not.toMatch(/Gorgonzola/);
    expect(cart).toEqual([]);
  });

  it('deli: every group is named; veggies summarised, bread and cheese listed', async () => {
    const { last } = await converse('deli', ['what are the options on the turkey club']);
    const reply = said(last);
    expect(reply).toMatch(/bread \(Italian Hero Roll.*Jewish Rye/);
    expect(reply).toMatch(/veggies \(11 choices such as/);
    expect(reply).toMatch(/length \(6" \(half\) or 12"/);
  });

  it('asking for the large group then lists all of it', async () => {
    const { last } = await converse('deli', ['what are the options on the turkey club', 'which veggies']);
    expect(said(last)).toMatch(/Lettuce.*Black Olives.*Cucumbers/);
  });

  it('"what can I put on it?" still names the group that adds to the dish', async () => {
    const { last } = await converse('pizzeria', ['what can i put on the build your own pizza']);
    expect(said(last)).toMatch(/toppings.*Basil Pesto \(\+\$1\.50\)/);
  });
});
