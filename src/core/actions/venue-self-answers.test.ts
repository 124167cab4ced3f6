import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';

const replyTo = async (venue: string, message: string) => {
  const { last } = await converse(venue, [message]);
  return {
    text: last.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' '),
    intents: last.trace.commands,
  };
};

describe('questions about the venue itself', () => {
  it.each([
    ['cafe', "what's the name of your cafe?"],
    ['grill', 'what is this restaurant called'],
    ['deli', 'tell me the name of this place'],
  ])('at %s, "%s" gets the configured name', async (venue, message) => {
    const { text } = await replyTo(venue, message);
    expect(text).toMatch(/^We're [A-Z]/);
    // the config path the fact came from is for developers (the sources card), never said
    expect(text).not.toMatch(/venue\.|under venue/);
  });

  it('at a venue with no hours anywhere, an hours question never quotes a dish', async () => {
    const { text } = await replyTo('cafe', 'till what time are you open tonight?');
    expect(text).toContain("I don't have our opening hours here");
    expect(text).not.toMatch(/\$\d/);
  });

  it('at a venue with a menu file alone, "do you do delivery?" is answered from venue.delivery', async () => {
    const { text } = await replyTo('cafe', 'do you do delivery?');
    expect(text).toMatch(/^Yes, we deliver\./);
    expect(text).toMatch(/\(from our menu\)$/);
  });

  it('a question about its people it cannot answer is honest and gives the contact, not out of scope', async () => {
    const { text } = await replyTo('grill', 'who owns the place?');
    expect(text).not.toMatch(/outside what I can help|can't help with that/);
    expect(text).toMatch(/not sure|don't know/);
  });
});
