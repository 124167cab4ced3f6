/** The structured-fact topics `answerFact` answers; every other question is left to retrieval. */
export type FactTopic =
  | 'opening-hours'
  | 'delivery-area'
  | 'delivery-fee'
  | 'delivery-minimum'
  | 'free-delivery'
  | 'payment'
  | 'venue-name'
  | 'pickup';

/** Where a fact is published: the venue document (file name without extension) and its heading. */
export interface FactSource {
  /** Document id (`hours`, `delivery`, `payments`), or `menu` when no document covers the fact. */
  document: string;
  /** The document's title (its first heading), or `Menu`. */
  title: string;
  /** The heading the fact sits under (`Fees and minimums`); the title when there is none. */
  section: string;
}

/**
 * An exact answer from the venue's structured fields (`venue.hours`, `specialHours`, `delivery`,
 * `payment` in menu.json): `text` is plain sentences (no Markdown), the same for the same clock.
 */
export interface FactAnswer {
  topic: FactTopic;
  text: string;
  source: FactSource;
}
