import type { Venue } from '../../domain/venue.ts';
import type { FactAnswer } from './fact-answer.ts';
import { readFactQuestion } from './fact-question.ts';
import { factSource } from './fact-source.ts';
import { resolveRequestedTime } from './requested-time-verdict.ts';
import { hasHours } from './venue-schedule.ts';

/**
 * "are you open at 11pm?", "do you deliver tomorrow at 9am?": an hours question about now, today or
 * tomorrow that names a clock time (`time`, a canonical value of `readRequestedTime`: "23:00",
 * "tomorrow 09:00", "5:00?" for a time without am/pm) is answered for that time on the venue's clock and
 * hours (`resolveRequestedTime`): "No, we're closed today at 11:00 pm: that day we're open 11:00 am –
 * 10:00 pm." or "Yes, we're open today at 5:00 pm." ("we deliver" for a delivery question). Undefined when the venue publishes no weekly
 * table, the question is no such hours question (a weekday or a holiday is named: the day's hours
 * answer it), or the time has gone by today.
 */
export function answerOpenAt(
  question: string,
  time: string,
  venue: Venue,
  now: Date,
): FactAnswer | undefined {
  const s = venue.menu.venue;
  if (!hasHours(s)) return undefined;
  const q = readFactQuestion(question, s);
  if (q?.topic !== 'opening-hours') return undefined;
  const { when, service, aspect } = q.hours;
  if (when.kind !== 'now' && when.kind !== 'today' && when.kind !== 'tomorrow') return undefined;
  if (aspect !== 'open-now' && aspect !== 'span') return undefined;
  const verdict = resolveRequestedTime(time, s, service === 'delivery' ? 'delivery' : 'pickup', now);
  const delivery = service === 'delivery';
  let text: string;
  if (verdict.kind === 'at')
    text = delivery ? `Yes, we deliver ${verdict.text}.` : `Yes, we're open ${verdict.text}.`;
  else if (verdict.kind === 'closed') {
    // `hours`: "that day we're open 11:00 am – 10:00 pm" (delivery's spans for delivery), or the next opening
    const no = delivery ? `No, we don't deliver ${verdict.text}` : `No, we're closed ${verdict.text}`;
    text = verdict.hours ? `${no}: ${verdict.hours}.` : `${no}.`;
  } else return undefined;
  return { topic: 'opening-hours', text, source: factSource(venue, ['hours'], [], 'venue.hours') };
}
