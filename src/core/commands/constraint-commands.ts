import type { Positioned } from './answer-pending.ts';
import { COMMAND_AT } from './command-order.ts';
import type { CommandPart } from './generation-context.ts';

/** "I'm vegan", "my mum is vegetarian": the customer's own constraints, and those about someone else. */
export const constraintCommands: CommandPart = ({ parse }) => {
  const out: Positioned[] = [];
  if (parse.constraints.diet || parse.constraints.allergies.length > 0)
    out.push({
      cmd: {
        type: 'set_constraint',
        ...(parse.constraints.diet ? { diet: parse.constraints.diet } : {}),
        allergies: parse.constraints.allergies,
      },
      pos: COMMAND_AT.constraint,
    });
  for (const guest of parse.guestConstraints ?? [])
    out.push({
      cmd: {
        type: 'set_constraint',
        person: guest.person,
        ...(guest.diet ? { diet: guest.diet } : {}),
        allergies: guest.allergies,
      },
      pos: COMMAND_AT.constraint,
    });
  return out;
};
