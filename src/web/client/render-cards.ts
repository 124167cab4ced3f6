import { el, safeUrl } from './dom.ts';
import type { CardEvent, CartCardLine, CartSummary, OrderSummary, TotalsCard } from './wire-types.ts';

type Card<T extends CardEvent['type']> = Extract<CardEvent, { type: T }>;

/** Renders one card. Quick replies call `onReply` with the chosen text (or render inert when null). */
export function renderCard(card: CardEvent, onReply: ((text: string) => void) | null): HTMLElement {
  switch (card.type) {
    case 'item_list':
      return renderItemList(card);
    case 'cart':
      return renderCart(card);
    case 'order_summary':
      return renderOrderSummary(card);
    case 'payment_link':
      return renderPaymentLink(card);
    case 'quick_replies':
      return renderQuickReplies(card, onReply);
    case 'handoff':
      return renderHandoff(card);
    case 'sources':
      return renderSources(card);
  }
}

function badgeClass(label: string): string {
  const l = label.toLowerCase();
  if (l.startsWith('contains') || l.startsWith('may contain')) return 'badge badge-allergen';
  if (l.startsWith('spicy') || l.startsWith('hot')) return 'badge badge-spice';
  return 'badge badge-diet';
}

function renderItemList(card: Card<'item_list'>): HTMLElement {
  const items = card.items.map((item) => {
    const labels =
      item.badges.length > 0
        ? item.badges
        : [...(item.diet ? [item.diet] : []), ...item.allergens.map((a) => `contains: ${a}`)];
    return el(
      'li',
      { class: item.available ? 'item' : 'item item-unavailable' },
      el(
        'div',
        { class: 'item-head' },
        el('span', { class: 'item-name', tabindex: '-1' }, item.name),
        el('span', { class: 'price' }, item.price.formatted),
      ),
      item.description ? el('p', { class: 'item-desc' }, item.description) : null,
      labels.length > 0 || !item.available
        ? el(
            'ul',
            { class: 'badges', 'aria-label': 'Dietary information' },
            ...labels.map((label) => el('li', { class: badgeClass(label) }, label)),
            !item.available && el('li', { class: 'badge badge-unavailable' }, 'unavailable'),
          )
        : null,
    );
  });
  const list = el('ul', { class: 'items' }, ...items);
  const section = el(
    'section',
    { class: 'card card-items', 'aria-label': card.title },
    el('h3', { class: 'card-title' }, card.title),
    list,
  );
  if (items.length > LONG_LIST) {
    // A long list starts folded: the first few items and a button that shows the rest.
    items.slice(FOLDED_LENGTH).forEach((item) => {
      item.hidden = true;
    });
    const more = el(
      'button',
      { type: 'button', class: 'chip show-more', 'aria-expanded': 'false' },
      `Show all ${items.length}`,
    );
    more.addEventListener('click', () => {
      items.forEach((item) => {
        item.hidden = false;
      });
      more.remove();
      items[FOLDED_LENGTH]?.querySelector<HTMLElement>('.item-name')?.focus();
    });
    section.append(more);
  }
  return section;
}

const LONG_LIST = 8;
const FOLDED_LENGTH = 5;

function renderLines(lines: CartCardLine[]): HTMLElement {
  return el(
    'ul',
    { class: 'lines' },
    ...lines.map((line) =>
      el(
        'li',
        { class: 'line' },
        el('span', { class: 'line-qty' }, `${line.quantity}×`),
        el(
          'span',
          { class: 'line-name' },
          line.name,
          line.options.length > 0 ? el('span', { class: 'line-options' }, line.options.join(', ')) : null,
        ),
        el('span', { class: 'price' }, line.lineTotal.formatted),
      ),
    ),
  );
}

function renderTotals(totals: TotalsCard): HTMLElement {
  const row = (label: string, value: string, cls = 'totals-row') =>
    el('div', { class: cls }, el('dt', {}, label), el('dd', { class: 'price' }, value));
  return el(
    'dl',
    { class: 'totals' },
    row('Subtotal', totals.subtotal.formatted),
    totals.tax.amount > 0 && row('Tax', totals.tax.formatted),
    totals.deliveryFee.amount > 0 && row('Delivery', totals.deliveryFee.formatted),
    row('Total', totals.total.formatted, 'totals-row totals-total'),
  );
}

export function renderCart(cart: Pick<CartSummary, 'lines' | 'totals'>, title = 'Your cart'): HTMLElement {
  return el(
    'section',
    { class: 'card card-cart', 'aria-label': title },
    el('h3', { class: 'card-title' }, title),
    cart.lines.length === 0
      ? el('p', { class: 'muted' }, 'Your cart is empty.')
      : el('div', {}, renderLines(cart.lines), renderTotals(cart.totals)),
  );
}

function renderOrderSummary(card: Card<'order_summary'>): HTMLElement {
  const fact = (label: string, value: string | undefined) =>
    value ? el('div', { class: 'fact' }, el('dt', {}, label), el('dd', {}, value)) : null;
  return el(
    'section',
    { class: 'card card-summary', 'aria-label': 'Order summary' },
    el('h3', { class: 'card-title' }, 'Order summary'),
    renderLines(card.lines),
    renderTotals(card.totals),
    el(
      'dl',
      { class: 'facts' },
      fact(
        card.fulfillment === 'delivery' ? 'Delivery to' : 'Pickup',
        card.address ?? (card.fulfillment === 'pickup' ? 'At the restaurant' : undefined),
      ),
      fact('Name', card.name),
      fact('Phone', card.phone),
      fact('Payment', card.paymentMethod),
      fact('When', card.when),
      fact('Notes', card.notes),
    ),
  );
}

function renderPaymentLink(card: Card<'payment_link'>): HTMLElement {
  const href = safeUrl(card.url);
  const paid = card.status === 'paid' || card.status === 'succeeded';
  return el(
    'section',
    { class: 'card card-payment', 'aria-label': 'Payment' },
    paid || !href
      ? el(
          'p',
          { class: 'payment-status' },
          paid ? `Paid ${card.amount.formatted}` : `Amount due: ${card.amount.formatted}`,
        )
      : el(
          'a',
          { class: 'button button-pay', href, target: '_blank', rel: 'noopener noreferrer' },
          `Pay ${card.amount.formatted}`,
          el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
        ),
  );
}

function renderQuickReplies(
  card: Card<'quick_replies'>,
  onReply: ((text: string) => void) | null,
): HTMLElement {
  return el(
    'div',
    { class: 'chips', role: 'group', 'aria-label': 'Suggested replies' },
    ...card.replies.map((reply) => {
      const chip = el('button', { type: 'button', class: 'chip' }, reply);
      if (onReply) chip.addEventListener('click', () => onReply(reply));
      else chip.disabled = true;
      return chip;
    }),
  );
}

/** Where a knowledge answer comes from: "Source: Delivery Areas and Fees › Fees and minimums". */
function renderSources(card: Card<'sources'>): HTMLElement {
  const names = card.sources.map((s) =>
    s.section && s.section !== s.title ? `${s.title} › ${s.section}` : s.title,
  );
  return el(
    'aside',
    { class: 'card card-sources muted', 'aria-label': 'Sources' },
    `${names.length > 1 ? 'Sources' : 'Source'}: ${[...new Set(names)].join('; ')}`,
  );
}

function renderHandoff(card: Card<'handoff'>): HTMLElement {
  return el(
    'section',
    { class: 'card card-handoff', role: 'note', 'aria-label': 'Handed over to staff' },
    el('h3', { class: 'card-title' }, 'A person will take it from here'),
    el('p', {}, 'A member of the restaurant team has been asked to help with this conversation.'),
    card.reason ? el('p', { class: 'muted' }, `Reason: ${card.reason}`) : null,
  );
}

const STATUS_LABEL: Record<string, string> = {
  placed: 'Placed',
  paid: 'Paid',
  preparing: 'Being prepared',
  ready: 'Ready',
  out_for_delivery: 'On its way',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export function statusLabel(status: string): string {
  return STATUS_LABEL[status] ?? status.replaceAll('_', ' ');
}

/** The side panel: the placed order (with its live status and what was ordered), else the cart. */
export function renderOrderPanel(cart: CartSummary | null, order: OrderSummary | null): HTMLElement[] {
  if (!order) {
    return [
      cart && cart.lines.length > 0
        ? renderCart(cart)
        : el('p', { class: 'muted panel-empty' }, 'Your cart is empty. Ask for the menu to get started.'),
    ];
  }
  const href = order.paymentUrl ? safeUrl(order.paymentUrl) : undefined;
  return [
    el(
      'section',
      { class: 'card card-order', 'aria-label': 'Your order', 'data-order-id': order.id },
      el('h3', { class: 'card-title' }, 'Order placed'),
      el(
        'p',
        { class: 'order-status' },
        el(
          'span',
          { class: `status-pill status-${order.status}`, 'data-status': order.status },
          statusLabel(order.status),
        ),
        el('span', { class: 'price' }, order.total.formatted),
      ),
      cart && cart.lines.length > 0 ? renderLines(cart.lines) : null,
      href && order.paymentStatus !== 'paid' && order.status === 'placed'
        ? el(
            'a',
            { class: 'button button-pay panel-pay', href, target: '_blank', rel: 'noopener noreferrer' },
            'Pay now',
            el('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
          )
        : null,
    ),
  ];
}
