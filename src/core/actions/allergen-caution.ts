import type { Allergen } from '../../domain/menu-schema.ts';
import { say, type TurnContext } from '../dialog/turn-context.ts';
import { joinList } from '../respond/phrases.ts';
import { addPassageNaming } from './passage-naming.ts';

/** A document passage on cross-contact: shared fryers or grills, traces, what the kitchen cannot promise. */
export const CROSS_CONTACT_PASSAGE =
  /\b(?:shared?|may contain|traces?|cross[- ]contact|contaminat\w*|same (?:fryer|oil|kitchen|oven|grill)|cannot (?:promise|guarantee))\b/i;

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
 * sentences on it), else one short line that the list is the menu's allergen data and staff should be
 * told. Never a document passage on anything else. Says it.
 */
export async function sayAllergenCaution(ctx: TurnContext, allergens: readonly Allergen[]): Promise<void> {
  const only = { minConfidence: ctx.deps.config.knowledgeConfidentAt, about: CROSS_CONTACT_PASSAGE };
  for (const allergen of allergens)
    if (await addPassageNaming(ctx, ctx.message, allergenWords(allergen), only)) return;
  say(ctx, 'allergen_list_caution', { allergens: joinList(allergens.map(allergenWords), 'or') });
}

/**
 * A list of dishes free of allergens asked of a menu that declares none: said so, with the staff to
 * ask, never a list that would read as safe. Says it.
 */
export function sayAllergenDataMissing(ctx: TurnContext, allergens: readonly Allergen[]): void {
  say(ctx, 'allergen_data_missing', { allergens: joinList(allergens.map(allergenWords), 'or') });
}
