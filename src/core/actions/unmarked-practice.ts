import { DIET_FLAGS } from '../../domain/menu-schema.ts';
import type { Venue } from '../../domain/venue.ts';

/** The menu's diet flags that name a practice rather than a missing ingredient ("halal", "kosher", "jain"). */
export const PRACTICE_FLAGS: readonly string[] = DIET_FLAGS.filter((f) => !f.endsWith('-free'));

/**
 * The diet practice a message names ("we keep kosher", "is anything halal?") that the venue says nothing
 * about: no dish of its menu carries the flag and no document of its holds the word. Undefined when no
 * such practice is named, or when the menu or the documents can answer it. Pure.
 */
export function unmarkedPractice(message: string, venue: Venue): string | undefined {
  const said = practiceNamed(message);
  if (!said) return undefined;
  if (venue.menu.items.some((i) => (i.dietFlags as readonly string[]).includes(said))) return undefined;
  const inDocs = venue.documents.some((d) => new RegExp(`\\b${said}\\b`, 'i').test(d.text));
  return inDocs ? undefined : said;
}

/** The diet practice of {@link PRACTICE_FLAGS} a message names by its word ("we keep kosher"); undefined when none. */
export function practiceNamed(message: string): string | undefined {
  const words = new Set(message.toLowerCase().split(/[^a-z]+/));
  return PRACTICE_FLAGS.find((f) => words.has(f));
}
