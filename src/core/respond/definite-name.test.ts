import { describe, expect, it } from 'vitest';
import { converse } from '../../testing/rule-conversation.ts';
import { definiteName, joinAfterArticle } from './definite-name.ts';
import { phrase } from './phrases.ts';

const said = (turn: { events: { type: string; text?: string }[] }) =>
  turn.events
    .filter((e) => e.type === 'text')
    .map((e) => e.text)
    .join(' ');

describe('a name with its own article', () => {
  it('takes no second article', () => {
    expect(definiteName('The Godfather')).toBe('The Godfather');
    expect(definiteName('Samosa')).toBe('the Samosa');
    expect(joinAfterArticle('For the ', 'The Smash Stack')).toBe('For The Smash Stack');
    expect(joinAfterArticle('Bathe ', 'The Smash Stack')).toBe('Bathe The Smash Stack');
    expect(joinAfterArticle('For the ', 'Theatre Fries')).toBe('For the Theatre Fries');
    expect(joinAfterArticle("There's no ", 'The Godfather')).toBe("There's no Godfather");
    expect(joinAfterArticle("There's no ", 'Theatre Fries')).toBe("There's no Theatre Fries");
    expect(joinAfterArticle('Casino ', 'The Godfather')).toBe('Casino The Godfather');
  });

  it('gives way to a determiner: removing a dish not in the order', async () => {
    const { turns } = await converse('heroes', ['remove the godfather']);
    expect(said(turns.at(-1) as (typeof turns)[number])).toMatch(/no Godfather in your order/);
  });

  it('fills a template without doubling the article, sentence-initial or not', () => {
    expect(phrase('item_spice', 'seed', { name: 'The Godfather', level: 'not spicy' })).toBe(
      'The Godfather is not spicy.',
    );
    expect(phrase('left_out', 'seed', { name: 'The Godfather' })).toBe(
      "No problem, I've left The Godfather out.",
    );
  });

  it.each([
    ['heroes', ['tell me about the godfather', 'is it spicy?']],
    ['heroes', ['I will have the godfather']],
    ['heroes', ['I will have the godfather', 'remove the godfather']],
    ['grill', ['is the smash stack vegetarian']],
  ])('%s: %j never says "the The"', async (venue, messages) => {
    const { turns } = await converse(venue, messages);
    for (const t of turns) expect(said(t)).not.toMatch(/\bthe the\b/i);
    expect(said(turns.at(-1) as (typeof turns)[number])).toMatch(/The (Godfather|Smash Stack)/);
  });
});
