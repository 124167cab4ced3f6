import type { Venue } from '../../domain/venue.ts';
import { answerDeliveryMoney } from './delivery-fees.ts';
import { answerDeliveryArea } from './delivery-zones.ts';
import type { FactAnswer } from './fact-answer.ts';
import { readFactQuestion } from './fact-question.ts';
import { answerOpeningHours } from './opening-hours.ts';
import { answerPayment } from './payment-facts.ts';
import { answerPickup, answerVenueName } from './venue-self-facts.ts';

/**
 * Answers a customer's question exactly from the venue's structured fields (menu.json `venue.hours`,
 * `specialHours`, `lastOrdersMinutesBeforeClose`, `delivery` with its zones, `payment`), at `now` (the
 * clock port's time) in `venue.timezone`. Pure: the same question, venue and clock give the same answer.
 * Topics: opening hours (now, tonight, tomorrow, a weekday, a holiday, the week), delivery areas and
 * postcodes (or, with no zones listed, whether the venue delivers), the delivery fee, free delivery, the
 * minimum order, payment methods, the venue's name, pickup. Returns undefined for
 * any other question, or when the venue does not publish the field: retrieval answers those.
 */
export function answerFact(question: string, venue: Venue, now: Date): FactAnswer | undefined {
  const q = readFactQuestion(question, venue.menu.venue);
  if (!q) return undefined;
  switch (q.topic) {
    case 'opening-hours':
      return answerOpeningHours(q.hours, venue, now);
    case 'delivery-area':
      return answerDeliveryArea(question, venue);
    case 'delivery-fee':
    case 'delivery-minimum':
    case 'free-delivery':
      return answerDeliveryMoney(q.topic, venue);
    case 'payment':
      return answerPayment(q.method, venue);
    case 'venue-name':
      return answerVenueName(venue);
    case 'pickup':
      return answerPickup(venue);
    case 'venue-about':
      return undefined;
  }
}
