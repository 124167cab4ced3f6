import { distance } from 'fastest-levenshtein';
import type { DeliveryZone, VenueSettings } from '../../domain/index.ts';
import type { Venue } from '../../domain/venue.ts';
import { feeSentence, minimumSentence } from './delivery-fees.ts';
import type { FactAnswer } from './fact-answer.ts';
import { factSource } from './fact-source.ts';
import { factText, joinList } from './fact-text.ts';

const DOCS = ['delivery'] as const;

/** What a delivery-area question names: a listed area or postcode, an excluded area, or an unlisted place. */
export type PlaceMention =
  | { kind: 'area'; zone: DeliveryZone; name: string }
  | { kind: 'postcode'; zone: DeliveryZone; name: string }
  | { kind: 'excluded'; name: string }
  | { kind: 'unlisted'; name: string };

/** Words after "deliver to" that name the customer's own place, not an area ("my house", "the office"). */
const OWN_PLACE_WORDS = new Set(
  'my me us our your the a an it this that here there house home place apartment apt flat office work address hotel dorm building area neighborhood neighbourhood street location please you guys yall food order pizza it'.split(
    ' ',
  ),
);

/** Words asking where or how far delivery reaches, which only a zone list or a page answers. */
const AREA_WORDS =
  / (?:how far|where|which|what areas?|areas?|radius|range|miles?|mi|km|kilometers?|kilometres?|distance|far|zones?|neighbou?rhoods?|zip|zips|zipcode|postcode|postcodes|postal|reach|cover|covers)(?= )/;

/** Words that end a place phrase ("deliver to oak hollow on sunday"). */
const PLACE_END_WORDS = new Set(
  'on at for tonight today tomorrow now right and or if by in around from with before after this next please'.split(
    ' ',
  ),
);

/** Verbs and prepositions a place follows ("deliver to", "deliver out to", "bring it to", "come to"). */
const PLACE_LEAD =
  /\b(?:deliver(?:y|ing|s)?|bring (?:it|them|food|the food|my order)|come|drive|ship|send it)(?: out| over| all the way)? (?:to|in|into|out to|over to)\b/;

/** Allowed edits for a fuzzy area match: none up to 4 letters, 1 up to 8, 2 beyond. */
function allowedEdits(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/** The area of `names` the normalised text holds, exactly or within a small edit distance (longest first). */
function findName(text: string, names: readonly string[]): string | undefined {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const exact = sorted.find((n) => text.includes(factText(n)));
  if (exact) return exact;
  const words = text.trim().split(' ');
  for (const name of sorted) {
    const target = factText(name).trim();
    const n = target.split(' ').length;
    for (let i = 0; i + n <= words.length; i++) {
      const window = words.slice(i, i + n).join(' ');
      if (window[0] === target[0] && distance(window, target) <= allowedEdits(target.length)) return name;
    }
  }
  return undefined;
}

/** Finds the place a delivery question names, against `venue.delivery.zones` and `excludedAreas`. */
export function findPlace(question: string, s: VenueSettings): PlaceMention | undefined {
  const text = factText(question);
  const zones = s.delivery.zones ?? [];
  for (const zone of zones) {
    const code = zone.postcodes.find((p) => text.includes(factText(p)));
    if (code) return { kind: 'postcode', zone, name: code };
  }
  const areaNames = zones.flatMap((z) => [...z.areas, z.name]);
  const area = findName(text, areaNames);
  const excluded = findName(text, s.delivery.excludedAreas ?? []);
  if (excluded && (!area || factText(excluded).length > factText(area).length))
    return { kind: 'excluded', name: excluded };
  if (area) {
    const zone = zones.find((z) => z.areas.includes(area) || z.name === area)!;
    return { kind: 'area', zone, name: area };
  }
  const lead = PLACE_LEAD.exec(text);
  const after = lead
    ? text
        .slice(lead.index + lead[0].length)
        .trim()
        .split(' ')
    : [];
  const postcode = /\b\d{5}(?:-\d{4})?\b/.exec(text);
  if (postcode) return { kind: 'unlisted', name: `${codeWord([postcode[0]])} ${postcode[0]}` };
  const end = after.findIndex((w) => PLACE_END_WORDS.has(w));
  const words = (end === -1 ? after : after.slice(0, end)).filter((w) => w !== '' && !OWN_PLACE_WORDS.has(w));
  if (words.length === 0 || words.length > 4) return undefined;
  return { kind: 'unlisted', name: words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') };
}

/** "ZIP" for five-digit codes, else "postcode". */
function codeWord(codes: readonly string[]): string {
  return codes.every((c) => /^\d{5}$/.test(c)) ? 'ZIP' : 'postcode';
}

/** The delivery area as one phrase: areas with their codes ("Midtown (95811, 95816), Oak Park (95817)"). */
function areaList(zones: readonly DeliveryZone[]): string {
  const codes = zones.flatMap((z) => z.postcodes);
  if (zones.length === 1) {
    const z = zones[0]!;
    const list = joinList(z.areas.length > 0 ? z.areas : [z.name]);
    return z.postcodes.length > 0 ? `${list} (${codeWord(codes)} codes ${joinList(z.postcodes)})` : list;
  }
  return joinList(
    zones.map((z) => (z.postcodes.length > 0 ? `${z.name} (${z.postcodes.join(', ')})` : z.name)),
  );
}

/**
 * Answers "do you deliver to <area or ZIP>?", "where do you deliver?" and "how far do you deliver?" from
 * `venue.delivery.zones`, `radius` and `excludedAreas`: yes with the zone and the fees; no with pickup
 * and the areas when the place is excluded or not listed. With no zones listed, "do you deliver?" is
 * answered yes with the fees; undefined for a place asked about then.
 */
export function answerDeliveryArea(question: string, venue: Venue): FactAnswer | undefined {
  const s = venue.menu.venue;
  const zones = s.delivery.zones ?? [];
  const answer = (text: string, terms: readonly string[]): FactAnswer => ({
    topic: 'delivery-area',
    text,
    source: factSource(venue, DOCS, terms, 'venue.delivery.zones'),
  });
  if (!s.delivery.available)
    return answer(`We don't deliver${s.pickup ? '; pickup is available' : ''}.`, ['pickup']);
  const place = findPlace(question, s);
  // no zones listed: whether the venue delivers, and its fees, when no place, area or distance is asked
  // about (the documents may say how far: "how far out do you deliver")
  if (zones.length === 0)
    return place || AREA_WORDS.test(factText(question))
      ? undefined
      : answer(`Yes, we deliver. ${feeSentence(s)} ${minimumSentence(s)}`, ['deliver']);
  const where = `We deliver ${s.delivery.radius ? `${s.delivery.radius}: ` : 'to '}${areaList(zones)}.`;
  const pickup = s.pickup ? ' You can choose pickup instead.' : '';
  const money = ` ${feeSentence(s)} ${minimumSentence(s)}`;
  if (!place) return answer(`${where}${money}`, ['zip', 'deliver']);
  // "I live out past Cedar Park East": beyond the area named, not in it
  if (place.kind === 'area' && beyond(question, place.name))
    return answer(
      `We deliver to ${place.name}, but we can't promise past it. ${where} If you're outside that area, ${s.pickup ? 'choose pickup or call us' : 'call us'}.`,
      [place.name.toLowerCase()],
    );
  if (place.kind === 'area') {
    const zone = zones.length > 1 && place.zone.name !== place.name ? ` (our ${place.zone.name} area)` : '';
    const list = place.zone.postcodes;
    const codes =
      zones.length > 1 && list.length > 0
        ? ` (${codeWord(list)} ${list.length > 1 ? 'codes ' : ''}${joinList(list)})`
        : '';
    return answer(`Yes, we deliver to ${place.name}${zone || codes}.${money}`, [place.name.toLowerCase()]);
  }
  if (place.kind === 'postcode') {
    const named = zones.length > 1 ? ` (${place.zone.name})` : '';
    return answer(`Yes, we deliver to ${codeWord([place.name])} ${place.name}${named}.${money}`, [
      place.name,
    ]);
  }
  if (place.kind === 'excluded')
    return answer(`No, we don't deliver to ${place.name}.${pickup} ${where}`, [place.name.toLowerCase()]);
  return answer(`We don't list ${place.name} in our delivery area.${pickup} ${where}`, ['zip', 'deliver']);
}

/** Words putting a place past the one named ("out past Midtown", "beyond", "further than"). */
const BEYOND = /\b(?:past|beyond|further than|farther than|further out than|farther out than)(?:\s+the)?\s*$/;

/** Whether the question puts the customer beyond the named area rather than in it. */
function beyond(question: string, name: string): boolean {
  const text = factText(question);
  const at = text.indexOf(factText(name));
  return at > 0 && BEYOND.test(text.slice(0, at));
}

/**
 * Whether `venue.delivery.zones` put a delivery address inside or outside the area, or cannot decide.
 * `outside` carries what decided it (the address's postcode, or an excluded area it names) and the
 * delivery area as a phrase for the reply.
 */
export type AddressZoneVerdict =
  | { kind: 'inside' }
  | { kind: 'outside'; place: string; area: string }
  | { kind: 'unknown' };

/** A word in a postcode's shape: digits for digits, letters for letters ("78610" → /^\d\d\d\d\d$/). */
function postcodeShapes(codes: readonly string[]): RegExp[] {
  const shapes = new Set(codes.map((c) => factText(c).trim().replace(/[a-z]/g, 'L').replace(/\d/g, 'D')));
  return [...shapes].map((s) => new RegExp(`^${s.replace(/L/g, '[a-z]').replace(/D/g, '\\d')}$`));
}

/** The area (listed or excluded) the address names as whole words, exactly (no fuzzy match for addresses). */
function namesArea(text: string, names: readonly string[]): string | undefined {
  const padded = ` ${text.trim()} `;
  return [...names]
    .sort((a, b) => b.length - a.length)
    .find((n) => padded.includes(` ${factText(n).trim()} `));
}

/**
 * Decides a delivery address against the venue's zones: its postcode (the last word in the shape of the
 * zones' postcodes, not the street number) decides when it has one; without one, an excluded area it
 * names puts it outside and a listed area inside; anything else is unknown (accepted as given). Unknown
 * when the venue lists no zones or does not deliver.
 */
export function addressZoneVerdict(address: string, s: VenueSettings): AddressZoneVerdict {
  const zones = s.delivery.zones ?? [];
  if (!s.delivery.available || zones.length === 0) return { kind: 'unknown' };
  const words = factText(address).trim().split(' ');
  const codes = zones.flatMap((z) => z.postcodes.map((p) => factText(p).trim()));
  const shapes = postcodeShapes(codes);
  const code = words
    .slice(1)
    .reverse()
    .find((w) => shapes.some((r) => r.test(w)));
  const outside = (place: string): AddressZoneVerdict => ({ kind: 'outside', place, area: areaList(zones) });
  if (code) return codes.includes(code) ? { kind: 'inside' } : outside(`${codeWord([code])} ${code}`);
  const text = words.join(' ');
  const area = namesArea(
    text,
    zones.flatMap((z) => [...z.areas, z.name]),
  );
  const excluded = namesArea(text, s.delivery.excludedAreas ?? []);
  if (excluded && (!area || factText(excluded).length > factText(area).length)) return outside(excluded);
  return area ? { kind: 'inside' } : { kind: 'unknown' };
}
