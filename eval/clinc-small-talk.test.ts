import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../src/core/understand/index.ts';
import { loadVenue } from '../src/domain/index.ts';
import { CLINC_SMALL_TALK, type ClincRow, clincSmallTalk, splitClinc } from './clinc.ts';
import { isClincHeldOut } from './clinc-split.ts';

/** The CLINC150 small-talk mapping and the tuned / held-out split, on a few synthetic rows. */
describe('CLINC150 small talk and split', () => {
  const venue = loadVenue('pizzeria');
  const u = createUnderstanding(venue.menu, venue.moods, venue.documents);

  it('maps the nine conversational intents of issue 7 to ours', () => {
    expect(Object.values(CLINC_SMALL_TALK).sort()).toEqual(
      [
        'affirm',
        'bot_challenge',
        'cancel',
        'capabilities',
        'deny',
        'goodbye',
        'greet',
        'repeat',
        'thanks',
      ].sort(),
    );
  });

  it('scores only mapped small-talk and meta rows, by the primary intent', () => {
    const rows: ClincRow[] = [
      { text: 'hello', clinc_intent: 'greeting', domain: 'small_talk' },
      { text: 'are you a bot?', clinc_intent: 'are_you_a_bot', domain: 'small_talk' },
      { text: 'tell me a joke', clinc_intent: 'tell_joke', domain: 'small_talk' },
      { text: 'what is my balance', clinc_intent: 'balance', domain: 'banking' },
    ];
    const report = clincSmallTalk(u, rows);
    expect(report.cases).toBe(2);
    expect(report.correct + report.failures.length).toBe(2);
  });

  it('splits rows by the stable hash of their text', () => {
    const rows: ClincRow[] = Array.from({ length: 200 }, (_, i) => ({
      text: `row ${i}`,
      clinc_intent: 'oos',
      domain: 'oos',
    }));
    const { tuned, heldOut } = splitClinc(rows);
    expect(tuned.length + heldOut.length).toBe(200);
    expect(heldOut.every((r) => isClincHeldOut(r.text))).toBe(true);
    expect(tuned.some((r) => isClincHeldOut(r.text))).toBe(false);
    expect(heldOut.length).toBeGreaterThan(10);
  });
});
