export * from './heat-words.ts';
export * from './holiday-rule.ts';
export * from './item-heat.ts';
export * from './load-venue.ts';
export * from './menu-schema.ts';
export * from './moods-schema.ts';
export type { Venue, VenueDocument, VenueMood } from './venue.ts';
export * from './venue-facts-schema.ts';
export * from './with-built-in-moods.ts';
