import { describe, expect, it } from 'vitest';
import type { Menu } from '../../domain/menu-schema.ts';
import { dishesOfKind } from './superlative-kind.ts';

const item = (id: string, name: string, category: string, aliases: string[] = []) => ({
  id,
  name,
  category,
  aliases,
});

/** A small menu: a kind named by a category's name, by most dishes' aliases, and by a category alias only. */
const menu = {
  categories: [
    { id: 'burgers', name: 'Burgers', aliases: [] },
    { id: 'specialty', name: 'Specialty Pizzas', aliases: ['specialty pies'] },
    { id: 'pizzas', name: 'Build Your Own', aliases: [] },
    { id: 'espresso', name: 'Espresso Drinks', aliases: ['lattes'] },
    { id: 'desserts', name: 'Desserts', aliases: [] },
  ],
  items: [
    item('hamburger', 'Hamburger', 'burgers', ['burger']),
    item('cheeseburger', 'Cheeseburger', 'burgers'),
    item('byo', 'Build Your Own Pizza', 'pizzas', ['pie']),
    item('pepperoni', 'Pepperoni Pizza', 'specialty', ['pepperoni pie']),
    item('supreme', 'Supreme', 'specialty', ['supreme pie']),
    item('buffalo', 'Buffalo Chicken', 'specialty'),
    item('espresso', 'Espresso', 'espresso'),
    item('americano', 'Americano', 'espresso'),
    item('latte', 'Latte', 'espresso'),
    item('chai', 'Chai Latte', 'espresso'),
    item('cookie', 'Giant Cookie', 'desserts', ['pizza cookie']),
    item('brownie', 'Brownie', 'desserts'),
  ],
} as unknown as Menu;

describe('dishesOfKind', () => {
  it('takes every dish of a category named by the word alone', () => {
    expect(dishesOfKind(menu, 'burger')).toEqual(['hamburger', 'cheeseburger']);
  });
  it('takes a category whose alias holds the word when most of its dishes do too', () => {
    expect(dishesOfKind(menu, 'pie')).toEqual(['byo', 'pepperoni', 'supreme', 'buffalo']);
  });
  it('leaves a category whose alias holds the word but most of whose dishes do not', () => {
    expect(dishesOfKind(menu, 'latte')).toEqual(['latte', 'chai']);
  });
  it('leaves a dish called so by an alias only, among dishes of another kind', () => {
    expect(dishesOfKind(menu, 'pizza')).toEqual(['byo', 'pepperoni']);
  });
});
