import type { CommandOf } from '../commands/command.ts';
import { pushFrame } from '../dialog/frames.ts';
import { log, say, step, type TurnContext } from '../dialog/turn-context.ts';
import { answerFact } from '../facts/index.ts';
import { joinList } from '../respond/phrases.ts';
import { offerMenu } from './knowledge-actions.ts';
import { addPassageNaming } from './passage-naming.ts';

/** How a drink kind the menu lacks is said in "we don't serve …". */
const DRINK_KIND_SAID: Record<
  NonNullable<NonNullable<CommandOf<'ask_knowledge'>['absent']>['drinkKind']>,
  string
> = {
  beer: 'beer',
  wine: 'wine',
  cocktails: 'cocktails',
  alcohol: 'alcohol',
};

/**
 * A question naming a dish the menu does not have ("do you have biryani?" at a pizzeria, `cmd.absent`,
 * read from the engine's general food list): when no structured fact answers the question and no passage
 * of the venue's documents names the dish ("is there any pork in the kitchen?" → the page saying where
 * pork is used), says "we don't have <dish>" and asks whether one of the nearest menu dishes would do
 * (a clarify frame with those choices, as for an unknown dish in an order), else offers the menu's
 * categories (`offerMenu`). A passage naming it is quoted
 * instead. Returns false, saying nothing, when the command names no absent dish or a fact answers it (the
 * question is then answered as any other).
 */
export async function answerAbsentDish(ctx: TurnContext, cmd: CommandOf<'ask_knowledge'>): Promise<boolean> {
  const absent = cmd.absent;
  if (!absent) return false;
  if (answerFact(cmd.question, ctx.deps.venue, ctx.deps.clock.now())) return false;
  step(ctx, 'ask_knowledge');
  ctx.flags.digressed = true;
  // "can I get a glass of milk": a request for the dish is no question a passage naming it answers
  if (!absent.requested && (await addPassageNaming(ctx, cmd.question, absent.heard))) return true;
  // "whats on tap" with no beer: the kind is not served; the menu's drinks are offered instead
  if (absent.drinkKind) {
    say(ctx, 'absent_drink_kind', { what: DRINK_KIND_SAID[absent.drinkKind] });
    log(ctx, 'dialog.faq.absent_drink_kind', { kind: absent.drinkKind, choices: absent.choices.length });
    if (absent.choices.length > 0)
      pushFrame(ctx, 'clarify', 'ask', { choices: absent.choices, instead: true });
    return true;
  }
  // "do you have ribeye or mashed potatoes": every dish the menu lacks, in one sentence
  if (absent.alsoHeard?.length)
    say(ctx, 'unknown_items', { list: joinList([absent.heard, ...absent.alsoHeard], 'or') });
  else say(ctx, 'unknown_item', { heard: absent.heard });
  log(ctx, 'dialog.faq.absent_dish', { choices: absent.choices.length });
  if (absent.choices.length > 0) pushFrame(ctx, 'clarify', 'ask', { choices: absent.choices });
  else offerMenu(ctx);
  return true;
}
