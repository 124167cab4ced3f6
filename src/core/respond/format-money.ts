const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer minor units in a currency (1299 USD → "$12.99"); the only place money becomes text. */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amount / 10 ** digits);
}

export function amountOf(
  amount: number,
  currency: string,
): { amount: number; currency: string; formatted: string } {
  return { amount, currency, formatted: formatMoney(amount, currency) };
}
