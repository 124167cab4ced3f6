import type { MenuItemDto } from '../../contract/backend-api.ts';
import type { TurnContext } from '../dialog/turn-context.ts';
import type { SessionState } from '../state/session-state.ts';
import { dietFits } from './diet-check.ts';

/**
 * Available items like `item` (same category, same or stricter diet, safe for the stated allergies),
 * read from the backend so availability and prices are current. `constraints`: the diet and allergies
 * they must fit (the session's stated ones by default; a guest's, or with what was asked of the dish).
 */
export async function findAlternatives(
  ctx: TurnContext,
  item: MenuItemDto,
  constraints: SessionState['constraints'] = ctx.state.constraints,
): Promise<MenuItemDto[]> {
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
