import { describe, expect, it } from 'vitest';
import { clincClass } from '../scripts/clinc-scope-map.ts';
import { createUnderstanding } from '../src/core/understand/index.ts';
import { SOCIAL_CLASSES } from '../src/core/understand/rules/social-rules.ts';
import { scopeClassifier } from '../src/core/understand/scope/scope.ts';
import { scopeFeatures } from '../src/core/understand/scope/scope-features.ts';
import { loadVenue } from '../src/domain/index.ts';
import { clincFalseActions, loadClinc } from './clinc.ts';
import { isClincHeldOut } from './clinc-split.ts';

/**
 * The committed scope classifier on the CLINC150 rows it was never trained on (eval/clinc-split.ts):
 * its own accuracy on the mapped classes, what understanding makes of the small-talk and control rows,
 * and how many unrelated requests end in a menu action. Skipped when the data set is not on this machine.
 */
const rows = loadClinc();
const heldOut = (rows ?? []).filter((r) => isClincHeldOut(r.text));
/** The social and control classes, small talk aside. */
const SOCIAL = new Set<string>([...SOCIAL_CLASSES].filter((c) => c !== 'chitchat'));

describe.skipIf(rows === undefined)('scope classifier on held-out CLINC150 rows', () => {
  it('classifies the mapped classes (raw words, no menu placeholders)', () => {
    const c = scopeClassifier();
    let n = 0;
    let ok = 0;
    for (const r of heldOut) {
      const cls = clincClass(r.clinc_intent, r.domain);
      if (cls === null) continue;
      n++;
      const words = r.text.toLowerCase().match(/[\p{L}\p{N}']+|\?/gu) ?? [];
      if (c.classifyScope(scopeFeatures(words))[0]?.cls === cls) ok++;
    }
    expect(n).toBeGreaterThan(3000);
    expect(ok / n).toBeGreaterThan(0.95);
  });

  it('gives the small-talk and control rows their intent through understanding', () => {
    const venue = loadVenue('spice-route');
    const u = createUnderstanding(venue.menu, venue.moods, venue.documents);
    const social = heldOut.filter((r) => SOCIAL.has(clincClass(r.clinc_intent, r.domain) ?? ''));
    const wrong = social.filter(
      (r) => u.parse(r.text).intents[0]?.intent !== clincClass(r.clinc_intent, r.domain),
    );
    expect(social.length).toBeGreaterThan(150);
    // counts only: the held-out sentences are not for reading while tuning
    expect(1 - wrong.length / social.length, `${wrong.length}/${social.length} wrong`).toBeGreaterThan(0.85);
  });

  for (const venueName of ['spice-route', 'pizzeria'])
    it(`lets at most 0.5 % of unrelated requests end in a menu action on ${venueName}`, () => {
      const venue = loadVenue(venueName);
      const report = clincFalseActions(
        createUnderstanding(venue.menu, venue.moods, venue.documents),
        heldOut,
      );
      expect(report.unrelated).toBeGreaterThan(2500);
      expect(report.falseActionRate, `${report.falseActions}/${report.unrelated}`).toBeLessThanOrEqual(0.005);
    });
});
