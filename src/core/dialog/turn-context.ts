import type { MenuResponse } from '../../contract/backend-api.ts';
import type { Command } from '../commands/command.ts';
import { silentLogger } from '../ports/logger.ts';
import type { BotEvent } from '../respond/bot-event.ts';
import { type PhraseKey, phrase } from '../respond/phrases.ts';
import type { SessionState } from '../state/session-state.ts';
import { StepBudgetExceededError } from './step-budget-error.ts';
import type { TurnDeps } from './turn-deps.ts';

/** The working memory of one turn: the state being changed, the events being built, the budget. */
export interface TurnContext {
  state: SessionState;
  deps: TurnDeps;
  events: BotEvent[];
  quickReplies: string[] | undefined;
  steps: number;
  /** Seeds wording variation: same session, turn and message → same words. */
  seed: string;
  /** The pending question this turn started with, if any. */
  pendingAtStart: SessionState['pending'];
  /** The customer's message, normalized (what understanding read). */
  message: string;
  /** All commands of this turn, in execution order (a yes is judged with what else was asked). */
  commands: readonly Command[];
  flags: {
    /** The customer answered (or changed) what was pending. */
    answered: boolean;
    /** A question was put this turn: no need to re-ask the pending one. */
    asked: boolean;
    cartChanged: boolean;
    /** Something other than the pending question was handled (faq, browse...). */
    digressed: boolean;
    /** A frame's question was put this turn and recorded as pending. */
    pendingSet: boolean;
  };
  menu: MenuResponse | undefined;
  /** Lines added this turn and the sentence that told of them, so the next one joins it. */
  added: { event: BotEvent; sentence: string; whats: string[] } | undefined;
}

export function createTurnContext(state: SessionState, deps: TurnDeps, message: string): TurnContext {
  return {
    state,
    deps,
    events: [],
    quickReplies: undefined,
    steps: 0,
    seed: `${state.sessionId}:${state.turn}:${message}`,
    pendingAtStart: state.pending,
    message,
    commands: [],
    flags: { answered: false, asked: false, cartChanged: false, digressed: false, pendingSet: false },
    menu: undefined,
    added: undefined,
  };
}

/** Counts one dialog step; throws StepBudgetExceededError past the budget. */
export function step(ctx: TurnContext, what: string): void {
  ctx.steps += 1;
  if (ctx.steps > ctx.deps.config.maxStepsPerTurn)
    throw new StepBudgetExceededError(ctx.deps.config.maxStepsPerTurn, what);
}

export function say(ctx: TurnContext, key: PhraseKey, vars: Record<string, string | number> = {}): string {
  const text = phrase(key, ctx.seed, { venue: ctx.deps.venue.menu.venue.name, ...vars });
  sayText(ctx, text);
  return text;
}

export function sayText(ctx: TurnContext, text: string): void {
  const last = ctx.events.at(-1);
  if (last?.type === 'text') last.text = `${last.text} ${text}`;
  else ctx.events.push({ type: 'text', text });
}

export function card(ctx: TurnContext, event: Exclude<BotEvent, { type: 'text' | 'quick_replies' }>): void {
  ctx.events.push(event);
}

export function quickReplies(ctx: TurnContext, replies: string[]): void {
  ctx.quickReplies = replies.length > 0 ? replies : undefined;
}

/** The backend's menu, read once per turn at most. */
export async function backendMenu(ctx: TurnContext): Promise<MenuResponse> {
  ctx.menu ??= await ctx.deps.backend.getMenu();
  return ctx.menu;
}

export function log(ctx: TurnContext, event: string, fields: Record<string, unknown> = {}): void {
  (ctx.deps.logger ?? silentLogger).info(
    { session: ctx.state.sessionId, turn: ctx.state.turn, flow: ctx.state.frames.at(-1)?.kind, ...fields },
    event,
  );
}

export function currency(ctx: TurnContext): string {
  return ctx.deps.venue.menu.venue.currency;
}
