import { describe, expect, it } from 'vitest';
import { choiceName } from './choice-name.ts';
import type { Menu } from './menu-schema.ts';

const menu = {
  optionGroups: [
    { id: 'size', choices: [{ id: 'small', name: 'Small Cup' }] },
    { id: 'toppings', choices: [{ id: 'onion', name: 'Raw Onion' }] },
    { id: 'sides', choices: [{ id: 'onion', name: 'Onion Rings' }] },
  ],
} as unknown as Menu;

describe('choiceName', () => {
  it("says a choice by its own group's name for it", () => {
    expect(choiceName(menu, { group: 'sides', choice: 'onion' })).toBe('Onion Rings');
    expect(choiceName(menu, { group: 'toppings', choice: 'onion' })).toBe('Raw Onion');
  });

  it('falls back to any group holding the id, then to the id itself', () => {
    expect(choiceName(menu, { group: 'gone', choice: 'small' })).toBe('Small Cup');
    expect(choiceName(menu, { group: 'size', choice: 'huge' })).toBe('huge');
  });

  it('finds a choice by its id alone, in the first group holding it', () => {
    expect(choiceName(menu, { choice: 'onion' })).toBe('Raw Onion');
  });
});
