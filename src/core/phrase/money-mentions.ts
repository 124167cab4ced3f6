/** A money amount written in text: where, as written, and in minor units. */
export interface MoneyMention {
  index: number;
  raw: string;
  /** The amount in minor units of a currency with `digits` decimals (`$12.99` → 1299). */
  minor: number;
}

const SYMBOL = String.raw`(?:[$€£₹¥]|\b(?:USD|EUR|GBP|INR|CAD|AUD|Rs\.?)\s?)`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const WORD = String.raw`\s?(?:dollars?|bucks|euros?|pounds?|rupees?|cents?)\b`;
const MONEY = new RegExp(String.raw`${SYMBOL}\s?(${NUMBER})|\b(${NUMBER})(${WORD})|\b(\d+\.\d{2})\b`, 'gi');

/**
 * Every money amount written in `text`: a currency sign or code before a number ("$12.99", "USD 12"), a
 * currency word after one ("12 dollars", "99 cents"), or a bare number with two decimals ("12.99").
 * `digits`: the currency's minor-unit digits (2 for USD).
 */
export function moneyAmounts(text: string, digits = 2): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY)) {
    const number = m[1] ?? m[2] ?? m[4];
    if (number === undefined) continue;
    const value = Number(number.replaceAll(',', ''));
    if (!Number.isFinite(value)) continue;
    const cents = m[3] !== undefined && /cent/i.test(m[3]);
    out.push({
      index: m.index,
      raw: m[0],
      minor: cents ? Math.round(value) : Math.round(value * 10 ** digits),
    });
  }
  return out;
}
