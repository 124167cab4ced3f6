import type { SessionState } from '../state/session-state.ts';
import { mealSectionOf } from '../understand/meal-sections.ts';
import type { Positioned } from './answer-pending.ts';
import type { CommandInput } from './command.ts';
import { COMMAND_AT } from './command-order.ts';
import type { GenerationContext } from './generation-context.ts';

/** A question for what someone can have ("what can she get?", "what could they eat?", "anything for him?"). */
export const WHAT_FITS =
  /\b(what|which( dishes| ones)?|anything)\b.*\b(can|could|should|would|is there for|for)\b.*\b(get|have|eat|order|try|she|he|they|him|her|them)\b/;
/** A word for the person spoken of, not the customer ("she", "him", "they"). */
const THIRD_PERSON = /\b(?:she|he|they|her|him|them)\b/;

/**
 * The section of the menu a question for dishes narrows to: the categories of a meal-time or course
 * word ("for breakfast": `mealSectionOf`; one category as `category`, several as their dishes with a
 * noun), else the category the message names ("what soups can she have"). Empty when neither is said.
 */
export function sectionAsked(
  g: GenerationContext,
): Pick<Extract<CommandInput, { type: 'browse' }>, 'category' | 'items' | 'noun'> {
  const meal = mealSectionOf(g.text, g.venue.menu);
  if (meal && meal.categories.length === 1) return { category: meal.categories[0] as string };
  if (meal)
    return {
      items: g.venue.menu.items.filter((i) => meal.categories.includes(i.category)).map((i) => i.id),
      noun: `${meal.meal} dishes`,
    };
  return g.parse.filters.category ? { category: g.parse.filters.category } : {};
}

/** The guest whose need was said last in the conversation ("my daughter is vegetarian"), if any. */
function guestSpokenOf(state: SessionState): { diet?: string; allergies: string[] } | undefined {
  const frame = state.frames.findLast((f) => f.kind === 'guest_dish');
  return frame?.slots.guest as { diet?: string; allergies: string[] } | undefined;
}

/**
 * "my daughter is vegetarian" … "what can she have for breakfast?": a question for what the guest
 * spoken of may have, said with a third-person pronoun and no dish, lists the dishes that fit the
 * guest's diet and allergies, narrowed to the section asked (`sectionAsked`). Undefined when the
 * message is no such question or no guest's need was said (the other parts read it as usual).
 */
export function guestFitsCommands(g: GenerationContext): Positioned[] | undefined {
  const text = g.text.toLowerCase();
  if (!g.noOrderWords || g.parse.guestConstraints?.length) return undefined;
  if (!WHAT_FITS.test(text) || !THIRD_PERSON.test(text)) return undefined;
  const guest = guestSpokenOf(g.state);
  if (!guest) return undefined;
  const diet = guest.diet && guest.diet !== 'non-vegetarian' ? guest.diet : undefined;
  const cmd = {
    type: 'browse',
    ...(diet ? { diet } : {}),
    ...sectionAsked(g),
    allergenFree: guest.allergies,
  } as CommandInput;
  return [{ cmd, pos: COMMAND_AT.constraint }];
}
