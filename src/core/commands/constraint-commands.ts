import { asksAllergySuitability } from '../understand/allergy-question.ts';
import type { Positioned } from './answer-pending.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart } from './generation-context.ts';

/**
 * "I'm vegan", "my mum is vegetarian": the customer's own constraints, and those about someone else. An
 * allergy asked about in general ("is the sesame bun ok for nut allergies?", `asksAllergySuitability`)
 * of a dish named is nobody's: it is answered, never recorded. Asked with no dish ("what's good for someone
 * with a gluten allergy"), it filters the dishes offered, so it is recorded.
 */
export const constraintCommands: CommandPart = ({ parse, text }) => {
  const out: Positioned[] = [];
  // only a question about a dish named is answered without recording: "what's good for someone with a
  // gluten allergy" asks for dishes, which the allergy must filter (a safety rule, never dropped)
  const aboutDish =
    parse.itemRefs.length > 0 || parse.lines.length > 0 || parse.intents[0]?.intent === 'item_info';
  const asked = parse.question !== undefined && aboutDish && asksAllergySuitability(text);
  const allergies = asked ? [] : parse.constraints.allergies;
  if (parse.constraints.diet || allergies.length > 0)
    out.push({
      cmd: {
        type: 'set_constraint',
        ...(parse.constraints.diet ? { diet: parse.constraints.diet } : {}),
        allergies,
      },
      pos: COMMAND_AT.constraint,
    });
  for (const guest of parse.guestConstraints ?? []) {
    out.push({
      cmd: {
        type: 'set_constraint',
        person: guest.person,
        ...(guest.diet ? { diet: guest.diet } : {}),
        allergies: guest.allergies,
      },
      pos: COMMAND_AT.constraint,
    });
    // "my girlfriend is vegan, what can she get?": the dishes that fit her are shown
    if (parse.question && WHAT_FITS.test(parse.question))
      out.push({
        cmd: {
          type: 'browse',
          ...(guest.diet && guest.diet !== 'non-vegetarian' ? { diet: guest.diet } : {}),
          allergenFree: guest.allergies,
        },
        pos: COMMAND_AT.constraint,
      });
  }
  return out;
};

/** A question for what someone can have ("what can she get?", "what could they eat?", "anything for him?"). */
const WHAT_FITS =
  /\b(what|which( dishes| ones)?|anything)\b.*\b(can|could|should|would|is there for|for)\b.*\b(get|have|eat|order|try|she|he|they|him|her|them)\b/;
