export * from './holiday-rule.ts';
export * from './load-venue.ts';
export * from './menu-schema.ts';
export * from './moods-schema.ts';
export type { Venue, VenueDocument } from './venue.ts';
export * from './venue-facts-schema.ts';
