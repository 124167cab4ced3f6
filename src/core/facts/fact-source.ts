import type { Venue } from '../../domain/venue.ts';
import type { FactSource } from './fact-answer.ts';

/**
 * Names where a fact is published: the first venue document whose id contains one of `documentHints`
 * (`hours`, `delivery`, `payment`), and in it the first section (a `##`/`###` heading) whose text holds
 * one of `terms` (case-insensitive), else the document's title. With no document so named, the first
 * document whose text holds one of `terms` (a venue's "Hours and contact" page stating the delivery fee).
 * With none, the fact comes from menu.json alone: `{ document: 'menu', title: 'Menu', section: fallbackSection }`.
 */
export function factSource(
  venue: Venue,
  documentHints: readonly string[],
  terms: readonly string[],
  fallbackSection: string,
): FactSource {
  const wanted = terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  // a venue with no page of that name may state the fact on another ("Hours and contact" holding the
  // delivery fee): the first document whose text holds one of the terms
  const doc =
    venue.documents.find((d) => documentHints.some((h) => d.id.includes(h))) ??
    venue.documents.find((d) => wanted.some((t) => readingOf(d).text.includes(t)));
  if (!doc) return { document: 'menu', title: 'Menu', section: fallbackSection };
  const { sections } = readingOf(doc);
  for (const term of wanted) {
    const hit = sections.find((s) => s.body.includes(term));
    if (hit) return { document: doc.id, title: doc.title, section: hit.heading };
  }
  return { document: doc.id, title: doc.title, section: doc.title };
}

type VenueDocument = Venue['documents'][number];

/** A document as `factSource` searches it: its text and its sections' bodies in lower case. */
interface DocumentReading {
  /** The document's text it was read from (a document whose text changed is read again). */
  source: string;
  text: string;
  sections: { heading: string; body: string }[];
}

/**
 * Each document's reading, made once per text: every fact answer names its source, and splitting the
 * page per answer was a notable share of one.
 */
const readings = new WeakMap<VenueDocument, DocumentReading>();

function readingOf(doc: VenueDocument): DocumentReading {
  let reading = readings.get(doc);
  if (reading === undefined || reading.source !== doc.text) {
    reading = { source: doc.text, text: doc.text.toLowerCase(), sections: sectionsOf(doc) };
    readings.set(doc, reading);
  }
  return reading;
}

/** The document's sections (the part before the first heading under its title), bodies in lower case. */
function sectionsOf(doc: VenueDocument): { heading: string; body: string }[] {
  const sections: { heading: string; body: string }[] = [];
  let current = { heading: doc.title, body: '' };
  for (const line of doc.text.split('\n')) {
    const heading = /^#{2,6}\s+(.+)$/.exec(line);
    if (heading) {
      sections.push(current);
      current = { heading: heading[1]!.trim(), body: '' };
    } else current.body += `${line.toLowerCase()}\n`;
  }
  sections.push(current);
  return sections;
}
