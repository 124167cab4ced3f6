import type { Act } from '../respond/acts.ts';
import { moneyAmounts } from './money-mentions.ts';

/**
 * What a phrased reply may state, collected from the turn's acts (which came from the backend and the
 * venue's files, never from a model): every item the acts name, every amount, link, quantity and source.
 * The output guard (output-guard.ts) checks generated text against it.
 */
export interface Grounding {
  /** Menu item ids the acts name (lines, refusals, alternatives, cards). */
  itemIds: Set<string>;
  /** Every string of the acts (names, passages, questions, choices, the customer's details), lower case, joined by newlines. */
  text: string;
  /** Money amounts the reply may state, in minor units: the acts' amounts and those written in their texts. */
  amounts: Set<number>;
  /** Links the acts carry (a payment link). */
  urls: Set<string>;
  /** Citation tags of the quoted sources (`delivery` for `delivery.md`), lower case. */
  citations: Set<string>;
  /** Quantities the acts state per item id (a line's quantity, a refusal's asked, available or cap). */
  quantities: Map<string, Set<number>>;
}

const MONEY_KEYS = new Set(['amount', 'total', 'subtotal', 'tax', 'deliveryFee', 'lineTotal', 'price']);
const HAS_DIGIT = /\d/;
const QUANTITY_KEYS = ['quantity', 'available', 'inCart', 'max', 'total'] as const;

/** The citation tag of a source document: its file name without folder and extension, lower case. */
export function citationTag(document: string): string {
  const base = document.split('/').at(-1) ?? document;
  return base.replace(/\.[a-z0-9]+$/i, '').toLowerCase();
}

/**
 * Walks the acts (any shape: a new act type is covered without code here) and collects the grounding.
 * `currencyDigits`: minor-unit digits of the venue's currency, to read amounts written in texts.
 */
export function groundingOf(acts: readonly Act[], currencyDigits = 2): Grounding {
  const g: Grounding = {
    itemIds: new Set(),
    text: '',
    amounts: new Set(),
    urls: new Set(),
    citations: new Set(),
    quantities: new Map(),
  };
  const texts: string[] = [];
  const visit = (value: unknown, key: string | undefined): void => {
    if (typeof value === 'string') {
      texts.push(value);
      if (/^https?:\/\//.test(value)) g.urls.add(value);
      return;
    }
    if (typeof value === 'number') {
      if (key && MONEY_KEYS.has(key) && Number.isInteger(value)) g.amounts.add(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    const itemId =
      typeof o.itemId === 'string'
        ? o.itemId
        : typeof o.id === 'string' && typeof o.name === 'string' && o.price !== undefined
          ? o.id
          : undefined;
    if (itemId) {
      g.itemIds.add(itemId);
      const qs = g.quantities.get(itemId) ?? new Set<number>();
      for (const k of QUANTITY_KEYS) if (typeof o[k] === 'number') qs.add(o[k] as number);
      if (qs.size > 0) g.quantities.set(itemId, qs);
    }
    if (typeof o.document === 'string' && typeof o.title === 'string')
      g.citations.add(citationTag(o.document));
    for (const [k, v] of Object.entries(o)) visit(v, k);
  };
  // a refusal's quantities belong to its item (`item: { itemId, name }` carries the id)
  for (const a of acts) {
    visit(a, undefined);
    if (a.type === 'item_refused' && a.item.itemId) {
      const qs = g.quantities.get(a.item.itemId) ?? new Set<number>();
      for (const k of QUANTITY_KEYS) if (typeof a[k] === 'number') qs.add(a[k] as number);
      if (a.max !== undefined && a.inCart !== undefined) qs.add(a.max - a.inCart);
      g.quantities.set(a.item.itemId, qs);
    }
  }
  g.text = texts.join('\n').toLowerCase();
  // an amount has a digit: most strings (names, questions) have none and skip the money scan
  for (const t of texts)
    if (HAS_DIGIT.test(t)) for (const m of moneyAmounts(t, currencyDigits)) g.amounts.add(m.minor);
  return g;
}
