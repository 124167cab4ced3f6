import type { MenuItemDto } from '../../contract/backend-api.ts';
import type { TurnContext } from '../dialog/turn-context.ts';
import { dietFits } from './diet-check.ts';

/**
 * Available items like `item` (same category, same or stricter diet, safe for the stated allergies),
 * read from the backend so availability and prices are current.
 */
export async function findAlternatives(ctx: TurnContext, item: MenuItemDto): Promise<MenuItemDto[]> {
  const { constraints } = ctx.state;
  const diet = constraints.diet && constraints.diet !== 'non-vegetarian' ? constraints.diet : undefined;
  const menu = await ctx.deps.backend.getMenu({
    category: item.category,
    ...(diet ? { diet } : {}),
    ...(constraints.allergies.length > 0 ? { allergen_free: constraints.allergies.join(',') } : {}),
  });
  const sameDiet = item.diet === 'non-vegetarian' ? undefined : item.diet;
  return menu.items
    .filter((i) => i.id !== item.id && i.available && dietFits(i.diet, sameDiet))
    .slice(0, ctx.deps.config.maxAlternatives);
}
