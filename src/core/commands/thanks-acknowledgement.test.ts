import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

const THANKS_REPLY = /welcome|pleasure/i;

describe('a thanks with an "ok" in front', () => {
  it.each([
    ['spice-route', 'tell me about the paneer tikka', 'ok thanks'],
    ['spice-route', 'what is in the samosa?', 'alright, thank you'],
    ['pizzeria', 'tell me about the tiramisu', 'ok great thanks'],
  ])('%s: "%s" then "%s" is answered once, as a thanks', async (venue, question, thanks) => {
    const { last } = await converse(venue, [question, thanks]);
    expect(last.trace.commands.map((c) => c.type)).toEqual(['chitchat']);
    expect(said(last)).toMatch(THANKS_REPLY);
    expect(said(last)).not.toMatch(/what would you like|what else/i);
  });

  it('"ok thanks" to "anything else?" takes the thanks and asks nothing new', async () => {
    const { last, cart } = await converse('spice-route', ['a samosa', 'ok thanks']);
    expect(last.trace.commands.map((c) => c.type)).toEqual(['chitchat']);
    expect(cart).toHaveLength(1);
  });

  it('"ok thanks" still says yes to an offered dish', async () => {
    const { last, cart } = await converse('spice-route', ['something spicy', 'ok thanks']);
    expect(cart).toHaveLength(1);
    expect(said(last)).toMatch(THANKS_REPLY);
  });

  it('the answer to a thanks goes before the open question, and the reply ends on the question', async () => {
    const { last } = await converse('spice-route', ['a samosa', 'yes thanks']);
    const text = said(last);
    expect(text).toMatch(THANKS_REPLY);
    expect(text.trim().endsWith('?')).toBe(true);
  });
});
