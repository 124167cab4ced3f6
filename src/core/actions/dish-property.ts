import type { MenuItemDto } from '../../contract/backend-api.ts';
import { atLeastSpice } from '../../domain/item-heat.ts';
import type { CommandOf } from '../commands/command.ts';
import { backendMenu, card, log, quickReplies, say, type TurnContext } from '../dialog/turn-context.ts';
import { itemEntry } from '../respond/cards.ts';
import { type ListedWhat, listedNounPhrase } from '../respond/listed-noun-phrase.ts';
import { normalize } from '../understand/normalize.ts';
import { asksDishProperty } from '../understand/property-question.ts';

/** Property words that ask for heat: the menu's spice level says it where it rates the dish. */
const HEAT_WORDS = new Set(['spicy', 'hot', 'fiery', 'spiced', 'picante', 'peppery', 'zesty']);
/** Words just before a property word that deny it ("not spicy", "no heat", "non-dairy"). */
const DENIALS = new Set(['not', 'no', 'non', 'without', 'never', 'less', 'zero']);

/**
 * Whether the menu marks the dish as having `property`: a tag of that name ("kid-friendly" for "kid
 * friendly"), a heat word and a spice level of at least 1 (or a heat word in its text where the menu
 * does not rate it), or the word in its name, description or ingredients with no denial just before.
 */
export function hasProperty(item: MenuItemDto, property: string): boolean {
  const dashed = property.replace(/ /g, '-');
  if (item.tags.some((t) => t.toLowerCase() === dashed)) return true;
  if (HEAT_WORDS.has(property) && atLeastSpice(item, 1)) return true;
  const text = [item.name, item.description ?? '', ...item.ingredients].join(' . ').toLowerCase();
  return wordsOf(property).some((word) => {
    const pattern = new RegExp(`(\\b[a-z]+[\\s-]+)?\\b${word.replace(/[ -]/g, '[\\s-]')}\\b`, 'g');
    for (const m of text.matchAll(pattern))
      if (!DENIALS.has((m[1] ?? '').replace(/[\s-]+$/, '').trim())) return true;
    return false;
  });
}

/**
 * The words a dish's text says a property with: the property itself and, for an adjective in "-y" made
 * from a noun ("cheesy", "meaty", "crunchy"), that noun ("cheese", "meat", "crunch"). Heat words are
 * read from the spice level instead ("spicy" is no "spice" mix).
 */
function wordsOf(property: string): string[] {
  if (HEAT_WORDS.has(property) || !/^[a-z]{4,}y$/.test(property)) return [property];
  const stem = property.slice(0, -1);
  return [property, stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
}

/**
 * "what's spicy?", "which ones are hot?", "anything not cheesy?": the dishes the menu marks with the
 * property asked (or those it does not), listed with a card, read by `hasProperty` over the backend's
 * available items (of `category` when one was said); says none is marked when none is. Returns false,
 * saying nothing, when the message asks no such property or the browse carries filters of its own (a
 * diet, an allergen, a spice cap: the browse list answers those).
 */
export async function answerDishProperty(ctx: TurnContext, cmd: CommandOf<'browse'>): Promise<boolean> {
  if (
    cmd.diet !== undefined ||
    cmd.allergenFree.length > 0 ||
    cmd.maxSpice !== undefined ||
    cmd.items !== undefined ||
    (cmd.withoutIngredients?.length ?? 0) > 0 ||
    (cmd.allergenIn?.length ?? 0) > 0
  )
    return false;
  const asked = asksDishProperty(normalize(ctx.message).tokens, () => false);
  if (!asked) return false;
  const menu = await backendMenu(ctx);
  const offered = menu.items.filter((i) => i.available && (!cmd.category || i.category === cmd.category));
  const items = offered.filter((i) => hasProperty(i, asked.property) !== asked.negated);
  log(ctx, 'dialog.browse.property', { negated: asked.negated, count: items.length });
  if (items.length === 0) {
    say(ctx, asked.negated ? 'property_all' : 'property_none', { property: asked.property });
    return true;
  }
  const listed: ListedWhat = asked.negated
    ? {
        qualifiers: [],
        head: 'dishes',
        tail: ` that aren't ${asked.property}`,
        tailOne: ` that isn't ${asked.property}`,
      }
    : { qualifiers: [asked.property], head: 'dishes', tail: '' };
  const shown = items.slice(0, 60);
  say(ctx, 'browse_intro', {
    what: listedNounPhrase(listed, shown.length),
    verb: shown.length === 1 ? 'is' : 'are',
  });
  const title = `${[...listed.qualifiers, listed.head].join(' ')}${listed.tail}`;
  card(ctx, {
    type: 'item_list',
    title: title[0]!.toUpperCase() + title.slice(1),
    items: shown.map(itemEntry),
  });
  quickReplies(
    ctx,
    shown.slice(0, 3).map((i) => `Add ${i.name}`),
  );
  return true;
}
