import type { Cart, CartLine, MenuItemDto, Totals } from '../../contract/backend-api.ts';
import type { Menu } from '../../domain/menu-schema.ts';
import { openedDefaults } from '../../domain/opened-defaults.ts';
import type { BotEvent, CartCardLine, ItemCardEntry, TotalsCard } from './bot-event.ts';
import { amountOf } from './format-money.ts';

/** The menu's items and option groups, to read a line's defaults from. */
export type LineMenu = Pick<Menu, 'items' | 'optionGroups'>;

/**
 * "Large", "extra Cheese", "2 × Shot", "no Onions". With the menu, the defaults a held choice brings
 * follow the picks (a combo's default side: "Combo, Fries"), so the customer sees what comes with it.
 */
export function lineOptionLabels(line: CartLine, menu?: LineMenu): string[] {
  const picked = line.options.map((o) => {
    const name = o.qualifier ? `${o.qualifier} ${o.choiceName}` : o.choiceName;
    return o.quantity > 1 ? `${o.quantity} × ${name}` : name;
  });
  const opened = menu ? openedDefaults(menu, line).map((c) => c.name) : [];
  return [
    ...picked,
    ...opened,
    ...line.without.map((w) => `no ${w.choiceName}`),
    ...(line.notes ? [line.notes] : []),
  ];
}

/** "2 × Margherita (Large, extra Cheese)" */
export function describeLine(line: { name: string; quantity: number }, labels: string[] = []): string {
  const base = `${line.quantity} × ${line.name}`;
  return labels.length > 0 ? `${base} (${labels.join(', ')})` : base;
}

export function cartLines(cart: Cart, menu?: LineMenu): CartCardLine[] {
  return cart.lines.map((l) => ({
    lineId: l.id,
    itemId: l.itemId,
    name: l.name,
    quantity: l.quantity,
    options: lineOptionLabels(l, menu),
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

export function cartCard(cart: Cart, menu?: LineMenu): Extract<BotEvent, { type: 'cart' }> {
  return { type: 'cart', cartId: cart.id, lines: cartLines(cart, menu), totals: totalsCard(cart.totals) };
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
