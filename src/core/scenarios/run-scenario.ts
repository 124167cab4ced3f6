import type { Cart } from '../../contract/backend-api.ts';
import type { VenuePolicies } from '../../domain/menu-schema.ts';
import type { Venue } from '../../domain/venue.ts';
import { createDialogConfig, type DialogConfig } from '../config/dialog-config.ts';
import type { TurnDeps, UnderstandingPort } from '../dialog/turn-deps.ts';
import { handleTurn, type TurnResult } from '../handle-turn.ts';
import type { CommandGenerator } from '../ports/command-generator.ts';
import type { BackendPort, Clock, IdSource, KnowledgeRetriever } from '../ports/index.ts';
import type { SessionState } from '../state/session-state.ts';
import type { Scenario, TurnExpectation } from './scenario.ts';

export interface BackendSetup {
  stock?: Record<string, number | null> | undefined;
  unavailable?: string[] | undefined;
  policies?: Partial<VenuePolicies> | undefined;
}

/** Makes a fresh backend per scenario (the in-memory fake, or a real backend client). */
export type BackendFactory = (
  venue: Venue,
  setup: BackendSetup,
) => Promise<{ port: BackendPort; close?: () => Promise<void> }>;

export interface ScenarioPorts {
  venue: Venue;
  understanding: UnderstandingPort;
  backend: BackendFactory;
  clock: Clock;
  ids: () => IdSource;
  /** The venue's knowledge (documents and menu); absent: questions use the degraded keyword path. */
  knowledge?: KnowledgeRetriever;
  /**
   * The command generators, made per scenario from its backend (e.g. rules and a model, for the model
   * mode run); absent: the rules alone.
   */
  commandGenerators?: (backend: BackendPort, config: DialogConfig) => readonly CommandGenerator[];
}

export interface TurnFailure {
  turn: number;
  user: string;
  problems: string[];
  reply: string;
}

/** Plays a scenario turn by turn and returns what did not match (empty when it passed). */
export async function runScenario(scenario: Scenario, ports: ScenarioPorts): Promise<TurnFailure[]> {
  const { port, close } = await ports.backend(ports.venue, scenario.backend ?? {});
  const config = createDialogConfig(scenario.config ?? {});
  const deps: TurnDeps = {
    venue: ports.venue,
    understanding: ports.understanding,
    backend: port,
    ...(ports.knowledge ? { knowledge: ports.knowledge } : {}),
    ...(ports.commandGenerators ? { commandGenerators: ports.commandGenerators(port, config) } : {}),
    clock: ports.clock,
    ids: ports.ids(),
    config,
  };
  const failures: TurnFailure[] = [];
  let state: SessionState | undefined;
  try {
    for (const [i, turn] of scenario.turns.entries()) {
      const result = await handleTurn(state, turn.user, deps);
      state = result.state;
      if (!turn.expect) continue;
      const cart = state.cartId ? await port.getCart(state.customerId, state.cartId) : undefined;
      const problems = check(turn.expect, result, cart);
      if (problems.length > 0)
        failures.push({ turn: i + 1, user: turn.user, problems, reply: replyText(result) });
    }
  } finally {
    await close?.();
  }
  return failures;
}

export function replyText(result: TurnResult): string {
  return result.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function lineMatches(
  line: Cart['lines'][number],
  want: {
    item: string;
    quantity?: number | undefined;
    options: string[];
    without: string[];
    note?: string | undefined;
    not_options: string[];
  },
): boolean {
  return (
    line.itemId === want.item &&
    (want.note === undefined || new RegExp(want.note, 'i').test(line.notes ?? '')) &&
    want.not_options.every((o) => !line.options.some((x) => x.choice === o)) &&
    (want.quantity === undefined || line.quantity === want.quantity) &&
    want.options.every((o) => line.options.some((x) => x.choice === o || `${x.group}:${x.choice}` === o)) &&
    want.without.every((o) => line.without.some((x) => x.choice === o))
  );
}

function pendingMatches(want: string, state: SessionState): boolean {
  const p = state.pending;
  if (want === 'none') return p === null;
  if (!p) return false;
  return want === p.kind || want === p.slot || want === `option:${p.group}`;
}

function check(expect: TurnExpectation, result: TurnResult, cart: Cart | undefined): string[] {
  const problems: string[] = [];
  const { state } = result;
  const reply = replyText(result);
  const intents = result.trace.parse?.intents.map((i) => i.intent) ?? [];
  for (const intent of expect.intents ?? [])
    if (!intents.includes(intent as never))
      problems.push(`intent ${intent} not found in [${intents.join(', ')}]`);
  if (expect.commands) {
    const ran = result.trace.commands.map((c) => c.type);
    let at = 0;
    for (const c of expect.commands) {
      const found = ran.indexOf(c as never, at);
      if (found < 0) {
        problems.push(`command ${c} not run in order; ran [${ran.join(', ')}]`);
        break;
      }
      at = found + 1;
    }
  }
  for (const pattern of list(expect.reply))
    if (!new RegExp(pattern, 'i').test(reply)) problems.push(`reply does not match /${pattern}/`);
  for (const pattern of list(expect.not_reply))
    if (new RegExp(pattern, 'i').test(reply)) problems.push(`reply matches /${pattern}/ but should not`);
  const lines =
    cart && !cart.orderId ? cart.lines : cart?.orderId && expect.order === 'placed' ? cart.lines : [];
  const show = () =>
    lines
      .map(
        (l) =>
          `${l.quantity}×${l.itemId}(${l.options.map((o) => o.choice).join(',')})${l.notes ? `[${l.notes}]` : ''}`,
      )
      .join(' ');
  if (expect.cart) {
    const ok =
      expect.cart.length === lines.length && expect.cart.every((want, i) => lineMatches(lines[i]!, want));
    if (!ok) problems.push(`cart is [${show()}]`);
  }
  for (const want of expect.cart_has ?? [])
    if (!lines.some((l) => lineMatches(l, want)))
      problems.push(`cart lacks ${want.quantity ?? ''}×${want.item}; cart is [${show()}]`);
  for (const item of expect.cart_lacks ?? [])
    if (lines.some((l) => l.itemId === item))
      problems.push(`cart should not contain ${item}; cart is [${show()}]`);
  if (expect.cart_lines !== undefined && lines.length !== expect.cart_lines)
    problems.push(`cart has ${lines.length} lines, expected ${expect.cart_lines}: [${show()}]`);
  if (expect.pending !== undefined && !pendingMatches(expect.pending, state))
    problems.push(
      `pending is ${JSON.stringify(state.pending ? { kind: state.pending.kind, slot: state.pending.slot, group: state.pending.group } : null)}, expected ${expect.pending}`,
    );
  if (expect.order === 'placed' && !state.order) problems.push('no order placed');
  if (expect.order === 'none' && state.order) problems.push(`an order was placed (${state.order.id})`);
  const types = result.events.map((e) => e.type);
  for (const t of expect.events ?? [])
    if (!types.includes(t as never)) problems.push(`no ${t} event; got [${types.join(', ')}]`);
  const slot = (name: string) => state.slots[name as keyof SessionState['slots']] ?? null;
  for (const [name, value] of Object.entries(expect.slots ?? {}))
    if (slot(name) !== value)
      problems.push(`slot ${name} is ${JSON.stringify(slot(name))}, expected ${JSON.stringify(value)}`);
  for (const [name, pattern] of Object.entries(expect.slots_match ?? {})) {
    const got = slot(name);
    if (got === null || !new RegExp(pattern, 'i').test(String(got)))
      problems.push(`slot ${name} is ${JSON.stringify(got)}, expected to match /${pattern}/`);
  }
  for (const [name, pattern] of Object.entries(expect.slots_not_match ?? {})) {
    const got = slot(name);
    if (got !== null && new RegExp(pattern, 'i').test(String(got)))
      problems.push(`slot ${name} is ${JSON.stringify(got)}, should not match /${pattern}/`);
  }
  for (const [item, max] of Object.entries(expect.max_units ?? {})) {
    const units = lines
      .filter((l) => item === '*' || l.itemId === item)
      .reduce((sum, l) => sum + l.quantity, 0);
    if (units > max) problems.push(`cart holds ${units} × ${item}, at most ${max} expected: [${show()}]`);
  }
  return problems;
}
