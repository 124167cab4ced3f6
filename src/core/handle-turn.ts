import type { Cart } from '../contract/backend-api.ts';
import { MaitreError } from '../errors/maitre-error.ts';
import { currentCart } from './actions/cart-actions.ts';
import type { Command } from './commands/command.ts';
import { ruleCommandGenerator } from './commands/rule-command-generator.ts';
import { askFrame } from './dialog/ask-question.ts';
import {
  type Checkpoint,
  checkpoint,
  checkpointUnchanged,
  isBackendOutage,
  noteStaleMenu,
  rollBack,
  sayKitchenUnreachable,
} from './dialog/backend-outage.ts';
import { executeCommand } from './dialog/execute-command.ts';
import { orderFrame, popFrame, pushFrame, topFrame } from './dialog/frames.ts';
import { movePastHandoffOffer } from './dialog/move-past-handoff-offer.ts';
import { PATTERNS } from './dialog/patterns.ts';
import { StepBudgetExceededError } from './dialog/step-budget-error.ts';
import { createTurnContext, say, step, type TurnContext } from './dialog/turn-context.ts';
import type { TurnDeps } from './dialog/turn-deps.ts';
import { respondToSafetyConcern } from './guards/respond-to-safety-concern.ts';
import { safetyConcernOf } from './guards/safety-check.ts';
import { guardMessage } from './normalize/guard-message.ts';
import { type NormalizedMessage, normalizeMessage } from './normalize/normalize-message.ts';
import type { Generation } from './ports/command-generator.ts';
import { silentLogger } from './ports/logger.ts';
import { addUsage, type LlmUsage } from './ports/token-budget.ts';
import type { TurnSink } from './ports/turn-sink.ts';
import { processCommands } from './processor/process-commands.ts';
import type { Refusal } from './processor/refusal.ts';
import type { Act } from './respond/acts.ts';
import type { BotEvent } from './respond/bot-event.ts';
import { rendersAnything } from './respond/render-acts.ts';
import { type RespondOptions, respond } from './respond/respond.ts';
import { clonePlain } from './state/copy-data.ts';
import { heldGates } from './state/held-gates.ts';
import { redactTranscript } from './state/redact-transcript.ts';
import { createSessionState, type SessionState } from './state/session-state.ts';
import type { ParseResult } from './understand/parse-result.ts';

export interface TurnResult {
  state: SessionState;
  events: BotEvent[];
  /**
   * What the turn did and asks, as structured acts (src/core/respond/acts.ts), in order: the record the
   * reply was rendered from (and what a model phraser is grounded on).
   */
  acts: Act[];
  /**
   * For logs, eval and tests: the rule reading (when a generator had one), what each generator proposed,
   * what the command processor refused, and the commands the engine executed.
   */
  trace: {
    parse: ParseResult | undefined;
    generations: Generation[];
    refusals: Refusal[];
    commands: Command[];
  };
}

/** A fresh session for the venue, with a new customer id from the IdSource. */
export function newSession(deps: Pick<TurnDeps, 'venue' | 'ids'>, sessionId?: string): SessionState {
  return createSessionState({
    sessionId: sessionId ?? deps.ids.next('ses'),
    venueId: deps.venue.id,
    customerId: deps.ids.next('cus'),
  });
}

/** Per call options of `handleTurn`. */
export interface TurnOptions {
  /** Receives the reply's parts as they are produced, then `finish` (also after a failed turn). */
  sink?: TurnSink;
  /**
   * The session's cart as the backend returned it in an earlier turn, when nothing can have changed it
   * since (the caller decides: src/server/conversation/carried-cart.ts). Only a step that merely needs
   * to know the cart is not empty uses it (`currentCart(ctx, { carried: true })`); summaries, the
   * confirmation, showing the cart and every change still read the backend.
   */
  carriedCart?: Cart;
}

/**
 * One turn: normalize → command generators (rules; later a model) → command processor (validate,
 * resolve against the menu, de-duplicate, settle conflicts, refuse what the state does not allow) →
 * dialog engine (frames, flows, patterns) → actions via the backend → acts → respond (templates, or
 * `deps.phraser`) → events, written to `options.sink` as they are produced. The input state is not
 * mutated; the returned state is plain JSON.
 */
export async function handleTurn(
  previous: SessionState | undefined,
  message: string,
  deps: TurnDeps,
  options: TurnOptions = {},
): Promise<TurnResult> {
  const start = previous ?? newSession(deps);
  // a copy, but for the transcript's lines, which nothing changes (the turn only appends lines, once
  // done: `remember`): they are most of the state's bytes, so the turn copies the list alone
  const state: SessionState = clonePlain({ ...start, history: [] });
  state.history = start.history.slice();
  state.turn += 1;
  // markup and card details go before anything else sees the message, and before the length cut so
  // that no card number is cut in half (docs/dialog.md, step 1)
  const guarded = guardMessage(message);
  const input = normalizeMessage(guarded.text, deps.config.maxMessageLength);
  const text = input.text;
  const ctx = createTurnContext(state, deps, text);
  if (options.carriedCart) ctx.carried = options.carriedCart;
  // a message over the limit is cut, and the reply says so first (never a silent drop)
  if (input.cut) {
    say(ctx, 'message_cut', { max: deps.config.maxMessageLength.toLocaleString('en-US') });
    (deps.logger ?? silentLogger).info(
      { session: state.sessionId, turn: state.turn, length: input.length, kept: text.length },
      'dialog.message.cut',
    );
  }
  let parse: ParseResult | undefined;
  let generations: Generation[] = [];
  let refusals: Refusal[] = [];
  let commands: Command[] = [];
  try {
    if (guarded.cardDropped) warnCardDetails(ctx);
    if (text.length === 0) {
      if (!guarded.cardDropped) say(ctx, 'not_understood');
    } else if (safetyConcernOf(text)) {
      respondToSafetyConcern(ctx);
    } else {
      const generators = deps.commandGenerators ?? [ruleCommandGenerator(deps.understanding, deps.config)];
      // each model call is counted as it ends (with its cost), also those of a reading that failed
      const recordUsage = usageRecorder(ctx, 'understand');
      generations = await Promise.all(
        generators.map((g) => g.generate({ message: text, state, venue: deps.venue, recordUsage })),
      );
      parse = generations.find((g) => g.parse)?.parse;
      // a generator that reports tokens only (no calls recorded): one call, cost 0
      if (!ctx.llmCalls.some((c) => c.kind === 'understand'))
        for (const g of generations)
          if (g.usage) {
            state.llmTokens = addUsage(state.llmTokens ?? 0, g.usage);
            ctx.llmCalls.push({ ...g.usage, costMicroUsd: 0, model: g.source, kind: 'understand' });
          }
      ({ commands, refusals } = processCommands(generations, state, deps.venue));
      ctx.commands = commands;
      log(ctx, commands, refusals);
      await executeWithinBudget(ctx, commands, start);
      trackUnderstanding(ctx, commands);
    }
    // the note follows the answers it is about, before the next question (which may also need the menu)
    noteStaleMenu(ctx);
    await finishTurnSafely(ctx);
    noteStaleMenu(ctx);
  } catch (error) {
    return failedTurn(start, ctx, error, input, { parse, generations, refusals, commands }, options);
  }
  const trace = { parse, generations, refusals, commands };
  // the acts are the record; the respond stage words them (templates or deps.phraser) into the sink
  // the acts' template rendering the turn keeps (ctx.events) is the reply's, not rendered again
  const reply = await respond(ctx.acts, { ...respondOptions(ctx, options), rendered: eventsOf(ctx) });
  await options.sink?.write({ type: 'finish' });
  accountLlmUsage(ctx);
  return { state: remember(ctx, text, reply.text), events: reply.events, acts: ctx.acts, trace };
}

/**
 * Runs the commands in order. When the turn's step budget runs out part way, the command that ran out is
 * undone (its half-done state and acts), the ones before it stand, and the reply says what was done and
 * asks for the rest: what the backend already holds is never left unsaid. Only a turn that changed the
 * cart ends so; otherwise the whole turn fails politely as before (`budget_exceeded`).
 */
async function executeWithinBudget(
  ctx: TurnContext,
  commands: readonly Command[],
  previous: SessionState,
): Promise<void> {
  // until a command runs, the turn's state is the one it received (generators do not change it; the
  // offer of a person may be dropped, model calls counted) but for its number: the first checkpoint
  // need not copy it
  let unchanged = !movePastHandoffOffer(ctx, commands) && ctx.state.llmTokens === previous.llmTokens;
  for (const command of commands) {
    const saved = unchanged ? checkpointUnchanged(ctx, previous) : checkpoint(ctx);
    unchanged = false;
    try {
      await executeSafely(ctx, command, saved);
    } catch (error) {
      if (!(error instanceof StepBudgetExceededError) || !ctx.flags.cartChanged) throw error;
      rollBack(ctx, saved);
      say(ctx, 'budget_partial');
      // the commands spent the budget; putting the next question gets its own (still bounded) allowance
      ctx.steps = 0;
      (ctx.deps.logger ?? silentLogger).info(
        { session: ctx.state.sessionId, turn: ctx.state.turn, command: command.type },
        'dialog.turn.budget_partial',
      );
      return;
    }
  }
}

/**
 * Runs one command; when it fails because the backend cannot be reached (degraded mode), what it half
 * did is undone (its acts too, so nothing is confirmed that did not happen), the customer is told the
 * kitchen cannot be reached, and the turn goes on with the other commands (a question asked in the same
 * message is still answered). `saved` is the caller's checkpoint taken just before (nothing ran in
 * between), shared rather than copied again: `rollBack` copies it, so it stays good for the caller.
 */
async function executeSafely(ctx: TurnContext, command: Command, saved: Checkpoint): Promise<void> {
  try {
    await executeCommand(ctx, command);
  } catch (error) {
    if (!isBackendOutage(error)) throw error;
    rollBack(ctx, saved);
    logOutage(ctx, command.type);
    sayKitchenUnreachable(ctx, command.type);
  }
}

/**
 * `finishTurn`, which puts the next question (the order summary reads the cart). When the backend cannot
 * be reached, the question is not put again: the turn's answers so far stand, the pending question the
 * turn started with stays pending unless the turn answered it (so a later "yes" still means that
 * summary), and the customer is told the kitchen cannot be reached.
 */
async function finishTurnSafely(ctx: TurnContext): Promise<void> {
  const saved = checkpoint(ctx);
  try {
    await finishTurn(ctx);
  } catch (error) {
    if (!isBackendOutage(error)) throw error;
    rollBack(ctx, saved);
    const { state } = ctx;
    const unanswered = !ctx.flags.answered && !ctx.flags.cartChanged;
    state.pending = unanswered ? ctx.pendingAtStart : null;
    const top = topFrame(state);
    if (top && !unanswered) top.asked = false;
    logOutage(ctx, 'finish');
    sayKitchenUnreachable(ctx, 'show');
  }
}

function logOutage(ctx: TurnContext, during: string): void {
  (ctx.deps.logger ?? silentLogger).warn(
    { session: ctx.state.sessionId, turn: ctx.state.turn, during },
    'dialog.backend_unreachable',
  );
}

/**
 * Adds the turn's model calls to the session's totals (`state.llmUsage`), logs `llm.turn` (tokens and
 * cost of the turn and of the session so far; never text) and reports the turn to `deps.llmMetrics`.
 */
function accountLlmUsage(ctx: TurnContext): void {
  if (ctx.llmCalls.length === 0) return;
  const turn = { inputTokens: 0, outputTokens: 0, costMicroUsd: 0, calls: ctx.llmCalls.length };
  for (const c of ctx.llmCalls) {
    turn.inputTokens += c.inputTokens;
    turn.outputTokens += c.outputTokens;
    turn.costMicroUsd += c.costMicroUsd;
  }
  const before = ctx.state.llmUsage ?? { inputTokens: 0, outputTokens: 0, costMicroUsd: 0, calls: 0 };
  const session = {
    inputTokens: before.inputTokens + turn.inputTokens,
    outputTokens: before.outputTokens + turn.outputTokens,
    costMicroUsd: before.costMicroUsd + turn.costMicroUsd,
    calls: before.calls + turn.calls,
  };
  ctx.state.llmUsage = session;
  ctx.deps.llmMetrics?.recordTurn(turn, ctx.llmCalls);
  (ctx.deps.logger ?? silentLogger).info(
    {
      session: ctx.state.sessionId,
      turn: ctx.state.turn,
      ...turn,
      estimated: ctx.llmCalls.some((c) => c.estimated === true),
      models: [...new Set(ctx.llmCalls.map((c) => c.model))],
      sessionTokens: session.inputTokens + session.outputTokens,
      sessionCostMicroUsd: session.costMicroUsd,
    },
    'llm.turn',
  );
}

function respondOptions(ctx: TurnContext, options: TurnOptions): RespondOptions {
  const { deps, state } = ctx;
  return {
    context: {
      ...ctx.render,
      message: ctx.message,
      history: state.history,
      // the session's tokens so far (the shared budget), this turn's understanding included
      sessionTokens: state.llmTokens ?? 0,
      recordUsage: usageRecorder(ctx, 'phrase'),
    },
    phraser: deps.phraser,
    sink: options.sink,
    logger: deps.logger,
  };
}

// the two closures below are made by functions, not written inline: under tsx (esbuild's keepNames)
// an inline named closure costs a defineProperty on every turn

/** Records a model call of the turn (`recordUsage`): in the turn's calls, and in the session's tokens. */
function usageRecorder(ctx: TurnContext, kind: 'understand' | 'phrase'): (usage: LlmUsage) => void {
  return (usage) => {
    ctx.llmCalls.push({ ...usage, kind });
    ctx.state.llmTokens = addUsage(ctx.state.llmTokens ?? 0, usage);
  };
}

/** The turn's template rendering of its acts, read when called (RespondOptions.rendered). */
function eventsOf(ctx: TurnContext): () => BotEvent[] {
  return () => ctx.events;
}

/** Card details were cut from the message: say so, and that payment goes only through the link. */
function warnCardDetails(ctx: TurnContext): void {
  say(ctx, 'card_details_dropped');
  ctx.flags.digressed = true;
  (ctx.deps.logger ?? silentLogger).info(
    { session: ctx.state.sessionId, turn: ctx.state.turn },
    'dialog.card_details.dropped',
  );
}

function log(ctx: TurnContext, commands: Command[], refusals: Refusal[]): void {
  (ctx.deps.logger ?? silentLogger).info(
    {
      session: ctx.state.sessionId,
      turn: ctx.state.turn,
      commands: commands.map((c) => c.type),
      refused: refusals.map((r) => `${r.reason}:${(r.command as { type?: string }).type ?? '?'}`),
    },
    'dialog.turn.commands',
  );
}

const FAILURE = (c: Command) =>
  (c.type === 'clarify' && c.choices.length === 0 && c.reason !== 'invalid_quantity') ||
  (c.type === 'chitchat' && c.kind === 'out_of_scope');

/** Repeated turns that were not understood → offer a person; a turn that made progress starts again. */
function trackUnderstanding(ctx: TurnContext, commands: Command[]): void {
  const { state, deps } = ctx;
  const progress = ctx.flags.progressed || ctx.flags.cartChanged || ctx.flags.answered;
  if (progress || (commands.length > 0 && !commands.every(FAILURE))) {
    state.counters.understandingFailures = 0;
    return;
  }
  state.counters.understandingFailures += 1;
  if (
    state.counters.understandingFailures >= deps.config.maxUnderstandingFailures &&
    topFrame(state)?.kind !== 'offer_handoff'
  ) {
    pushFrame(ctx, 'offer_handoff', 'ask', { reason: 'repeated understanding failures' });
    ctx.flags.asked = false;
  }
}

/**
 * After the commands: drop ignored offers, count re-prompts, and put the next question (the top frame's),
 * prefixed with "back to your order" after a digression.
 */
async function finishTurn(ctx: TurnContext): Promise<void> {
  const { state, deps } = ctx;
  for (;;) {
    step(ctx, 'finish');
    const top = topFrame(state);
    if (!top) break;
    if (
      top.kind !== 'order' &&
      (PATTERNS[top.kind].dropWhenIgnored || top.slots.dropWhenIgnored === true) &&
      top.asked &&
      !ctx.flags.answered &&
      ctx.pendingAtStart?.kind === top.kind &&
      // an offer of a person stays while the customer is still not understood
      (top.kind === 'offer_handoff' ? state.counters.understandingFailures === 0 : rendersAnything(ctx.acts))
    ) {
      popFrame(state, top);
      continue;
    }
    break;
  }
  const top = topFrame(state);
  if (!ctx.flags.asked && top) {
    const wasPending = top.asked && ctx.pendingAtStart !== null;
    // a turn that filled a detail, changed the cart or answered made progress: not an ignored question
    const ignored = wasPending && !ctx.flags.answered && !ctx.flags.cartChanged && !ctx.flags.progressed;
    if (ignored && !ctx.flags.digressed) {
      top.reprompts += 1;
      if (top.reprompts > deps.config.maxRepromptsPerSlot && top.kind !== 'offer_handoff') {
        top.reprompts = 0;
        const offer = pushFrame(ctx, 'offer_handoff', 'ask', {
          reason: `no answer to ${ctx.pendingAtStart?.kind}`,
        });
        await askFrame(ctx, offer);
        return;
      }
    } else if (!ignored) top.reprompts = 0;
    const isItems = top.kind === 'order' && orderFrame(state) === top && top.slots.checkout !== true;
    if (isItems && !ctx.flags.cartChanged && ctx.flags.digressed) {
      state.pending = null;
    } else if (isItems && !ctx.flags.cartChanged && rendersAnything(ctx.acts) && !ignored) {
      state.pending = null;
    } else {
      await askFrame(ctx, top, wasPending && ctx.flags.digressed && rendersAnything(ctx.acts));
    }
  }
  if (!ctx.flags.pendingSet) {
    const still = topFrame(state);
    const unchanged = still?.asked && !ctx.flags.answered && !ctx.flags.cartChanged && state.pending !== null;
    if (!unchanged) state.pending = null;
  }
  if (!rendersAnything(ctx.acts)) say(ctx, 'not_understood');
  if (ctx.flags.cartChanged || state.order) {
    const cart = await currentCart(ctx);
    state.cartItems = cart ? cart.lines.map((l) => l.itemId) : [];
    state.cartGates = cart ? heldGates(cart.lines, ctx.deps.venue.menu) : [];
  }
}

function remember(ctx: TurnContext, text: string, reply: string): SessionState {
  const { state, deps } = ctx;
  state.lastReply = reply;
  // the transcript is kept redacted: no name, phone, address or e-mail (docs/security.md, Data retention)
  state.history.push(
    { role: 'user', text: redactTranscript(text, state.slots) },
    { role: 'bot', text: redactTranscript(reply, state.slots) },
  );
  state.history = state.history.slice(-deps.config.historySize);
  return state;
}

/** An error inside the turn: keep the previous state, reply politely, count it (internal-error pattern). */
async function failedTurn(
  previous: SessionState,
  ctx: TurnContext,
  error: unknown,
  input: NormalizedMessage,
  trace: TurnResult['trace'],
  options: TurnOptions,
): Promise<TurnResult> {
  const logger = ctx.deps.logger ?? silentLogger;
  const code = error instanceof MaitreError ? error.code : 'INTERNAL';
  logger.error({ session: previous.sessionId, turn: previous.turn + 1, code }, 'dialog.turn.failed');
  if (!(error instanceof MaitreError) && process.env.MAITRE_DEBUG) console.error(error);
  const state = structuredClone(previous);
  state.turn += 1;
  state.counters.errors += 1;
  // what the backend already holds survives: the cart made this turn, and the key of an order
  // whose placement may have gone through, so a retry reuses it
  state.cartId = ctx.state.cartId;
  if (ctx.state.idempotencyKey) state.idempotencyKey = ctx.state.idempotencyKey;
  const { text } = input;
  const fresh = createTurnContext(state, ctx.deps, text);
  if (input.cut) say(fresh, 'message_cut', { max: ctx.deps.config.maxMessageLength.toLocaleString('en-US') });
  say(fresh, error instanceof StepBudgetExceededError ? 'budget_exceeded' : 'internal_error');
  // the apology is the templates' (a failing turn does not depend on a model)
  const reply = await respond(fresh.acts, { ...respondOptions(fresh, options), phraser: undefined });
  await options.sink?.write({ type: 'finish' });
  return { state: remember(fresh, text, reply.text), events: reply.events, acts: fresh.acts, trace };
}
