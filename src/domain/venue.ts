import type { Menu } from './menu-schema.ts';
import type { Mood } from './moods-schema.ts';

/** A markdown document a venue publishes (hours, delivery, allergens, ...). */
export interface VenueDocument {
  /** File name without extension, e.g. `hours`. */
  id: string;
  title: string;
  text: string;
}

/** Everything a venue folder describes, validated. */
export interface Venue {
  id: string;
  dir: string;
  menu: Menu;
  moods: Mood[];
  documents: VenueDocument[];
}
