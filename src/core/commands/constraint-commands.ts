import { asksAllergySuitability } from '../understand/allergy-question.ts';
import type { Positioned } from './answer-pending.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart } from './generation-context.ts';
import { sectionAsked, WHAT_FITS } from './guest-fits.ts';

/**
 * "I'm vegan", "my mum is vegetarian": the customer's own constraints, and those about someone else. An
 * allergy asked about in general ("is the sesame bun ok for nut allergies?", "which pizzas are safe for
 * someone with a dairy allergy", `asksAllergySuitability`) is nobody's in the conversation: it is
 * answered, never recorded. Asked with no dish, the list or pick it asks for carries it as its own filter
 * (`allergenFree` of the browse or recommend command, intent-commands.ts), so nothing unsafe is offered.
 */
export const constraintCommands: CommandPart = (g) => {
  const { parse, text } = g;
  const out: Positioned[] = [];
  // the customer's own allergy ("I'm allergic to eggs, which burgers can I have") is recorded; one of
  // nobody's naming is the filter of what the question asks for (a safety rule kept on the command)
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
          ...sectionAsked(g),
          allergenFree: guest.allergies,
        },
        pos: COMMAND_AT.constraint,
      });
  }
  return out;
};
