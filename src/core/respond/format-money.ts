const formatters = new Map<string, { format: Intl.NumberFormat; digits: number }>();

/** Formats integer minor units in a currency (1299 USD → "$12.99"); the only place money becomes text. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let entry = formatters.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    entry = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    formatters.set(key, entry);
  }
  return entry.format.format(amount / 10 ** entry.digits);
}

export function amountOf(
  amount: number,
  currency: string,
): { amount: number; currency: string; formatted: string } {
  return { amount, currency, formatted: formatMoney(amount, currency) };
}
