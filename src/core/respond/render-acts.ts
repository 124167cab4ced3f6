import type { Act, ActLine, ActOf, Wording } from './acts.ts';
import type { BotEvent } from './bot-event.ts';
import { describeLine } from './cards.ts';
import { amountOf, formatMoney } from './format-money.ts';
import { joinText } from './join-text.ts';
import { orderReference } from './order-reference.ts';
import { joinList, phrase } from './phrases.ts';

/** What the templates need besides the acts: the wording seed (session, turn, message) and the venue's name. */
export interface RenderContext {
  seed: string;
  venueName: string;
}

/** One rendered piece of an act, in order: a sentence, or a card. */
type Piece = { text: string } | { card: Exclude<BotEvent, { type: 'text' | 'quick_replies' }> };

/** Renders a phrase with the venue's name available as `{venue}`. */
export function renderPhrase(rc: RenderContext, key: Parameters<typeof phrase>[0], vars = {}): string {
  return phrase(key, rc.seed, { venue: rc.venueName, ...vars });
}

/** A question's or phrase's wording as text. */
export function renderWording(rc: RenderContext, wording: Wording): string {
  return 'text' in wording ? wording.text : renderPhrase(rc, wording.key, wording.vars);
}

/** "2 × Margherita (Large, extra Cheese)" for an act's line. */
export function lineText(line: ActLine): string {
  return describeLine(line, line.options);
}

function refusal(rc: RenderContext, a: ActOf<'item_refused'>): string[] {
  const name = a.item.name;
  const quantity = a.quantity ?? 0;
  const max = a.max ?? 0;
  const inCart = a.inCart ?? 0;
  const first = (() => {
    switch (a.reason) {
      case 'unavailable':
        return renderPhrase(rc, 'unavailable', { name });
      case 'low_stock':
        return renderPhrase(rc, 'low_stock', { available: a.available ?? 0, name });
      case 'unknown_item':
        return renderPhrase(rc, 'unknown_item', { heard: name });
      case 'quantity_line':
        return renderPhrase(rc, 'quantity_refused_line', { quantity, name, max });
      case 'quantity_item_room':
      case 'quantity_item_full':
        return renderPhrase(
          rc,
          a.reason === 'quantity_item_room' ? 'quantity_refused_item_room' : 'quantity_refused_item_full',
          { quantity, name, max, inCart, room: max - inCart },
        );
      case 'quantity_order':
        return renderPhrase(rc, 'quantity_refused_order', { total: a.total ?? 0, max });
      case 'backend_refused':
        return renderPhrase(rc, 'cannot_add', { name, reason: a.detail ?? '' });
      case 'too_many_pending':
        return renderPhrase(rc, 'too_many_pending', { name });
    }
  })();
  if (a.alternatives.length === 0) return [first];
  const list = joinList(
    a.alternatives.map((x) => x.name),
    'or',
  );
  return [first, renderPhrase(rc, 'alternatives', { list })];
}

/** A sentence piece (a module function: a closure made per call costs a defineProperty under tsx). */
function text(t: string): Piece {
  return { text: t };
}

/** The pieces one act renders to with the templates (a `suggest` renders none: see `quickRepliesOf`). */
function pieces(rc: RenderContext, a: Act): Piece[] {
  switch (a.type) {
    case 'say':
      return [text(renderPhrase(rc, a.key, a.vars))];
    case 'verbatim':
      return [text(a.text)];
    case 'items_added': {
      const whats = a.lines.map(lineText);
      // a line swapped for the same dish (a new count or options) is a change, not a swap
      const same = a.replaced && a.lines.every((l) => l.itemId === a.replaced?.itemId);
      return [
        text(
          same
            ? renderPhrase(rc, 'changed_to', { what: joinList(whats) })
            : a.replaced
              ? renderPhrase(rc, 'replaced', { what: whats.join(' '), old: a.replaced.name })
              : renderPhrase(rc, 'added', { what: joinList(whats) }),
        ),
      ];
    }
    case 'item_updated':
      return [text(renderPhrase(rc, 'updated', { what: a.described ? lineText(a.line) : a.line.name }))];
    case 'items_removed':
      return [text(renderPhrase(rc, 'removed', { what: a.lines.at(-1)!.name }))];
    case 'item_refused':
      return refusal(rc, a).map(text);
    case 'question':
      return [text(a.resume ? renderPhrase(rc, 'resume', { question: a.text }) : a.text)];
    case 'knowledge_answer': {
      const answer = a.passages.map((p) => sentence(p.text)).join(' ');
      return [
        text(
          renderPhrase(rc, a.confident ? 'knowledge_answer' : 'knowledge_unsure', {
            answer,
            source: a.sourceName,
          }),
        ),
      ];
    }
    case 'fact_answer':
      return [
        text(renderPhrase(rc, 'fact_answer', { answer: a.text, source: a.sourceName })),
        { card: { type: 'sources', confident: true, sources: [a.source] } },
      ];
    case 'summary': {
      const { type: _, lines, totals, ...details } = a;
      const c = totals.currency;
      return [
        {
          card: {
            type: 'order_summary',
            ...details,
            lines: lines.map((l) => ({
              lineId: l.lineId ?? '',
              itemId: l.itemId,
              name: l.name,
              quantity: l.quantity,
              options: l.options,
              lineTotal: amountOf(l.lineTotal ?? 0, c),
            })),
            totals: {
              currency: c,
              subtotal: amountOf(totals.subtotal, c),
              tax: amountOf(totals.tax, c),
              deliveryFee: amountOf(totals.deliveryFee, c),
              total: amountOf(totals.total, c),
            },
          },
        },
      ];
    }
    case 'order_placed': {
      const placed = text(renderPhrase(rc, 'placed', { order: orderReference(a.orderId) }));
      const p = a.payment;
      if (p.kind === 'cash')
        return [
          placed,
          text(renderPhrase(rc, 'pay_cash', { amount: formatMoney(a.total, a.currency), when: p.when })),
        ];
      return [
        placed,
        text(renderPhrase(rc, 'pay_link', { amount: formatMoney(p.amount, p.currency), url: p.url })),
        {
          card: {
            type: 'payment_link',
            orderId: a.orderId,
            url: p.url,
            amount: amountOf(p.amount, p.currency),
            status: p.status,
          },
        },
      ];
    }
    case 'show':
      return a.card.type === 'text' || a.card.type === 'quick_replies' ? [] : [{ card: a.card }];
    case 'suggest':
      return [];
  }
}

/** A passage ending as a sentence ends. */
function sentence(text: string): string {
  return /[.!?:)"”]$/.test(text) ? text : `${text}.`;
}

/**
 * The template rendering of a turn's acts, in order: consecutive sentences share one text event
 * (joined by a space), a card starts a new event. Quick replies are not included (`quickRepliesOf`).
 * Pure and offline: the same acts and seed always give the same events.
 */
export function renderActs(acts: readonly Act[], rc: RenderContext): BotEvent[] {
  const events: BotEvent[] = [];
  for (let i = 0; i < acts.length; i++) {
    const a = acts[i] as Act;
    // "no cilantro on the tacos" changed two lines: one "Updated: …" listing both, not one per line
    const run = updatesRun(acts, i);
    const said =
      run.length > 1
        ? [text(renderPhrase(rc, 'updated', { what: joinList(run.map((u) => lineText(u.line))) }))]
        : pieces(rc, a);
    i += Math.max(0, run.length - 1);
    for (const p of said) {
      if ('card' in p) {
        events.push(p.card);
        continue;
      }
      const last = events.at(-1);
      if (last?.type === 'text') last.text = joinText(last.text, ` ${p.text}`);
      else events.push({ type: 'text', text: p.text });
    }
  }
  return events;
}

/** The consecutive described `item_updated` acts from `at` on (none when the act there is not one). */
function updatesRun(acts: readonly Act[], at: number): ActOf<'item_updated'>[] {
  const run: ActOf<'item_updated'>[] = [];
  for (const a of acts.slice(at)) {
    if (a.type !== 'item_updated' || !a.described) break;
    run.push(a);
  }
  return run;
}

/**
 * Whether `renderActs(acts)` gives any event, without rendering: every act renders at least one piece but
 * a `suggest` and a `show` of a text or quick-replies card (which render none).
 */
export function rendersAnything(acts: readonly Act[]): boolean {
  for (const a of acts) {
    if (a.type === 'suggest') continue;
    if (a.type === 'show' && (a.card.type === 'text' || a.card.type === 'quick_replies')) continue;
    return true;
  }
  return false;
}

/** The quick replies of a turn: the last `suggest` act's, or none (undefined when empty). */
export function quickRepliesOf(acts: readonly Act[]): string[] | undefined {
  const last = acts.findLast((a): a is ActOf<'suggest'> => a.type === 'suggest');
  return last && last.replies.length > 0 ? last.replies : undefined;
}

/** The cards a turn's acts render to, in order (what follows a model's text). */
export function cardsOf(acts: readonly Act[], rc: RenderContext): BotEvent[] {
  return renderActs(acts, rc).filter((e) => e.type !== 'text');
}
