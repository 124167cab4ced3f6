import type { Menu } from './menu-schema.ts';
import type { PathIssue } from './venue-problems.ts';

/**
 * Aliases that say two dishes: an alias also given to another item, or equal to another item's name
 * (compared without case and extra spaces). Warnings, not errors: the menu still loads and the bot still
 * runs, but a customer saying that phrase cannot be told which dish they mean, so the bot has to ask, or
 * takes the dish whose name it is. Each clash is said once, at the later item's alias.
 */
export function aliasClashes(menu: Menu): PathIssue[] {
  const names = new Map<string, string>();
  for (const item of menu.items) if (!names.has(phrase(item.name))) names.set(phrase(item.name), item.id);
  const aliasOwner = new Map<string, string>();
  const clashes: PathIssue[] = [];
  menu.items.forEach((item, i) => {
    item.aliases.forEach((alias, j) => {
      const key = phrase(alias);
      const named = names.get(key);
      const owner = aliasOwner.get(key);
      if (named !== undefined) {
        if (named !== item.id)
          clashes.push({
            path: ['items', i, 'aliases', j],
            message: `alias "${alias}" is the name of item ${named}`,
          });
      } else if (owner !== undefined && owner !== item.id)
        clashes.push({
          path: ['items', i, 'aliases', j],
          message: `alias "${alias}" is also an alias of item ${owner}`,
        });
      if (owner === undefined) aliasOwner.set(key, item.id);
    });
  });
  return clashes;
}

function phrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
