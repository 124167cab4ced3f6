import { describe, expect, it } from 'vitest';
import { ModelUnavailableError } from '../../errors/index.ts';
import { fixtureVenue } from '../../testing/fixture-venue.ts';
import type { CommandGenerator, Generation } from '../ports/command-generator.ts';
import { createSessionState } from '../state/session-state.ts';
import { mergedCommandGenerator } from './merged-command-generator.ts';

const venue = fixtureVenue();
const state = createSessionState({ sessionId: 's', venueId: venue.id, customerId: 'c' });
const generation = (source: string, commands: unknown[], confidence = 0.9): Generation => ({
  source,
  commands: commands.map((command) => ({ command, confidence })),
  notUnderstood: [],
});
const fixed = (g: Generation | Error): CommandGenerator & { calls: number } => {
  const gen = {
    name: g instanceof Error ? 'failing' : g.source,
    calls: 0,
    async generate() {
      gen.calls += 1;
      if (g instanceof Error) throw g;
      return g;
    },
  };
  return gen;
};
const input = { message: 'm', state, venue };
const policy = { rulesFirstConfidence: 0.85, sessionTokenBudget: 1000 };

describe('merge policy of rules and model', () => {
  it('takes a sure rule reading without calling the model', async () => {
    const model = fixed(generation('llm', [{ type: 'show_cart' }]));
    const merged = mergedCommandGenerator(
      fixed(generation('rules', [{ type: 'show_cart' }], 0.95)),
      model,
      policy,
    );
    expect((await merged.generate(input)).source).toBe('rules');
    expect(model.calls).toBe(0);
  });

  it('asks the model when the rules are unsure or did not understand, and keeps the rule parse', async () => {
    const model = fixed(generation('llm', [{ type: 'browse' }]));
    const unsure = mergedCommandGenerator(
      fixed(generation('rules', [{ type: 'browse' }], 0.6)),
      model,
      policy,
    );
    expect((await unsure.generate(input)).source).toBe('llm');
    const lost = mergedCommandGenerator(
      fixed(generation('rules', [{ type: 'clarify', reason: 'not_understood', choices: [] }], 0.95)),
      model,
      policy,
    );
    expect((await lost.generate(input)).commands.map((c) => (c.command as { type: string }).type)).toEqual([
      'browse',
    ]);
  });

  it('answers with the rules when the model fails or the session spent its budget', async () => {
    const rules = generation('rules', [{ type: 'browse' }], 0.5);
    const down = mergedCommandGenerator(
      fixed(rules),
      fixed(new ModelUnavailableError('circuit_open', 'open')),
      policy,
    );
    expect(await down.generate(input)).toBe(rules);
    const model = fixed(generation('llm', [{ type: 'show_cart' }]));
    const spent = mergedCommandGenerator(fixed(rules), model, policy);
    expect(await spent.generate({ ...input, state: { ...state, llmTokens: 1000 } })).toBe(rules);
    expect(model.calls).toBe(0);
  });

  it('lets a model yes stand only when the rules read a yes too', async () => {
    const model = fixed(generation('llm', [{ type: 'confirm' }, { type: 'show_cart' }]));
    const noYes = await mergedCommandGenerator(
      fixed(generation('rules', [{ type: 'deny' }], 0.5)),
      model,
      policy,
    ).generate(input);
    expect(noYes.commands.map((c) => (c.command as { type: string }).type)).toEqual(['show_cart']);
    expect(noYes.refusedTools).toEqual([{ tool: 'confirm', reason: 'rules_read_no_yes' }]);
    const yes = await mergedCommandGenerator(
      fixed(generation('rules', [{ type: 'confirm' }], 0.5)),
      model,
      policy,
    ).generate(input);
    expect(yes.commands.map((c) => (c.command as { type: string }).type)).toEqual(['confirm', 'show_cart']);
  });

  it("keeps the rules' diet asked of a dish on the model's addition of that dish", async () => {
    const fits = { diet: 'vegan', allergies: [] };
    const model = fixed(
      generation('llm', [
        { type: 'add_item', itemId: 'muffin', quantity: 1 },
        { type: 'add_item', itemId: 'latte', quantity: 1 },
      ]),
    );
    const read = await mergedCommandGenerator(
      fixed(generation('rules', [{ type: 'add_item', itemId: 'muffin', quantity: 1, fits }], 0.8)),
      model,
      policy,
    ).generate(input);
    expect(read.commands.map((c) => (c.command as { fits?: unknown }).fits)).toEqual([fits, undefined]);
  });
});
