import type { ScopeClass, ScopeModel } from './scope-model.ts';

/** One class with its score in 0..1 (the scores of one message sum to 1). */
export interface ScopeScore {
  cls: ScopeClass;
  score: number;
}

/** A trained scope classifier: features (scope-features.ts) → classes, best first. */
export interface ScopeClassifier {
  classifyScope(features: readonly string[]): ScopeScore[];
}

/** Sharpness of the softmax over the perceptrons' outputs (a trained class outputs about 1). */
const SHARPNESS = 6;

/**
 * The forward pass of the committed perceptron model (pure; no library at runtime): each class's output
 * alpha·(bias + Σ weights of the features present), then a softmax, so scores sum to 1 and rank the
 * classes even when no perceptron fires. Features the model does not know are ignored.
 */
export function createScopeClassifier(model: ScopeModel): ScopeClassifier {
  const index = new Map(model.features.map((f, i) => [f, i]));
  return {
    classifyScope(features) {
      // the model's features in the order first said, each once
      const ids: number[] = [];
      const seen = new Set<number>();
      for (const f of features) {
        const i = index.get(f);
        if (i !== undefined && !seen.has(i)) {
          seen.add(i);
          ids.push(i);
        }
      }
      const out = model.classes.map((cls, c) => {
        const row = c * model.features.length;
        let sum = model.bias[c] as number;
        for (const i of ids) sum += model.weights[row + i] as number;
        return { cls, score: SHARPNESS * model.alpha * sum };
      });
      const max = Math.max(...out.map((x) => x.score));
      let total = 0;
      for (const x of out) {
        x.score = Math.exp(x.score - max);
        total += x.score;
      }
      for (const x of out) x.score /= total;
      return out.sort((a, b) => b.score - a.score);
    },
  };
}
