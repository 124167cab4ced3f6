import { percentOf } from '../../domain/measure-units.ts';
import type { Menu, OptionGroup } from '../../domain/menu-schema.ts';
import { isHeatScale } from './lessened-choices.ts';
import type { ParsedLine, ParseResult } from './parse-result.ts';

/**
 * Heat said with no level ("less spicy", "spicier", "nice and spicy", "not very hot"): the words a
 * dish's heat scale is asked for, never options the dish lacks.
 */
const HEAT_WORDS =
  /^(?:(?:no|not|less|more|extra|very|too|so|super|really|real|a bit|a little|bit|little|nice and|kinda|quite)\s+)*(?:spicy|spicier|spiciest|hot|hotter|mild|milder|heat|spice|spiciness)$/i;

/** Words only a heat scale says ("hot" alone may be a serving temperature beside "iced"). */
const SPICE_MARK = /\b(?:spic(?:e|y|iness)|heat|mild)\b/i;

/** A heat scale said in spice words, never a serving temperature (Hot or Iced). */
function spiceScale(group: OptionGroup): boolean {
  return (
    isHeatScale(group) &&
    [group.name, ...group.aliases, ...group.choices.map((c) => c.name)].some((p) => SPICE_MARK.test(p))
  );
}

/** The option groups of `itemId` on `menu`. */
function groupsOf(menu: Menu, itemId: string): OptionGroup[] {
  const item = menu.items.find((i) => i.id === itemId);
  return item ? menu.optionGroups.filter((g) => item.optionGroups.includes(g.id)) : [];
}

/** A single-pick group whose choices name at least two percents ("25% Sugar", "50% Sugar"). */
function percentScale(group: OptionGroup): boolean {
  return (
    group.selection === 'single' && group.choices.filter((c) => percentOf(c.name) !== undefined).length >= 2
  );
}

/** The line with `group` asked and nothing of it picked yet. */
function asking(line: ParsedLine, group: string): ParsedLine {
  return { ...line, ask: [...new Set([...(line.ask ?? []), group])].slice(0, 8) };
}

/**
 * Scale words said with a dish that none of its choices names are the scale's question, never dropped:
 * heat said with no level ("dan dan noodles less spicy", "spicier please") on a dish with a heat scale
 * of its own and no level picked asks that scale; a percent the dish's percent scale lacks ("a milk tea,
 * 30% sugar" where the levels are 0, 25, 50, 75 and 100 %) is said back as not offered (`unresolved` of
 * the line) and the scale is asked with its levels, never the dish added without a word. The line the
 * percent belongs to is the nearest one said before it (else the first after it). Pure.
 */
export function withScaleAsks(result: ParseResult, menu: Menu): Pick<ParseResult, 'lines' | 'unresolved'> {
  const lines = result.lines.map((line) => {
    if (line.action !== undefined && line.action !== 'add') return line;
    const heat = groupsOf(menu, line.itemId).find(
      (g) => spiceScale(g) && !line.options.some((o) => o.group === g.id),
    );
    const heatWords = heat ? line.unresolved.filter((u) => HEAT_WORDS.test(u.trim())) : [];
    if (!heat || heatWords.length === 0) return line;
    return asking({ ...line, unresolved: line.unresolved.filter((u) => !heatWords.includes(u)) }, heat.id);
  });
  const unresolved = result.unresolved.filter((u) => {
    const n = percentOf(u.text);
    if (n === undefined) return true;
    const at = result.normalized.indexOf(u.text);
    const order = lines
      .map((line, k) => ({ line, k }))
      .filter(({ line }) => line.action === undefined || line.action === 'add');
    const before = order.filter(({ line }) => at < 0 || line.span[1] <= at).at(-1);
    const taker = before ?? order.find(({ line }) => at >= 0 && line.span[0] >= at);
    if (!taker) return true;
    const scale = groupsOf(menu, taker.line.itemId).find(
      (g) => percentScale(g) && !taker.line.options.some((o) => o.group === g.id),
    );
    if (!scale || scale.choices.some((c) => percentOf(c.name) === n)) return true;
    lines[taker.k] = asking({ ...taker.line, unresolved: [...taker.line.unresolved, `${n}%`] }, scale.id);
    return false;
  });
  return { lines, unresolved };
}
