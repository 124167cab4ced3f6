/**
 * A currency's formatter with the strings it already produced: `Intl.NumberFormat#format` costs a few
 * microseconds a call and a menu list or a cart formats dozens of prices per turn, over and over the same
 * amounts (menu prices, common totals). Bounded: the memo starts again past FORMATTED_LIMIT amounts.
 */
interface Formatter {
  format: Intl.NumberFormat;
  digits: number;
  formatted: Map<number, string>;
}

const formatters = new Map<string, Formatter>();
const FORMATTED_LIMIT = 10_000;

/** Formats integer minor units in a currency (1299 USD → "$12.99"); the only place money becomes text. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let entry = formatters.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    entry = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2, formatted: new Map() };
    formatters.set(key, entry);
  }
  // -0 formats as "-$0.00" but shares its Map key with 0: it is not memoised
  if (Object.is(amount, -0)) return entry.format.format(amount / 10 ** entry.digits);
  let text = entry.formatted.get(amount);
  if (text === undefined) {
    text = entry.format.format(amount / 10 ** entry.digits);
    if (entry.formatted.size >= FORMATTED_LIMIT) entry.formatted.clear();
    entry.formatted.set(amount, text);
  }
  return text;
}

export function amountOf(
  amount: number,
  currency: string,
): { amount: number; currency: string; formatted: string } {
  return { amount, currency, formatted: formatMoney(amount, currency) };
}
