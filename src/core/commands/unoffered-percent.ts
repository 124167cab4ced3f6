import { percentOf } from '../../domain/measure-units.ts';
import type { OptionGroup } from '../../domain/menu-schema.ts';

/**
 * A percent said at the question on a group whose choices are percents ("30% sugar" where the group has
 * 0, 25, 50, 75 and 100 %) that is none of them: the percent as heard ("30%"), to say back with the
 * levels the group has, never a choice picked silently nor the words dropped. Undefined when no
 * percent is said, the group has fewer than two percent choices, or the percent is one of them. Pure.
 */
export function unofferedPercent(text: string, group: OptionGroup): string | undefined {
  const n = percentOf(text);
  if (n === undefined) return undefined;
  const offered = group.choices.map((c) => percentOf(c.name)).filter((p) => p !== undefined);
  if (offered.length < 2) return undefined;
  return offered.includes(n) ? undefined : `${n}%`;
}
