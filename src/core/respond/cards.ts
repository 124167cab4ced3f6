import type { Cart, CartLine, MenuItemDto, Totals } from '../../contract/backend-api.ts';
import type { BotEvent, CartCardLine, ItemCardEntry, TotalsCard } from './bot-event.ts';
import { amountOf } from './format-money.ts';

/** "Large", "extra Cheese", "2 × Shot", "no Onions". */
export function lineOptionLabels(line: CartLine): string[] {
  const picked = line.options.map((o) => {
    const name = o.qualifier ? `${o.qualifier} ${o.choiceName}` : o.choiceName;
    return o.quantity > 1 ? `${o.quantity} × ${name}` : name;
  });
  return [...picked, ...line.without.map((w) => `no ${w.choiceName}`), ...(line.notes ? [line.notes] : [])];
}

/** "2 × Margherita (Large, extra Cheese)" */
export function describeLine(line: { name: string; quantity: number }, labels: string[] = []): string {
  const base = `${line.quantity} × ${line.name}`;
  return labels.length > 0 ? `${base} (${labels.join(', ')})` : base;
}

export function cartLines(cart: Cart): CartCardLine[] {
  return cart.lines.map((l) => ({
    lineId: l.id,
    itemId: l.itemId,
    name: l.name,
    quantity: l.quantity,
    options: lineOptionLabels(l),
    lineTotal: amountOf(l.lineTotal, cart.totals.currency),
  }));
}

export function totalsCard(totals: Totals): TotalsCard {
  const c = totals.currency;
  return {
    currency: c,
    subtotal: amountOf(totals.subtotal, c),
    tax: amountOf(totals.tax, c),
    deliveryFee: amountOf(totals.deliveryFee, c),
    total: amountOf(totals.total, c),
  };
}

export function cartCard(cart: Cart): Extract<BotEvent, { type: 'cart' }> {
  return { type: 'cart', cartId: cart.id, lines: cartLines(cart), totals: totalsCard(cart.totals) };
}

const SPICE = ['not spicy', 'mild', 'medium spicy', 'hot', 'very hot'];

export function spiceLabel(level: number): string {
  return SPICE[Math.max(0, Math.min(4, level))] ?? 'not spicy';
}

export function itemEntry(item: MenuItemDto): ItemCardEntry {
  const badges: string[] = [];
  if (item.diet !== 'non-vegetarian') badges.push(item.diet);
  // "dairy-free" and "egg-free" say nothing new about a vegan dish
  badges.push(
    ...item.dietFlags.filter((f) => item.diet !== 'vegan' || (f !== 'dairy-free' && f !== 'egg-free')),
  );
  // a dish the menu does not rate gets no spice badge (never "not spicy")
  if (item.spiceLevel !== null && item.spiceLevel > 0) badges.push(`spicy ${item.spiceLevel}/4`);
  if (item.allergens.length > 0) badges.push(`contains: ${item.allergens.join(', ')}`);
  if (!item.available) badges.push('sold out');
  return {
    id: item.id,
    name: item.name,
    description: item.description,
    price: amountOf(item.price.amount, item.price.currency),
    diet: item.diet,
    allergens: item.allergens,
    badges,
    available: item.available,
  };
}
