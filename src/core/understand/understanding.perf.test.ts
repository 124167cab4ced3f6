import { describe, expect, it } from 'vitest';
import type { Menu, MenuItem } from '../../domain/menu-schema.ts';
import { fixtureMenu, fixtureMoods } from './test-fixture.ts';
import { createUnderstanding } from './understanding.ts';

const WORDS = [
  'smoky',
  'garden',
  'royal',
  'crispy',
  'golden',
  'spiced',
  'classic',
  'rustic',
  'fiery',
  'herbed',
];
const DISHES = [
  'paneer',
  'lamb',
  'prawn',
  'tofu',
  'mushroom',
  'chicken',
  'lentil',
  'aubergine',
  'salmon',
  'potato',
];
const KINDS = ['curry', 'wrap', 'bowl', 'skewer', 'salad', 'soup', 'roll', 'platter', 'burger', 'tart'];

/** The fixture menu grown to 200 items with generated names ("Smoky Paneer Curry", ...). */
function syntheticMenu(size: number): Menu {
  const base = fixtureMenu.items;
  const items: MenuItem[] = [...base];
  for (let i = 0; items.length < size; i++) {
    const template = base[i % base.length] as MenuItem;
    const name = `${WORDS[i % 10]} ${DISHES[Math.floor(i / 10) % 10]} ${KINDS[Math.floor(i / 100) % 10]}`;
    items.push({
      ...template,
      id: `gen-${i}`,
      name,
      aliases: [`${DISHES[Math.floor(i / 10) % 10]} ${KINDS[i % 10]} ${i}`],
    });
  }
  return { ...fixtureMenu, items };
}

const SENTENCES = [
  'two large pepperoni pizzas with extra cheese and no onions and a diet coke and 3 bottles of sprite',
  'a masala dosa, and make the biryani extra spicy',
  'can I get a smoky paneer curry and a golden lamb curry please',
  'what vegan mains do you have',
  'how much has the dow changed today',
  'um I would like a crispy prawn curry without onions',
  'are you open on sunday?',
  'actually make that two',
];

describe('parse latency', () => {
  it('stays well under a millisecond per sentence on a 200-item menu', () => {
    const u = createUnderstanding(syntheticMenu(200), fixtureMoods);
    for (let i = 0; i < 50; i++) for (const s of SENTENCES) u.parse(s);
    // Per sentence, the median of 31 runs: robust to the scheduler pausing the process on a busy machine.
    const medians = SENTENCES.map((s) => {
      const times: number[] = [];
      for (let i = 0; i < 31; i++) {
        const t0 = performance.now();
        u.parse(s);
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[15] as number;
    }).sort((a, b) => a - b);
    const worst = medians[medians.length - 1] as number;
    // Measured: the slowest sentence takes about 0.15 ms, typical ones 0.03-0.06 ms.
    expect(worst).toBeLessThan(1);
  });
});
