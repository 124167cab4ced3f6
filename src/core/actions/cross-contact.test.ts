import { describe, expect, it } from 'vitest';
import { crossContactNote } from './item-info.ts';

describe('cross-contact notes of a dish description', () => {
  it('keeps the sentences that warn of shared equipment or traces', () => {
    expect(crossContactNote('Crispy fries with sea salt. Fried in a shared fryer with breaded items.')).toBe(
      'Fried in a shared fryer with breaded items.',
    );
    expect(crossContactNote('Almond cake. May contain traces of peanuts')).toBe(
      'May contain traces of peanuts',
    );
  });

  it('is undefined for a description without a warning', () => {
    expect(crossContactNote('Tomato sauce, mozzarella and fresh basil.')).toBeUndefined();
  });
});
