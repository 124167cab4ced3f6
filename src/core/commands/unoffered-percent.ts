import type { OptionGroup } from '../../domain/menu-schema.ts';

const PERCENT_SAID = /(?:^|[^\p{L}\p{N}])(\d{1,3})\s*(?:%|％|percent\b|pct\b|per cent\b)/iu;

/** The percent a choice's name carries ("50%", "25 percent sugar"), or undefined. */
function percentOf(name: string): number | undefined {
  const m = PERCENT_SAID.exec(name);
  return m ? Number(m[1]) : undefined;
}

/**
 * A percent said at the question on a group whose choices are percents ("30% sugar" where the group has
 * 0, 25, 50, 75 and 100 %) that is none of them: the percent as heard ("30%"), to say back with the
 * levels the group has, never a choice picked silently nor the words dropped. Undefined when no
 * percent is said, the group has fewer than two percent choices, or the percent is one of them. Pure.
 */
export function unofferedPercent(text: string, group: OptionGroup): string | undefined {
  const said = PERCENT_SAID.exec(text);
  if (!said) return undefined;
  const offered = group.choices.map((c) => percentOf(c.name)).filter((p) => p !== undefined);
  if (offered.length < 2) return undefined;
  const n = Number(said[1]);
  return offered.includes(n) ? undefined : `${n}%`;
}
