import { loadVenue } from '../../domain/load-venue.ts';
import type { Venue } from '../../domain/venue.ts';
import { createUnderstanding, type Understanding } from '../understand/index.ts';

/** A venue with its understanding, as a scenario run needs it. */
export interface ScenarioVenue {
  venue: Venue;
  understanding: Understanding;
}

/**
 * A loader of scenario venues by name (`restaurants/<name>`) that builds each venue's understanding once
 * and reuses it for every scenario on that venue. Throws VenueValidationError for a bad venue.
 */
export function scenarioVenues(): (name: string) => ScenarioVenue {
  const venues = new Map<string, ScenarioVenue>();
  return (name) => {
    let found = venues.get(name);
    if (!found) {
      const venue = loadVenue(name);
      found = { venue, understanding: createUnderstanding(venue.menu, venue.moods, venue.documents) };
      venues.set(name, found);
    }
    return found;
  };
}
