import type { Menu } from './menu-schema.ts';
import type { Mood } from './moods-schema.ts';

/** A markdown document a venue publishes (hours, delivery, allergens, ...). */
export interface VenueDocument {
  /** File name without extension, e.g. `hours`. */
  id: string;
  title: string;
  text: string;
}

/**
 * A mood the bot understands at a venue: one of its moods.json, or a built-in mood defined over the
 * menu's features (`withBuiltInMoods`; `builtIn`, its matching dishes in `items`).
 */
export type VenueMood = Mood & { builtIn?: true };

/** Everything a venue folder describes, validated; `moods` holds the venue's own, then the built-in ones. */
export interface Venue {
  id: string;
  dir: string;
  menu: Menu;
  moods: VenueMood[];
  documents: VenueDocument[];
}
