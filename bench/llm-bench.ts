import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { MenuQuery, MenuResponse } from '../src/contract/backend-api.ts';
import { createDialogConfig } from '../src/core/config/dialog-config.ts';
import type { TurnDeps } from '../src/core/dialog/turn-deps.ts';
import { handleTurn, newSession } from '../src/core/handle-turn.ts';
import { createModelPhraser } from '../src/core/phrase/model-phraser.ts';
import { LruReplyCache } from '../src/core/phrase/reply-cache.ts';
import type { LanguageModel, ModelRequest, ModelResult } from '../src/core/ports/language-model.ts';
import { createUnderstanding } from '../src/core/understand/index.ts';
import { loadVenue } from '../src/domain/load-venue.ts';
import { loadPhrasePrompts } from '../src/llm/load-phrase-prompts.ts';
import { streamOfDeltas } from '../src/llm/stream-of-deltas.ts';
import { MemorySessionStore } from '../src/sessions/memory-session-store.ts';
import { fixedClock } from '../src/testing/fixed-clock.ts';
import { InMemoryBackend } from '../src/testing/in-memory-backend.ts';
import { sequentialIds } from '../src/testing/sequential-ids.ts';

/** One run of the generation bench. */
export interface LlmBenchOptions {
  /** Live sessions in the store; turns go to them in turn (default 1,000). */
  sessions: number;
  /** Turns started per second, open loop: a turn starts on time whatever the others do (default 100). */
  rate?: number;
  /** Seconds of load after a one-second warm-up (default 10). */
  seconds?: number;
  /** The fake model's delay before its first token, ms (default 200). */
  modelDelayMs?: number;
  /** Ms between the fake model's tokens (default 2: 500 tokens/s, Groq-like). */
  tokenMs?: number;
  venue?: string;
  /** Baseline: no phraser (the templates word every turn). */
  templatesOnly?: boolean;
  /** Turns run one at a time afterwards to measure CPU time per turn (default 200). */
  cpuTurns?: number;
}

export interface LlmBenchRow {
  sessions: number;
  rate: number;
  turns: number;
  /** Turns the model phrased (the others were worded by the templates: nothing to say, exact wording). */
  phrased: number;
  modelDelayMs: number;
  tokenMs: number;
  /** Turn start → first text forwarded to the sink, ms (model delay and first sentence included). */
  firstForwardedP50: number;
  firstForwardedP99: number;
  /** What the bot adds to the first forwarded text: forwarded time − arrival of the model token that completed the sentence. */
  firstAddedP50: number;
  firstAddedP99: number;
  /** Waiting for the first sentence to complete: that token's arrival − the model's first token (the guard's design cost, spent waiting on the model). */
  sentenceWaitP50: number;
  sentenceWaitP99: number;
  /** What the bot adds per turn: the turn's wall time − the model calls' wall time (session read and write included). */
  turnAddedP50: number;
  turnAddedP99: number;
  /** The process's CPU time during the load run divided by its turns, ms. */
  cpuPerTurnMean: number;
  /** CPU time of one whole turn run alone (model answering at once), ms: the bot's own work. */
  turnCpuP50: number;
  turnCpuP99: number;
  /** One-minute load average at the end of the run. */
  load: number;
}

/** Added latency per turn at p99 must stay under this (issue 9). */
export const LLM_ADDED_P99_GOAL_MS = 5;

interface TurnClock {
  start: number;
  /** Model calls: their start, every token's arrival and end. */
  calls: Array<{ start: number; tokens: number[]; end: number }>;
  firstForwarded?: number;
}

const MESSAGES = [
  'two samosas please',
  'what do you recommend?',
  'do you deliver to midtown?',
  'and a mango lassi',
  'hi there',
  'show me my order',
  'what is your refund policy?',
  'thanks',
];

/**
 * The in-memory backend answering menu reads as the bot's HTTP client does (`BackendClient.getMenu`):
 * a menu read of the same query within `freshMs` (`BACKEND_MENU_FRESH_MS`, default 1 s) is the same
 * object, not a new copy. The in-memory backend clones the whole menu on every read, work that in
 * production is the backend's and the client's cache saves; it is not the bot's.
 */
class MenuCachingBackend extends InMemoryBackend {
  private readonly menus = new Map<string, { at: number; menu: Promise<MenuResponse> }>();

  constructor(
    menu: ConstructorParameters<typeof InMemoryBackend>[0],
    private readonly freshMs = 1000,
  ) {
    super(menu);
  }

  override getMenu(query: MenuQuery = {}): Promise<MenuResponse> {
    const key = JSON.stringify(query);
    const now = performance.now();
    const cached = this.menus.get(key);
    if (cached && now - cached.at < this.freshMs) return cached.menu;
    const menu = super.getMenu(query);
    this.menus.set(key, { at: now, menu });
    return menu;
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * A model with a fixed delay: it answers with the prompt's DRAFT (so the reply passes the guard), one
 * word-sized token every `tokenMs` after `delayMs`, and records its token times in the turn's clock.
 */
function fixedDelayModel(clock: TurnClock, timing: { delayMs: number; tokenMs: number }): LanguageModel {
  const play = (
    request: Omit<ModelRequest, 'onTextDelta'>,
    onDelta: (d: string) => void,
  ): Promise<ModelResult> => {
    const call = { start: performance.now(), tokens: [] as number[], end: 0 };
    clock.calls.push(call);
    const user = request.messages.find((m) => m.role === 'user');
    const draft = (user && 'content' in user ? /DRAFT: (.*)/.exec(user.content)?.[1] : undefined) ?? 'Sure.';
    const tokens = draft.split(/(?=\s)/);
    return new Promise((resolve) => {
      let i = 0;
      const next = () => {
        if (request.signal?.aborted) return resolve(result(draft, tokens.length));
        call.tokens.push(performance.now());
        onDelta(tokens[i++] as string);
        if (i < tokens.length) {
          // a model answering at once (the CPU pass) streams its tokens without timers
          if (timing.tokenMs === 0) next();
          else setTimeout(next, timing.tokenMs);
        } else {
          call.end = performance.now();
          resolve(result(draft, tokens.length));
        }
      };
      if (timing.delayMs === 0) queueMicrotask(next);
      else setTimeout(next, timing.delayMs);
    });
  };
  const result = (text: string, n: number): ModelResult => ({
    text,
    toolCalls: [],
    finishReason: 'stop',
    usage: { inputTokens: 400, outputTokens: n },
    costMicroUsd: 0,
    model: 'fixed-delay',
  });
  return {
    generate: (request) => play(request, request.onTextDelta ?? (() => {})),
    stream: (request) => streamOfDeltas((onDelta) => play(request, onDelta)),
    generateObject: () => Promise.reject(new Error('not used')),
  };
}

/**
 * The latency the bot adds on top of a model with a fixed delay: `sessions` live sessions in a memory
 * store, turns arriving at `rate` per second (open loop), each a whole turn (session read, understanding,
 * dialog, in-memory backend with the HTTP client's menu cache, the model phraser with its per-sentence
 * guard, session write) whose reply
 * goes to a sink that timestamps the first text. The model is in process (no HTTP), so what is measured
 * is the bot's own work and its waiting on a busy event loop.
 */
export async function runLlmBench(options: LlmBenchOptions): Promise<LlmBenchRow> {
  const rate = options.rate ?? 100;
  const seconds = options.seconds ?? 10;
  const modelDelayMs = options.modelDelayMs ?? 200;
  const tokenMs = options.tokenMs ?? 2;
  const venue = loadVenue(options.venue ?? 'spice-route');
  const timing = { delayMs: modelDelayMs, tokenMs };
  const prompts = loadPhrasePrompts();
  const cache = new LruReplyCache(1000);
  const deps: TurnDeps = {
    venue,
    understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
    backend: new MenuCachingBackend(venue.menu),
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
  };
  // a phraser per turn around a model that records the turn's clock (the menu finder, the prompt's
  // shingles and the cache are shared: building one costs a few microseconds)
  const turnDeps = (clock: TurnClock): TurnDeps =>
    options.templatesOnly
      ? deps
      : {
          ...deps,
          phraser: createModelPhraser({
            model: fixedDelayModel(clock, timing),
            venue,
            prompts,
            sessionTokenBudget: 0,
            cache,
          }),
        };
  const store = new MemorySessionStore(3600, fixedClock(), options.sessions + 10);
  for (let i = 0; i < options.sessions; i++) {
    const id = `s${i}`;
    await store.set(id, newSession(deps, id));
  }
  const finished: TurnClock[] = [];
  const inFlight = new Set<Promise<void>>();
  let next = 0;
  const oneTurn = async (measure: boolean) => {
    const n = next++;
    const id = `s${n % options.sessions}`;
    const clock: TurnClock = { start: performance.now(), calls: [] };
    const state = await store.get(id);
    const message = MESSAGES[n % MESSAGES.length] as string;
    const result = await handleTurn(state, message, turnDeps(clock), {
      sink: {
        write: (part) => {
          if (part.type === 'text-delta' && clock.firstForwarded === undefined)
            clock.firstForwarded = performance.now();
        },
      },
    });
    await store.set(id, result.state);
    (clock as TurnClock & { end?: number }).end = performance.now();
    if (measure) finished.push(clock);
  };
  const drive = async (durationMs: number, measure: boolean) => {
    const start = performance.now();
    const total = Math.round((durationMs / 1000) * rate);
    for (let k = 0; k < total; k++) {
      const due = start + (k * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const p = oneTurn(measure).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  };
  await drive(1000, false);
  const cpuStart = process.cpuUsage();
  await drive(seconds * 1000, true);
  const cpuUsed = process.cpuUsage(cpuStart);
  const cpuPerTurnMean = (cpuUsed.user + cpuUsed.system) / 1000 / Math.max(1, finished.length);
  // CPU time of single turns, one at a time, with a model that answers at once: the bot's own work
  // per turn, which a busy machine does not inflate (other processes stretch wall time only)
  timing.delayMs = 0;
  timing.tokenMs = 0;
  const cpu: number[] = [];
  for (let k = 0; k < (options.cpuTurns ?? 200); k++) {
    const before = process.cpuUsage();
    await oneTurn(false);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((x, y) => x - y);

  const firstForwarded: number[] = [];
  const firstAdded: number[] = [];
  const sentenceWait: number[] = [];
  const turnAdded: number[] = [];
  let phrased = 0;
  for (const c of finished) {
    const end = (c as TurnClock & { end: number }).end;
    const modelMs = c.calls.reduce((ms, call) => ms + ((call.end || end) - call.start), 0);
    turnAdded.push(end - c.start - modelMs);
    const call = c.calls[0];
    if (!call || c.firstForwarded === undefined) continue;
    phrased++;
    firstForwarded.push(c.firstForwarded - c.start);
    const trigger = call.tokens.filter((t) => t <= (c.firstForwarded as number)).at(-1);
    if (trigger !== undefined) {
      firstAdded.push(c.firstForwarded - trigger);
      sentenceWait.push(trigger - (call.tokens[0] as number));
    }
  }
  for (const a of [firstForwarded, firstAdded, sentenceWait, turnAdded]) a.sort((x, y) => x - y);
  return {
    sessions: options.sessions,
    rate,
    turns: finished.length,
    phrased,
    modelDelayMs,
    tokenMs,
    firstForwardedP50: percentile(firstForwarded, 50),
    firstForwardedP99: percentile(firstForwarded, 99),
    firstAddedP50: percentile(firstAdded, 50),
    firstAddedP99: percentile(firstAdded, 99),
    sentenceWaitP50: percentile(sentenceWait, 50),
    sentenceWaitP99: percentile(sentenceWait, 99),
    turnAddedP50: percentile(turnAdded, 50),
    turnAddedP99: percentile(turnAdded, 99),
    cpuPerTurnMean,
    turnCpuP50: percentile(cpu, 50),
    turnCpuP99: percentile(cpu, 99),
    load: loadavg()[0] ?? 0,
  };
}

/**
 * The goal: the bot adds under 5 ms per turn at p99 (and to the first forwarded text) in wall time, or,
 * when the machine is busy, in CPU time per turn (as the core bench judges: other processes stretch
 * wall time without the bot doing more work).
 */
export function meetsLlmGoal(r: LlmBenchRow): boolean {
  const wall = r.turnAddedP99 < LLM_ADDED_P99_GOAL_MS && r.firstAddedP99 < LLM_ADDED_P99_GOAL_MS;
  return wall || r.turnCpuP99 < LLM_ADDED_P99_GOAL_MS;
}

/** The rows as a text table with the goal. */
export function formatLlmBench(rows: readonly LlmBenchRow[]): string {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const header = [
    'sessions',
    'rate',
    'turns',
    'phrased',
    'first fwd p50',
    'first fwd p99',
    'first added p50',
    'first added p99',
    'sentence wait p50',
    'turn added p50',
    'turn added p99',
    'cpu/turn mean',
    'turn cpu p50',
    'turn cpu p99',
    'goal',
  ];
  const body = rows.map((r) => [
    String(r.sessions),
    `${r.rate}/s`,
    String(r.turns),
    String(r.phrased),
    ms(r.firstForwardedP50),
    ms(r.firstForwardedP99),
    ms(r.firstAddedP50),
    ms(r.firstAddedP99),
    ms(r.sentenceWaitP50),
    ms(r.turnAddedP50),
    ms(r.turnAddedP99),
    ms(r.cpuPerTurnMean),
    ms(r.turnCpuP50),
    ms(r.turnCpuP99),
    meetsLlmGoal(r) ? 'ok' : 'MISSED',
  ]);
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padStart(widths[c]!)).join('  ');
  const first = rows[0];
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map(line),
    '',
    `Generation: a fake model (in process) waits ${first?.modelDelayMs ?? 0} ms, then streams a word every ${first?.tokenMs ?? 0} ms; turns arrive at a fixed rate, open loop.`,
    `Added = the bot's time on top of the model: per turn (wall time − model time), and to the first forwarded text (after the token that completed its sentence).`,
    `Sentence wait = the per-sentence guard waiting for the model to finish the first sentence (not bot work).`,
    `Turn CPU = CPU time of one whole turn run alone (session read/write, understanding, dialog, in-memory backend, phraser and guard).`,
    `Goal: added p99 < ${LLM_ADDED_P99_GOAL_MS} ms in wall time, or in CPU time per turn when the machine is busy.`,
    `Load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores.`,
  ].join('\n');
}
