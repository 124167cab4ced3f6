import type { Venue } from '../../domain/venue.ts';
import type { ChatMessage, LanguageModel } from '../ports/language-model.ts';
import { type Logger, silentLogger } from '../ports/logger.ts';
import { type PhraseContext, PhraseFallback, type Phraser } from '../ports/phraser.ts';
import type { LlmUsage } from '../ports/token-budget.ts';
import type { Act } from '../respond/acts.ts';
import { renderActs } from '../respond/render-acts.ts';
import { groundingOf } from './grounding.ts';
import { type MenuMentions, menuMentions } from './menu-mentions.ts';
import {
  createOutputGuard,
  type GuardIssue,
  type GuardIssueKind,
  type OutputGuard,
  promptShingles,
} from './output-guard.ts';
import { type PhrasePrompts, phraseMessages, phraseSystemPrompt } from './phrase-prompt.ts';
import { normaliseQuestion, type ReplyCache } from './reply-cache.ts';
import { SentenceSplitter } from './sentence-splitter.ts';

/**
 * How a turn was phrased: `model` (the model's text, guarded), `regenerated` (its first text failed the
 * guard, the second passed), `cached` (a knowledge answer from the reply cache), `skipped` (the
 * templates word this turn: nothing to say, or wording that must be exact), `budget` (the session spent
 * its tokens), `fallback_guard` / `fallback_error` (templates after two guard failures / a model
 * failure, nothing sent yet), `completed_guard` / `completed_error` (the same after some checked text
 * was sent: the templates' text completes the reply).
 */
export type PhraseOutcome =
  | 'model'
  | 'regenerated'
  | 'cached'
  | 'skipped'
  | 'budget'
  | 'fallback_guard'
  | 'fallback_error'
  | 'completed_guard'
  | 'completed_error';

/** Where the phraser reports each turn's outcome and each guard refusal (Prometheus in src/llm). */
export interface PhraseMetrics {
  recordPhrase(outcome: PhraseOutcome): void;
  recordGuardIssue(kind: GuardIssueKind): void;
}

/** What the model phraser needs. */
export interface ModelPhraserOptions {
  model: LanguageModel;
  venue: Venue;
  prompts: PhrasePrompts;
  /** Tokens (in + out) one session may spend (`LLM_SESSION_TOKEN_BUDGET`); 0 = unlimited. */
  sessionTokenBudget: number;
  /** Knowledge answers by question (absent: no cache). */
  cache?: ReplyCache;
  /** The knowledge base's version (e.g. its index version); part of the cache key. Default ''. */
  knowledgeVersion?: () => string;
  metrics?: PhraseMetrics;
  logger?: Logger;
  /** Completion cap per call (default 220 tokens). */
  maxOutputTokens?: number;
  temperature?: number;
  /** Ms to wait for the first checked sentence before the templates take the turn (default 4,000). */
  firstSentenceTimeoutMs?: number;
  /** Ms a whole phrasing may take, regeneration included (default 12,000). */
  totalTimeoutMs?: number;
}

/**
 * Phrases that must stay exactly as the templates say them (safety, payment, cancellation, hand-off,
 * card warnings): a turn that says one is worded by the templates.
 */
const EXACT_PHRASES = new Set([
  'safety_self_harm',
  'card_details_dropped',
  'message_cut',
  'internal_error',
  'budget_exceeded',
  'budget_partial',
  'handoff',
  'handoff_no_route',
  'ask_team',
  'ask_team_no_route',
  'placed',
  'pay_link',
  'pay_cash',
  'order_cancelled',
  'refund_paid',
  'cancelled',
]);

/** Turns the templates word: verbatim repeats, the order summary and placement, exact phrases. */
function templatesOnly(acts: readonly Act[]): boolean {
  return acts.some(
    (a) =>
      a.type === 'verbatim' ||
      a.type === 'summary' ||
      a.type === 'order_placed' ||
      (a.type === 'say' && EXACT_PHRASES.has(a.key)),
  );
}

const digitsByCurrency = new Map<string, number>();

/** Minor-unit digits of a currency (2 for USD, 0 for JPY); an Intl formatter is built once per currency. */
function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

const tokensOf = (chars: number) => Math.ceil(chars / 4);

/**
 * The model phraser (core side; it knows only the `LanguageModel` port). Per turn:
 * 1. The templates render the acts (the DRAFT, grounded by construction). Turns with nothing to say or
 *    whose wording must be exact stay with the templates (`null`).
 * 2. A confident knowledge answer may come from the reply cache (same question, knowledge version,
 *    prompt version and passages).
 * 3. Over the session's token budget (estimate: prompt characters / 4 + the completion cap), templates.
 * 4. The model rewords the DRAFT (prompts/phrase/<version>), streamed. The text is cut into sentences;
 *    each is checked by the output guard (prices, items, quantities, invented names, links, citations,
 *    card numbers, prompt echo) before it is yielded: unchecked text never leaves. A sentence that fails
 *    stops the call (aborted); the reply is asked again once (a continuation when checked text was
 *    already sent), then the templates take over: their whole text when nothing was sent, otherwise
 *    their text completes the reply. A model failure (any error, the first-sentence or total timeout)
 *    does the same without a second call. A DRAFT question the model left out is appended.
 * Usage of every call goes to `context.recordUsage`; the outcome to `metrics` and the
 * `phrase.turn` log (outcome, guard issue kind, tokens: never the text).
 */
export function createModelPhraser(options: ModelPhraserOptions): Phraser {
  const menu = menuMentions(options.venue.menu);
  const venueName = options.venue.menu.venue.name;
  const digits = currencyDigits(options.venue.menu.venue.currency);
  const echoes = promptShingles(phraseSystemPrompt(options.prompts, venueName));
  const logger = options.logger ?? silentLogger;
  const maxOutputTokens = options.maxOutputTokens ?? 220;
  return {
    phrase(acts, context) {
      const draftEvents = renderActs(acts, context);
      const draft = draftEvents.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
      const done = (outcome: PhraseOutcome, extra: Record<string, unknown> = {}) => {
        options.metrics?.recordPhrase(outcome);
        logger.info({ outcome, promptVersion: options.prompts.version, ...extra }, 'phrase.turn');
      };
      if (!draft || templatesOnly(acts)) {
        done('skipped');
        return null;
      }
      const cacheKey = cacheKeyOf(acts, context, options);
      if (cacheKey && options.cache) {
        const hit = options.cache.get(cacheKey.key);
        if (hit && hit.grounding === cacheKey.grounding) {
          done('cached');
          return hit.text;
        }
      }
      const messages = phraseMessages(options.prompts, acts, context, draft);
      const estimate =
        tokensOf(messages.reduce((n, m) => n + ('content' in m ? m.content.length : 0), 0)) + maxOutputTokens;
      const budget = options.sessionTokenBudget;
      if (budget > 0 && (context.sessionTokens ?? 0) + estimate > budget) {
        done('budget', { sessionTokens: context.sessionTokens ?? 0, budget });
        return null;
      }
      // the DRAFT is grounded by construction (the acts in the templates' words): what it says may be said
      const grounding = groundingOf(acts, digits);
      grounding.text += `\n${draft.toLowerCase()}`;
      const guard = createOutputGuard(
        grounding,
        menu,
        echoes,
        [venueName, 'Maitre'],
        digits,
        offeredName(acts),
      );
      return run({ acts, context, draft, messages, guard, cacheKey, done });
    },
  };

  async function* run(turn: {
    acts: readonly Act[];
    context: PhraseContext;
    draft: string;
    messages: ChatMessage[];
    guard: OutputGuard;
    cacheKey: { key: string; grounding: string } | undefined;
    done: (outcome: PhraseOutcome, extra?: Record<string, unknown>) => void;
  }): AsyncGenerator<string> {
    const deadline = Date.now() + (options.totalTimeoutMs ?? 12_000);
    let sent = '';
    let issue: GuardIssue | undefined;
    let failure: string | undefined;
    for (let attempt = 0; attempt < 2 && !failure; attempt++) {
      const messages: ChatMessage[] =
        attempt === 0
          ? turn.messages
          : sent
            ? [
                ...turn.messages,
                { role: 'assistant', content: sent },
                {
                  role: 'user',
                  content:
                    'Continue that reply from where it stops, without repeating it, stating only what the DRAFT and FACTS state.',
                },
              ]
            : [
                ...turn.messages,
                {
                  role: 'user',
                  content: `Your last attempt stated something the DRAFT and FACTS do not (${issue?.kind}). Write the reply again, using only their facts.`,
                },
              ];
      const attemptResult = yield* attemptOnce(messages, turn, sent, deadline);
      sent += attemptResult.sent;
      if (attemptResult.issue) {
        issue = attemptResult.issue;
        options.metrics?.recordGuardIssue(issue.kind);
        continue;
      }
      if (attemptResult.error) {
        failure = attemptResult.error;
        break;
      }
      // the model's reply passed every check; a recommendation that never named its dish is completed
      const offered = offeredName(turn.acts);
      if (offered && !sent.toLowerCase().includes(offered.toLowerCase())) {
        options.metrics?.recordGuardIssue('missing_offer');
        turn.done('completed_guard', { reason: 'guard:missing_offer' });
        yield `${sent ? ' ' : ''}${turn.draft}`;
        return;
      }
      let tail = '';
      if (/\?\s*$/.test(turn.draft) && !sent.includes('?')) {
        const question = lastSentence(turn.draft);
        tail = `${sent ? ' ' : ''}${question}`;
        yield tail;
      }
      if (turn.cacheKey && options.cache && attempt === 0 && !tail)
        options.cache.set(turn.cacheKey.key, { text: sent, grounding: turn.cacheKey.grounding });
      turn.done(attempt === 0 ? 'model' : 'regenerated', issue ? { issue: issue.kind } : {});
      return;
    }
    const reason = failure ?? `guard:${issue?.kind}`;
    if (!sent) {
      turn.done(failure ? 'fallback_error' : 'fallback_guard', { reason });
      throw new PhraseFallback(reason);
    }
    turn.done(failure ? 'completed_error' : 'completed_guard', { reason });
    yield ` ${turn.draft}`;
  }

  /** One model call; yields its checked sentences. Stops at the first guard issue or error. */
  async function* attemptOnce(
    messages: ChatMessage[],
    turn: { context: PhraseContext; guard: OutputGuard },
    before: string,
    deadline: number,
  ): AsyncGenerator<string, { sent: string; issue?: GuardIssue; error?: string }> {
    const controller = new AbortController();
    const firstMs = before ? Number.POSITIVE_INFINITY : (options.firstSentenceTimeoutMs ?? 4_000);
    const timer = setTimeout(
      () => controller.abort(new Error('timeout')),
      Math.max(0, Math.min(firstMs, deadline - Date.now())),
    );
    const total = setTimeout(
      () => controller.abort(new Error('timeout')),
      Math.max(0, deadline - Date.now()),
    );
    const stream = options.model.stream({
      messages,
      maxOutputTokens,
      signal: controller.signal,
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    });
    const splitter = new SentenceSplitter();
    let received = 0;
    let sent = '';
    let issue: GuardIssue | undefined;
    const forward = function* (segment: string) {
      const text = sent || before ? segment : segment.trimStart();
      if (!text.trim()) return;
      const found = turn.guard.check(text, before + sent);
      if (found) {
        issue = found;
        return;
      }
      clearTimeout(timer);
      const out = !sent && before && !/^\s/.test(text) ? ` ${text}` : text;
      sent += out;
      yield out;
    };
    try {
      for await (const delta of stream.textStream) {
        received += delta.length;
        for (const segment of splitter.push(delta)) {
          yield* forward(segment);
          if (issue) break;
        }
        if (issue) break;
      }
    } finally {
      clearTimeout(timer);
      if (issue) controller.abort(new Error('guard'));
    }
    let error: string | undefined;
    try {
      const result = await stream.result;
      record(turn.context, { ...result.usage, costMicroUsd: result.costMicroUsd, model: result.model });
      // the last sentence goes out only once the call has ended well (a broken stream's tail never does)
      if (!issue) yield* forward(splitter.flush().trimEnd());
    } catch (e) {
      if (!issue)
        error = controller.signal.aborted
          ? 'timeout'
          : e instanceof Error
            ? ((e as { code?: string }).code ?? e.name)
            : 'unknown';
      const chars = messages.reduce((n, m) => n + ('content' in m ? m.content.length : 0), 0);
      record(turn.context, {
        inputTokens: tokensOf(chars),
        outputTokens: tokensOf(received),
        costMicroUsd: 0,
        model: 'unknown',
        estimated: true,
      });
    } finally {
      clearTimeout(total);
    }
    if (!issue && !error && !sent) error = 'empty';
    return { sent, ...(issue ? { issue } : {}), ...(error ? { error } : {}) };
  }

  function record(context: PhraseContext, usage: LlmUsage): void {
    context.recordUsage?.(usage);
  }
}

/** The dish a recommendation offers (a yes adds it): the reply must name it. */
function offeredName(acts: readonly Act[]): string | undefined {
  const offer = acts.find((a) => a.type === 'say' && a.key === 'recommend');
  const name = offer?.type === 'say' ? offer.vars.name : undefined;
  return typeof name === 'string' ? name : undefined;
}

/** The DRAFT's last sentence (its question). */
function lastSentence(text: string): string {
  const parts = text.split(/(?<=[.!?])\s+/);
  return parts.at(-1) ?? text;
}

/**
 * The cache key of a turn that is a confident knowledge answer and nothing else (besides cards and
 * quick replies): prompt version, knowledge version and the normalised question; `grounding` is the
 * passages it quotes (a hit must quote the same).
 */
function cacheKeyOf(
  acts: readonly Act[],
  context: PhraseContext,
  options: ModelPhraserOptions,
): { key: string; grounding: string } | undefined {
  const spoken = acts.filter((a) => a.type !== 'show' && a.type !== 'suggest');
  const only = spoken[0];
  if (spoken.length !== 1 || only?.type !== 'knowledge_answer' || !only.confident) return undefined;
  const question = normaliseQuestion(context.message);
  if (!question) return undefined;
  return {
    key: `${options.prompts.version}|${options.knowledgeVersion?.() ?? ''}|${question}`,
    grounding: JSON.stringify(only.passages),
  };
}

export type { MenuMentions };
