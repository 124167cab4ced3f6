import { NAME_PARTICLES } from '../understand/slot-readers.ts';

/**
 * A customer's name as it is shown back (the summary, the order): typed all in lower case ("sam",
 * "maria de la cruz", "mary-jane o'neil") it gets capitals ("Sam", "Maria de la Cruz", "Mary-Jane
 * O'Neil"), particles after the first word kept small; typed with any capital, it is kept as typed.
 */
export function displayName(typed: string): string {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (name !== name.toLowerCase()) return name;
  return name
    .split(' ')
    .map((word, i) =>
      i > 0 && NAME_PARTICLES.has(word)
        ? word
        : word.replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
    )
    .join(' ');
}
