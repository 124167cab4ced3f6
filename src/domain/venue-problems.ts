import type { ValidationProblem } from '../errors/index.ts';
import { describePath } from './describe-path.ts';
import type { VenueSource } from './venue-source.ts';

/** A schema issue or a cross-reference problem: a message at a path of keys and indexes. */
export interface PathIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
}

/** Fields holding an amount of money, in integer minor units of the venue currency. */
const MONEY_FIELDS = new Set(['amount', 'priceDelta', 'extraPriceDelta', 'fee', 'freeAbove', 'minimumOrder']);

/**
 * The problems to show for `issues` found in `source`: each path named by ids (`describePath`) with the
 * line and column of its value, a decimal amount of money said as such with the amount in minor units to
 * write instead (`minorUnitsHint`), and an issue said twice (the schema and the cross-references
 * check) said once.
 */
export function venueProblems(source: VenueSource, issues: readonly PathIssue[]): ValidationProblem[] {
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const issue of issues) {
    const path = describePath(source.value, issue.path);
    const message = minorUnitsHint(source.value, issue) ?? issue.message;
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message, ...source.locate(issue.path) });
  }
  // in the order of the file (a problem without a line keeps its place at the end)
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? Infinity) - (b.p.line ?? Infinity) || a.i - b.i)
    .map(({ p }) => p);
}

/**
 * For an amount of money written as a decimal (8.5, or the string "8.50"), the message that amounts are
 * integers in minor units, suggesting the value (850 for USD; the currency's own decimals from Intl, so
 * 8 for JPY). Undefined for any other issue.
 */
export function minorUnitsHint(root: unknown, issue: PathIssue): string | undefined {
  const field = issue.path.at(-1);
  if (typeof field !== 'string' || !MONEY_FIELDS.has(field)) return undefined;
  const raw = valueAt(root, issue.path);
  const value = typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (Number.isInteger(value) && typeof raw === 'number') return undefined;
  const currency = currencyOf(root, issue.path);
  const digits = fractionDigits(currency);
  const minor = Math.round(value * 10 ** digits);
  const unit =
    digits === 0
      ? `whole ${currency}`
      : `minor units (1/${10 ** digits} ${currency}${currency === 'USD' ? ', i.e. cents' : ''})`;
  return `amounts of money are integers in ${unit}: write ${minor} for ${JSON.stringify(raw)}`;
}

/** The currency of the amount at `path`: its own `currency` beside it, else the venue's, else USD. */
function currencyOf(root: unknown, path: ReadonlyArray<PropertyKey>): string {
  const beside = valueAt(root, [...path.slice(0, -1), 'currency']);
  if (typeof beside === 'string') return beside;
  const venue = valueAt(root, ['venue', 'currency']);
  return typeof venue === 'string' ? venue : 'USD';
}

function fractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
