import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize.ts';
import { scopeClassifier } from './scope.ts';
import { createScopeClassifier } from './scope-classifier.ts';
import { scopeFeatures } from './scope-features.ts';
import { decodeScopeModel, encodeScopeModel, ScopeModelError } from './scope-model.ts';

const tiny = {
  alpha: 0.07,
  classes: ['restaurant', 'out_of_scope'] as ['restaurant', 'out_of_scope'],
  features: ['pizza', 'flight'],
  weights: [
    [20, -10],
    [-10, 20],
  ],
  bias: [0, 0],
};

describe('scope model file', () => {
  it('round-trips the weights through int16 quantisation', () => {
    const m = decodeScopeModel(encodeScopeModel(tiny));
    expect(m.features).toEqual(['pizza', 'flight']);
    expect([...m.weights].map((x) => Math.round(x))).toEqual([20, -10, -10, 20]);
  });

  it('rejects a file whose weights do not fit its header', () => {
    const file = encodeScopeModel(tiny);
    expect(() => decodeScopeModel({ ...file, bias: [0] })).toThrow(ScopeModelError);
    expect(() => decodeScopeModel({ ...file, version: 1 })).toThrow();
  });
});

describe('scope classifier', () => {
  it('ranks classes by their perceptron and ignores unknown features', () => {
    const c = createScopeClassifier(decodeScopeModel(encodeScopeModel(tiny)));
    expect(c.classifyScope(['pizza', 'unknown'])[0]?.cls).toBe('restaurant');
    expect(c.classifyScope(['flight'])[0]?.cls).toBe('out_of_scope');
    const scores = c.classifyScope([]).map((s) => s.score);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('folds words: case, plural, possessive, "an", digits', () => {
    expect(scopeFeatures(['An', 'Pizzas', "chef's", '12', '?'])).toEqual(
      expect.arrayContaining(['a', 'pizza', 'chef', '0', '?', 'a_pizza', '^a']),
    );
  });

  it('the committed model reads the main classes', () => {
    const read = (text: string) =>
      scopeClassifier().classifyScope(scopeFeatures(normalize(text).tokens.map((t) => t.norm)))[0]?.cls;
    expect(read('hello there')).toBe('greet');
    expect(read('thank you so much')).toBe('thanks');
    expect(read('are you a robot')).toBe('bot_challenge');
    expect(read('book a flight to rome')).toBe('out_of_scope');
    expect(read('can i reserve a table for four')).toBe('table_booking');
    expect(read('can i get a xitemx with xoptx')).toBe('restaurant');
  });
});
