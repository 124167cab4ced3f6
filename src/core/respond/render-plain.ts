import type { BotEvent, CartCardLine, TotalsCard } from './bot-event.ts';

function table(rows: string[][], alignRight: number[] = []): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (alignRight.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

function linesTable(lines: CartCardLine[], totals: TotalsCard): string[] {
  const rows = lines.map((l) => [
    `${l.quantity} ×`,
    l.options.length > 0 ? `${l.name} (${l.options.join(', ')})` : l.name,
    l.lineTotal.formatted,
  ]);
  const sums: string[][] = [['', 'Subtotal', totals.subtotal.formatted]];
  if (totals.tax.amount > 0) sums.push(['', 'Tax', totals.tax.formatted]);
  if (totals.deliveryFee.amount > 0) sums.push(['', 'Delivery', totals.deliveryFee.formatted]);
  sums.push(['', 'Total', totals.total.formatted]);
  const out = table([...rows, ...sums], [2]);
  const width = Math.max(...out.map((l) => l.length));
  out.splice(rows.length, 0, '-'.repeat(width));
  return out;
}

/**
 * Events as plain text for a terminal: text, then cards as small tables, quick replies in brackets.
 * `alreadySaid`: text of the same reply printed before these events (a streamed turn), so a card that
 * repeats it (a payment link the text gave) is not printed twice.
 */
export function renderPlain(events: readonly BotEvent[], alreadySaid = ''): string {
  const out: string[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'text':
        out.push(e.text);
        break;
      case 'item_list':
        out.push(`  ${e.title}`);
        for (const line of table(
          e.items.map((i) => [
            i.name,
            i.price.formatted,
            i.badges.length > 0 ? `[${i.badges.join('] [')}]` : '',
          ]),
          [1],
        ))
          out.push(`    ${line}`);
        break;
      case 'cart':
        for (const line of linesTable(e.lines, e.totals)) out.push(`    ${line}`);
        break;
      case 'order_summary': {
        out.push('  Order summary');
        for (const line of linesTable(e.lines, e.totals)) out.push(`    ${line}`);
        const how = e.fulfillment === 'delivery' ? `Delivery to ${e.address ?? '?'}` : 'Pickup';
        out.push(`    ${how} · ${e.name} · ${e.phone} · pay by ${e.paymentMethod}`);
        if (e.when) out.push(`    When: ${e.when}`);
        if (e.notes) out.push(`    Notes: ${e.notes}`);
        break;
      }
      case 'payment_link':
        if (!alreadySaid.includes(e.url) && !out.some((l) => l.includes(e.url)))
          out.push(`  Pay ${e.amount.formatted}: ${e.url}`);
        break;
      case 'quick_replies':
        out.push(`  ${e.replies.map((r) => `[${r}]`).join(' ')}`);
        break;
      case 'handoff':
        out.push(`  (handed off to a person: ${e.reason})`);
        break;
      case 'sources': {
        const names = e.sources.map((s) => (s.section !== s.title ? `${s.title} › ${s.section}` : s.title));
        out.push(`  (source: ${[...new Set(names)].join('; ')})`);
        break;
      }
    }
  }
  return out.join('\n');
}
