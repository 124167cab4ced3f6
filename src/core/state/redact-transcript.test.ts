import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import { handleTurn } from '../handle-turn.ts';
import { createUnderstanding } from '../understand/index.ts';
import { redactTranscript } from './redact-transcript.ts';
import type { SessionState } from './session-state.ts';

describe('the session transcript is kept redacted', () => {
  it('replaces the checkout details, e-mails and phone-like numbers, and nothing else', () => {
    const slots = { name: 'Sam Rivera', phone: '+1 555 123 4567', address: '12 Elm Street' };
    expect(
      redactTranscript(
        'Deliver to 12 elm street for Sam Rivera, call +1 555 123 4567 or sam@example.com',
        slots,
      ),
    ).toBe('Deliver to [address] for [name], call [phone] or [email]');
    expect(redactTranscript('my number is 916-555-0199', {})).toBe('my number is [phone]');
    // dish names, prices, counts and short numbers stay
    expect(redactTranscript('2 × Samosa, $21.72, table 12, at 18:30', { name: 'Sam' })).toBe(
      '2 × Samosa, $21.72, table 12, at 18:30',
    );
  });

  it('finds a detail in any case, in ASCII and beyond (case folding), and only as whole words', () => {
    expect(redactTranscript('thanks SAM RIVERA!', { name: 'Sam Rivera' })).toBe('thanks [name]!');
    expect(redactTranscript('merci SÉGOLÈNE', { name: 'Ségolène' })).toBe('merci [name]');
    // U+017F (long s) folds to "s" in a case-blind match, though its lowercase is not "s"
    expect(redactTranscript('for \u017Fam rivera', { name: 'Sam Rivera' })).toBe('for [name]');
    expect(redactTranscript('Samosa for Sam', { name: 'Sam' })).toBe('Samosa for [name]');
    expect(redactTranscript('no detail here', { name: 'Sam', address: '12 Elm Street' })).toBe(
      'no detail here',
    );
  });

  it('a whole checkout leaves no name or phone in SessionState.history', async () => {
    const venue = loadVenue('spice-route');
    const deps = {
      venue,
      understanding: createUnderstanding(venue.menu, venue.moods, venue.documents),
      backend: new InMemoryBackend(venue.menu),
      clock: fixedClock(),
      ids: sequentialIds(),
      config: createDialogConfig({ historySize: 100 }),
    };
    let state: SessionState | undefined;
    for (const text of [
      'two samosas',
      'checkout',
      'pickup',
      'Priya Raman',
      '916 555 0199',
      'cash',
      'skip',
      'yes',
    ]) {
      state = (await handleTurn(state, text, deps)).state;
    }
    expect(state?.order).toBeDefined();
    const transcript = JSON.stringify(state?.history);
    for (const personal of ['Priya', 'Raman', '555 0199', '5550199'])
      expect(transcript).not.toContain(personal);
    expect(transcript).toContain('[name]');
    expect(transcript).toContain('Samosa');
  });
});
