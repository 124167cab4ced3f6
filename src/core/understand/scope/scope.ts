import { createScopeClassifier, type ScopeClassifier } from './scope-classifier.ts';
import modelJson from './scope-model.json' with { type: 'json' };
import { decodeScopeModel } from './scope-model.ts';

let loaded: ScopeClassifier | undefined;

/**
 * The committed scope classifier (scope-model.json, written by `npm run train`), validated and indexed
 * on first use and shared afterwards. Throws a ZodError or ScopeModelError when the committed file is
 * malformed.
 */
export function scopeClassifier(): ScopeClassifier {
  loaded ??= createScopeClassifier(decodeScopeModel(modelJson));
  return loaded;
}
