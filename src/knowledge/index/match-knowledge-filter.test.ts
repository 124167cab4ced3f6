import { describe, expect, it } from 'vitest';
import type { KnowledgeFilter } from '../../core/ports/knowledge-retriever.ts';
import { CONTRACT_CHUNKS } from './knowledge-index.contract.ts';
import { admittedDiets, matchesKnowledgeFilter } from './match-knowledge-filter.ts';

const passing = (filter: KnowledgeFilter | undefined): string[] =>
  CONTRACT_CHUNKS.filter((c) => matchesKnowledgeFilter(c, filter))
    .map((c) => c.id)
    .sort();

describe('matchesKnowledgeFilter (the reference the adapters translate)', () => {
  it('admits vegan under vegetarian, and nothing else under vegan or non-vegetarian', () => {
    expect(admittedDiets('vegetarian')).toEqual(['vegetarian', 'vegan']);
    expect(admittedDiets('vegan')).toEqual(['vegan']);
    expect(admittedDiets('non-vegetarian')).toEqual(['non-vegetarian']);
  });

  it.each<[KnowledgeFilter | undefined, string[]]>([
    [undefined, CONTRACT_CHUNKS.map((c) => c.id).sort()],
    [{}, CONTRACT_CHUNKS.map((c) => c.id).sort()],
    [{ kind: 'document' }, ['delivery#1', 'delivery#2', 'hours#1', 'payment#1']],
    [{ diet: 'vegetarian' }, ['menu:margherita', 'menu:peanut-noodles', 'menu:tofu-bowl']],
    [{ allergenFree: ['peanuts'] }, ['menu:chicken-wings', 'menu:margherita', 'menu:tofu-bowl']],
    [
      { allergenFree: [] },
      ['menu:chicken-wings', 'menu:margherita', 'menu:peanut-noodles', 'menu:tofu-bowl'],
    ],
    [{ diet: 'vegan', allergenFree: ['peanuts'] }, ['menu:tofu-bowl']],
    [{ kind: 'document', category: 'pizzas' }, []],
  ])('%j passes %j, as the contract suite expects of every index', (filter, expected) => {
    expect(passing(filter)).toEqual(expected);
  });
});
