import type { Venue } from '../../domain/venue.ts';
import type { ParseResult } from '../understand/parse-result.ts';
import { dishPhraseStart } from './without-other-dishes.ts';

/** What `leadClauseOptions` read: the waiting dish's choices and the phrases that named them. */
export interface LeadClauseOptions {
  options: { group: string; choice: string; quantity: number }[];
  /** The phrases said (normalized, lower case): understanding's unplaced words among them are taken. */
  phrases: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The options of the dish waiting on its option question said in a clause of their own before another
 * dish ("wheat, and a coke", "rye, plus a diet coke", "thin crust and a garlic knots" while the size is
 * asked): understanding reads those words with the dish that follows, which does not take them. Read
 * here: the words before the first other dish, when they end at a separator (a comma, "and", "plus",
 * "also", "&", "as well as") and hold nothing but choices of the waiting dish's groups (those of the
 * group asked are left to the answer's own reading) and filler words. Exact names and aliases only,
 * the longest first, one choice per group. Returns undefined when the clause is anything else.
 */
export function leadClauseOptions(
  parse: ParseResult,
  venue: Venue,
  itemId: string,
  askedGroup: string,
): LeadClauseOptions | undefined {
  const first = parse.lines
    .filter((l) => l.itemId !== itemId && l.span[1] > l.span[0])
    .sort((a, b) => a.span[0] - b.span[0])[0];
  if (!first) return undefined;
  const lead = parse.normalized.slice(0, first.span[0]).toLowerCase();
  // "oat milk and a large croissant": the words said of the next dish ("large") are its own; the
  // clause before its phrase is the lead
  const cut = dishPhraseStart(parse.normalized.toLowerCase(), first.span[0]);
  const head = LEAD_CLAUSE.exec(lead.trim())?.[1] ?? (cut > 0 ? lead.slice(0, cut).trim() : undefined);
  if (!head) return undefined;
  const groupIds = venue.menu.items.find((i) => i.id === itemId)?.optionGroups ?? [];
  const groups = groupIds
    .filter((id) => id !== askedGroup)
    .flatMap((id) => venue.menu.optionGroups.filter((g) => g.id === id));
  const candidates = groups.flatMap((g, order) =>
    g.choices
      .filter((c) => c.available !== false)
      .flatMap((c) =>
        [c.name, c.id.replaceAll('-', ' '), ...c.aliases]
          .map(norm)
          .filter((p) => p.length > 0)
          .map((phrase) => ({ group: g.id, choice: c.id, phrase, order })),
      ),
  );
  candidates.sort((a, b) => b.phrase.length - a.phrase.length || a.order - b.order);
  let rest = ` ${norm(head)} `;
  const options: LeadClauseOptions['options'] = [];
  const phrases: string[] = [];
  for (const c of candidates) {
    if (options.some((o) => o.group === c.group) || !rest.includes(` ${c.phrase} `)) continue;
    rest = rest.replace(` ${c.phrase} `, '  ');
    options.push({ group: c.group, choice: c.choice, quantity: 1 });
    phrases.push(c.phrase);
  }
  if (options.length === 0) return undefined;
  // the answer to the question asked may stand in the clause too ("whole wheat, whole, and a coke")
  const asked = venue.menu.optionGroups.find((g) => g.id === askedGroup);
  for (const c of asked?.choices ?? [])
    for (const p of [c.name, ...c.aliases].map(norm).filter((n) => n.length > 0))
      rest = rest.replaceAll(` ${p} `, '  ');
  const nouns = new Set(groups.flatMap((g) => norm(`${g.name} ${g.aliases.join(' ')}`).split(' ')));
  const left = rest.split(' ').filter((w) => w && !FILLERS.has(w) && !nouns.has(w));
  return left.length === 0 ? { options, phrases } : undefined;
}

/**
 * The lead clause: its words (group 1), then a separator, then only the words that open the next dish
 * ("a", "one", "add", "I'll have", a count).
 */
const LEAD_CLAUSE =
  /^(.*?)\s*(?:(?:,|;|&|\band also\b|\band\b|\bplus\b|\balso\b|\bas well as\b)\s*)+(?:(?:add|get|give|me|i'?ll|ill|have|i|i'?d|id|want|like|a|an|one|some|the|with|then|please|can|could|\d+)\b\s*)*$/;

/** Words that may stand around the choices in the lead clause. */
const FILLERS = new Set(
  'please with on it make the a an i want like d ll have ok okay yes yeah sure um uh oh just for that one actually then of its it s on and i d id im'.split(
    ' ',
  ),
);
