import { asksAllergySuitability } from '../understand/allergy-question.ts';
import type { Positioned } from './answer-pending.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart } from './generation-context.ts';

/**
 * "I'm vegan", "my mum is vegetarian": the customer's own constraints, and those about someone else. An
 * allergy asked about in general ("is the sesame bun ok for nut allergies?", `asksAllergySuitability`)
 * is nobody's: it is answered, never recorded.
 */
export const constraintCommands: CommandPart = ({ parse, text }) => {
  const out: Positioned[] = [];
  const asked = parse.question !== undefined && asksAllergySuitability(text);
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
