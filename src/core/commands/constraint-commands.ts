import { asksAllergySuitability } from '../understand/allergy-question.ts';
import type { Positioned } from './answer-pending.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart } from './generation-context.ts';
import { sectionAsked, WHAT_FITS } from './guest-fits.ts';

/**
 * "I'm vegan", "my mum is vegetarian": the customer's own constraints, and those about someone else. An
 * allergy asked about in general ("is the sesame bun ok for nut allergies?", `asksAllergySuitability`)
 * of a dish named is nobody's: it is answered, never recorded. Asked with no dish ("which pizzas are safe
 * for someone with a dairy allergy"), the list it asks for carries it as its filter (`allergenFree`,
 * intent-commands.ts) and it is recorded too.
 */
export const constraintCommands: CommandPart = (g) => {
  const { parse, text } = g;
  const out: Positioned[] = [];
  // only a question about a dish named is answered without recording: "what's good for someone with a
  // gluten allergy", "which pizzas are safe for a dairy allergy" ask for dishes, most likely for someone
  // eating with the customer, so the allergy is recorded as well as filtering the list (a safety rule:
  // over-caution is the safe failure, and later suggestions and the kitchen keep it)
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
          ...sectionAsked(g),
          allergenFree: guest.allergies,
        },
        pos: COMMAND_AT.constraint,
      });
  }
  return out;
};
