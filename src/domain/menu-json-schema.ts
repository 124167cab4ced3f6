import { z } from 'zod';
import { Menu } from './menu-schema.ts';
import { Moods } from './moods-schema.ts';

/** The JSON Schema of menu.json as authors write it (defaults make fields optional). */
export function menuJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Menu, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://maitre.dev/schemas/menu.schema.json',
    title: 'Maitre venue menu (restaurants/<venue>/menu.json)',
  };
}

/** The JSON Schema of moods.json. */
export function moodsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Moods, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    title: 'Maitre venue moods (restaurants/<venue>/moods.json)',
  };
}
