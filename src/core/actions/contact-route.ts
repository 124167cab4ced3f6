import type { Venue, VenueDocument } from '../../domain/venue.ts';

/**
 * How a customer reaches the venue's team: until staff can take a conversation over in Maitre, this is
 * what "talk to a person" gives. Taken from `venue.contact` in menu.json where set, otherwise from the
 * venue's documents: the first phone number and e-mail address of the contact document (a line that
 * names "phone" / "e-mail" wins over others), and the opening hours from the hours document's table
 * (first two columns, consecutive days with the same hours merged) or its lines naming a day and a time.
 */
export interface ContactRoute {
  phone?: string;
  email?: string;
  /** One line, e.g. "Monday: Closed; Tuesday – Thursday: 11:00 am – 10:00 pm". */
  hours?: string;
}

const CONTACT_DOC = /contact|reach|location|find us|about/i;
const HOURS_DOC = /hours|opening|open/i;
const PHONE_LABEL = /\b(phone|tel|telephone|call|mobile)\b/i;
const EMAIL_LABEL = /\be-?mail\b/i;
const DAY =
  /\b(mon|tues?|wed(nes)?|thu(rs?)?|fri|satur|sat|sun)(day)?s?\b|\b(daily|every day|weekdays?|weekends?)\b/i;
const TIME = /\b\d{1,2}(:\d{2})?\s?(am|pm)\b|\b\d{1,2}:\d{2}\b|\bclosed\b/i;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE_CANDIDATE = /\+?\(?\d[\d\s().-]{5,20}\d/g;

const cache = new WeakMap<Venue, ContactRoute>();

/** The venue's contact route (computed once per loaded venue). */
export function contactRouteOf(venue: Venue): ContactRoute {
  let route = cache.get(venue);
  if (!route) {
    route = extractContactRoute(venue);
    cache.set(venue, route);
  }
  return route;
}

function extractContactRoute(venue: Venue): ContactRoute {
  const given = venue.menu.venue.contact ?? {};
  const contactDocs = ranked(venue.documents, CONTACT_DOC);
  const hoursDocs = ranked(venue.documents, HOURS_DOC);
  const phone = given.phone ?? firstIn(contactDocs, findPhone);
  const email = given.email ?? firstIn(contactDocs, findEmail);
  const hours = given.hours ?? firstIn(hoursDocs, findHours);
  return { ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(hours ? { hours } : {}) };
}

/** Documents whose id or title matches first, then the rest (a number may sit in any document). */
function ranked(documents: readonly VenueDocument[], topic: RegExp): VenueDocument[] {
  const matching = documents.filter((d) => topic.test(d.id) || topic.test(d.title));
  return [...matching, ...documents.filter((d) => !matching.includes(d))];
}

function firstIn(
  documents: readonly VenueDocument[],
  find: (text: string) => string | undefined,
): string | undefined {
  for (const d of documents) {
    const found = find(d.text);
    if (found) return found;
  }
  return undefined;
}

/** A phone number: 7 to 15 digits with the usual separators; a line labelled "phone" wins. */
export function findPhone(text: string): string | undefined {
  const lines = text.split('\n');
  for (const line of [...lines.filter((l) => PHONE_LABEL.test(l)), ...lines]) {
    for (const match of line.matchAll(PHONE_CANDIDATE)) {
      const candidate = match[0].trim();
      const digits = candidate.replace(/\D/g, '').length;
      const separated = /[\s().-]/.test(candidate);
      if (digits >= 7 && digits <= 15 && (separated || digits >= 10)) return candidate;
    }
  }
  return undefined;
}

/** An e-mail address; a line labelled "e-mail" wins. */
export function findEmail(text: string): string | undefined {
  const lines = text.split('\n');
  for (const line of [...lines.filter((l) => EMAIL_LABEL.test(l)), ...lines]) {
    const match = EMAIL.exec(line);
    if (match) return match[0].replace(/\.$/, '');
  }
  return undefined;
}

/** Opening hours on one line: a table's day rows, or else up to three lines naming a day and a time. */
export function findHours(text: string): string | undefined {
  const rows = text
    .split('\n')
    .filter((l) => l.trim().startsWith('|'))
    .map((l) =>
      l
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => plain(c)),
    )
    .filter((cells) => cells.length >= 2 && DAY.test(cells[0]!) && TIME.test(cells[1]!));
  if (rows.length > 0) return mergeDays(rows.map((cells) => [cells[0]!, cells[1]!])).join('; ');
  const lines = text
    .split('\n')
    .map(plain)
    .filter((l) => DAY.test(l) && TIME.test(l) && l.length <= 160)
    .slice(0, 3);
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** "Monday: x; Tuesday: x" → "Monday – Tuesday: x" for consecutive rows with the same hours. */
function mergeDays(rows: [string, string][]): string[] {
  const out: { first: string; last: string; hours: string }[] = [];
  for (const [day, hours] of rows) {
    const previous = out.at(-1);
    if (previous && previous.hours === hours) previous.last = day;
    else out.push({ first: day, last: day, hours });
  }
  return out.map((r) => `${r.first === r.last ? r.first : `${r.first} – ${r.last}`}: ${r.hours}`);
}

/** Markdown emphasis, bullets and links out. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*[-+>#]+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The route as a sentence: "call (512) 555-0147 or e-mail orders@example.com (opening hours: ...)";
 * undefined when the venue gives no way to reach it.
 */
export function contactSentence(route: ContactRoute): string | undefined {
  const ways = [
    ...(route.phone ? [`call ${route.phone}`] : []),
    ...(route.email ? [`e-mail ${route.email}`] : []),
  ];
  if (ways.length === 0) return undefined;
  const hours = route.hours ? ` Opening hours: ${route.hours}.` : '';
  return `${ways.join(' or ')}.${hours}`;
}
