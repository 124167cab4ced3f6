import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Menu } from '../../domain/menu-schema.ts';
import { Moods } from '../../domain/moods-schema.ts';
import { createUnderstanding, type Understanding } from './understanding.ts';

const dir = join(import.meta.dirname, 'fixtures');

/** The small fixture menu (pizzas, drinks, curries) used by the unit tests. */
export const fixtureMenu = Menu.parse(JSON.parse(readFileSync(join(dir, 'menu.json'), 'utf8')));
export const fixtureMoods = Moods.parse(JSON.parse(readFileSync(join(dir, 'moods.json'), 'utf8'))).moods;

export function fixtureUnderstanding(): Understanding {
  return createUnderstanding(fixtureMenu, fixtureMoods, [
    {
      id: 'hours',
      title: 'Opening hours',
      text: '# Opening hours\n\n## Weekdays\nOpen 11 to 10.\n## Holidays\n',
    },
    { id: 'catering', title: 'Catering and events', text: '# Catering and events\n## Weddings\n' },
  ]);
}
