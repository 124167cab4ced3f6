import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../src/core/understand/index.ts';
import { loadVenue } from '../src/domain/index.ts';
import { clincFalseActions, loadClinc, sampleClinc, splitClinc } from './clinc.ts';

/**
 * Requests from other assistants' domains (CLINC150: banking, travel, cars, devices, recipes, ...) must
 * not become menu or cart actions. Measured on a fixed sample of 3,000 CLINC150 training utterances
 * (about 2,400 from non-conversational domains) of its tuned part: see the threshold below. The held-out
 * part (eval/clinc-split.ts) is only reported by `npm run eval`, never gated or listed here. Skipped when
 * the data set is not on this machine.
 */
const MAX_FALSE_ACTION_RATE = 0.01;
const rows = loadClinc();

describe.skipIf(rows === undefined)('CLINC150 unrelated requests', () => {
  const sample = sampleClinc(splitClinc(rows ?? []).tuned, 3000);
  for (const venueName of ['spice-route', 'pizzeria']) {
    it(`rarely become an order, browse, info or recommendation on ${venueName}`, () => {
      const venue = loadVenue(venueName);
      const report = clincFalseActions(createUnderstanding(venue.menu, venue.moods, venue.documents), sample);
      expect(report.unrelated).toBeGreaterThan(2000);
      expect(
        report.falseActionRate,
        report.examples.map((e) => `${e.intent}: ${e.text}`).join('\n'),
      ).toBeLessThan(MAX_FALSE_ACTION_RATE);
    });
  }

  it('never turns "how much has the dow changed today" into an action', () => {
    const venue = loadVenue('pizzeria');
    const u = createUnderstanding(venue.menu, venue.moods, venue.documents);
    expect(u.parse('how much has the dow changed today').intents[0]?.intent).toBe('out_of_scope');
  });
});
