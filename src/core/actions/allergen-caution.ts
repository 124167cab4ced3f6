import type { Allergen } from '../../domain/menu-schema.ts';
import { say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';
import { addPassageNaming } from './passage-naming.ts';

/** A document passage on cross-contact: shared fryers or grills, traces, what the kitchen cannot promise. */
export const CROSS_CONTACT_PASSAGE =
  /\b(?:shared?|may contain|traces?|cross[- ]contact|contaminat\w*|same (?:fryer|oil|kitchen|oven|grill)|cannot (?:promise|guarantee))\b/i;

/** A passage on what the kitchen cannot promise ("not a certified gluten-free kitchen", "may contain traces"). */
const KITCHEN_PROMISE =
  /\b(?:not a certified|(?:cannot|can't|can not) (?:promise|guarantee)|may contain|traces? of)\b/i;

/** An allergen as said in a reply ("tree nuts", not "tree-nuts"). */
export const allergenWords = (a: Allergen): string => a.replace('-', ' ');

/**
 * Whether the menu carries allergen data at all: some dish declares an allergen. A menu of names and
 * prices whose every dish declares none cannot say which dishes are free of one ("never claim absence").
 */
export function menuDeclaresAllergens(items: readonly { allergens: readonly string[] }[]): boolean {
  return items.some((i) => i.allergens.length > 0);
}

/**
 * The caution after a list of the dishes free of allergens ("which pizzas are safe for a dairy
 * allergy?"): the venue's confident passage on cross-contact naming an allergen (trimmed to its
 * sentences on it), else a passage naming the allergen, else one short line that the list is the
 * menu's allergen data and staff should be told. Never a passage on the dishes' other words. Says it.
 */
export async function sayAllergenCaution(ctx: TurnContext, allergens: readonly Allergen[]): Promise<void> {
  // what the kitchen cannot promise first ("we are not a certified gluten-free kitchen"), then any
  // passage on cross-contact ("shared tandoor")
  for (const about of [KITCHEN_PROMISE, CROSS_CONTACT_PASSAGE]) {
    const only = { minConfidence: ctx.deps.config.knowledgeConfidentAt, about };
    for (const allergen of allergens)
      if (await addPassageNaming(ctx, ctx.message, allergenWords(allergen), only)) return;
  }
  // else what the documents say of the allergen ("gluten-free" dishes, which sauces hold it)
  for (const allergen of allergens)
    if (await addPassageNaming(ctx, ctx.message, allergenWords(allergen))) return;
  say(ctx, 'allergen_list_caution', { allergens: joinList(allergens.map(allergenWords), 'or') });
}

/**
 * A list of dishes free of allergens asked of a menu that declares none: said so, with the staff to
 * ask, never a list that would read as safe. Says it.
 */
export function sayAllergenDataMissing(ctx: TurnContext, allergens: readonly Allergen[]): void {
  say(ctx, 'allergen_data_missing', { allergens: joinList(allergens.map(allergenWords), 'or') });
}
