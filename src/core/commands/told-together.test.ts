import { describe, expect, it } from 'vitest';
import { toldTogether } from './clarify-commands.ts';

const unknown = (heard: string, ids: string[]) => ({
  cmd: {
    type: 'clarify' as const,
    reason: 'unknown_item' as const,
    heard,
    choices: ids.map((id) => ({ id, name: id })),
  },
  pos: 0,
});

describe('dishes the menu lacks told together (clarify-commands.ts)', () => {
  it('one command names them all, the nearest dishes offered once', () => {
    const out = toldTogether([unknown('ribeye', ['fries']), unknown('mashed potatoes', ['fries', 'tots'])]);
    expect(out).toHaveLength(1);
    const cmd = out[0]?.cmd;
    expect(cmd?.type === 'clarify' && cmd.alsoHeard).toEqual(['mashed potatoes']);
    expect(cmd?.type === 'clarify' && cmd.choices?.map((c) => c.id)).toEqual(['fries', 'tots']);
  });

  it('one unknown dish is left as it is', () => {
    expect(toldTogether([unknown('ribeye', [])])).toEqual([unknown('ribeye', [])]);
  });
});
