import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { venueKnowledge } from '../../testing/venue-knowledge.ts';
import { createSessionState } from '../state/session-state.ts';
import { toolsForState } from './model-tools.ts';
import { parsePromptTemplate, renderPrompt } from './prompt-template.ts';
import { type BuiltPrompt, buildUnderstandingPrompt, renderMenuItems } from './understanding-prompt.ts';

const text = (built: BuiltPrompt, i: number) => {
  const m = built.messages[i];
  return m && 'content' in m ? m.content : '';
};

const dir = resolve(import.meta.dirname, '../../../prompts');
const read = (file: string) => parsePromptTemplate(file, readFileSync(resolve(dir, file), 'utf8'));
const prompts = { system: read('understand-system.md'), user: read('understand-user.md') };
const venue = loadVenue('spice-route');

describe('prompt templates', () => {
  it('loads the shipped templates with a name and a version', () => {
    expect(prompts.system).toMatchObject({ name: 'understand-system', version: 1, variables: ['venue'] });
    expect(prompts.user.variables).toContain('message');
  });

  it('refuses a template without front matter, with an undeclared or an unused variable', () => {
    expect(() => parsePromptTemplate('a.md', 'Hello {{venue}}')).toThrow(/front matter/);
    expect(() => parsePromptTemplate('a.md', '---\nname: a\nversion: 1\n---\nHi {{venue}}')).toThrow(
      /undeclared variables venue/,
    );
    expect(() =>
      parsePromptTemplate('a.md', '---\nname: a\nversion: 1\nvariables: [venue, x]\n---\nHi {{venue}}'),
    ).toThrow(/unused x/);
    expect(() => parsePromptTemplate('a.md', '---\nname: a\nversion: 0\n---\nHi')).toThrow(/front matter/);
  });

  it('renders every slot and refuses a missing value', () => {
    const t = parsePromptTemplate(
      'a.md',
      '---\nname: a\nversion: 2\nvariables: [venue]\n---\nHi {{ venue }}!',
    );
    expect(renderPrompt(t, { venue: 'Spice Route' })).toBe('Hi Spice Route!');
    expect(() => renderPrompt(t, {})).toThrow(/no value for venue/);
  });
});

describe('the understanding prompt', () => {
  it('carries the message, the items it may mean with their options, passages with ids, the state and the tools; no prices', async () => {
    const state = {
      ...createSessionState({ sessionId: 's', venueId: venue.id, customerId: 'c' }),
      cartId: 'cart_1',
      cartItems: ['mango-lassi'],
      history: [
        { role: 'user' as const, text: 'hi' },
        { role: 'bot' as const, text: 'Hello! What can I get you?' },
      ],
    };
    const tools = toolsForState(state, { knowledge: true });
    const built = await buildUnderstandingPrompt(
      { message: 'two paneer tikka, do you deliver?', state, venue },
      tools,
      prompts,
      {
        knowledge: await venueKnowledge(venue),
      },
    );
    const user = text(built, 1);
    expect(text(built, 0)).toContain(venue.menu.venue.name);
    expect(user).toContain('"""two paneer tikka, do you deliver?"""');
    expect(user).toMatch(/paneer-tikka: Paneer Tikka/);
    expect(user).toContain('Their option groups (group: choice ids):');
    expect(user).toContain('Mango Lassi (mango-lassi)');
    expect(user).toMatch(/\n[a-z-]+#\d+: /); // a passage with its id
    expect(user).toContain('customer: hi');
    expect(user).toContain('update_cart_item');
    expect(user).not.toMatch(/[$€£₹]\s?\d/);
    expect(built.versions).toEqual(['understand-system@1', 'understand-user@1']);
    expect(built.promptTokens).toBeGreaterThan(100);
  });

  it('trims history and passages to their token budgets, newest turns first', async () => {
    const history = Array.from({ length: 40 }, (_, i) => ({
      role: (i % 2 === 0 ? 'user' : 'bot') as 'user' | 'bot',
      text: `turn number ${i} with some words to cost tokens`,
    }));
    const state = { ...createSessionState({ sessionId: 's', venueId: venue.id, customerId: 'c' }), history };
    const built = await buildUnderstandingPrompt(
      { message: 'a samosa', state, venue },
      toolsForState(state, { knowledge: true }),
      prompts,
      {
        knowledge: await venueKnowledge(venue),
        budget: { historyTokens: 40, passageTokens: 0, maxItems: 3 },
      },
    );
    const user = text(built, 1);
    expect(user).toContain('turn number 39');
    expect(user).not.toContain('turn number 30 ');
    expect(user).toContain('Venue passages (id: text):\n(none)');
  });
});

describe('renderMenuItems', () => {
  it("marks a group offered only with another group's choice (a combo's drink)", () => {
    const grill = loadVenue('grill');
    const rendered = renderMenuItems(grill, ['hamburger']);
    expect(rendered).toContain('combo-drink (only with combo): coke|');
    expect(rendered).toMatch(/^patties: single\|double\|triple$/m);
  });
});
