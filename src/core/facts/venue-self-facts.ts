import type { Venue } from '../../domain/venue.ts';
import type { FactAnswer } from './fact-answer.ts';
import { factSource } from './fact-source.ts';

/** "We're Little Owl Espresso Bar." from `venue.name`. */
export function answerVenueName(venue: Venue): FactAnswer {
  const name = venue.menu.venue.name;
  return {
    topic: 'venue-name',
    text: `We're ${name}.`,
    source: factSource(venue, ['about', 'contact'], [name.toLowerCase()], 'venue.name'),
  };
}

/** Whether pickup is offered, from `venue.pickup` (and delivery named as the other way when offered). */
export function answerPickup(venue: Venue): FactAnswer {
  const s = venue.menu.venue;
  const text = s.pickup
    ? `Yes, pickup is available${s.delivery.available ? ', and so is delivery' : ''}.`
    : `We don't offer pickup${s.delivery.available ? '; delivery is available' : ''}.`;
  return {
    topic: 'pickup',
    text,
    source: factSource(venue, ['pickup', 'delivery'], ['pickup', 'pick up'], 'venue.pickup'),
  };
}
