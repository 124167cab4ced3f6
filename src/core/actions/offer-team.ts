import { say, type TurnContext } from '../dialog/turn-context.ts';
import { contactRouteOf, contactSentence } from './contact-route.ts';

/**
 * "To ask the team about it, call … or e-mail …": the venue's contact route, for what the bot cannot
 * do (a cancel outside the policy, a table booking, ...). Without a route: contact the venue directly.
 */
export function offerTeam(ctx: TurnContext): void {
  const route = contactSentence(contactRouteOf(ctx.deps.venue));
  if (route) say(ctx, 'ask_team', { route });
  else say(ctx, 'ask_team_no_route');
}
