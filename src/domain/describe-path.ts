/**
 * A path into a venue file said by ids rather than indexes: `['items', 14, 'optionGroups', 2]` in a menu
 * becomes `items[chicken-tacos].optionGroups[salsa]`. An array entry is named by its `id` (an object) or
 * by itself (a string in a list of kebab-case strings: a list of ids); an id that is missing or not unique in its list
 * keeps the index, so the name always points at one entry.
 */
export function describePath(root: unknown, path: ReadonlyArray<PropertyKey>): string {
  let at: unknown = root;
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') {
      const list = Array.isArray(at) ? at : undefined;
      const name = list ? entryName(list, key) : undefined;
      out += `[${name ?? key}]`;
      at = list?.[key];
    } else {
      out += out === '' ? String(key) : `.${String(key)}`;
      at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out;
}

function entryName(list: readonly unknown[], index: number): string | undefined {
  const entry = list[index];
  const name =
    entry !== null && typeof entry === 'object'
      ? idName((entry as { id?: unknown }).id)
      : list.every((e) => typeof e === 'string' && KEBAB.test(e))
        ? (entry as string)
        : undefined;
  if (name === undefined) return undefined;
  return list.filter(
    (e) => e === name || (e !== null && typeof e === 'object' && (e as { id?: unknown }).id === name),
  ).length === 1
    ? name
    : undefined;
}

/** A list whose entries are all kebab-case strings is a list of ids (option groups, tags). */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function idName(id: unknown): string | undefined {
  return typeof id === 'string' && /^[\w-]+$/.test(id) ? id : undefined;
}
