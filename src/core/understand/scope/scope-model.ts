import { z } from 'zod';

/**
 * Classes of the scope classifier. The social and control classes carry the intent of the same name;
 * `chitchat` is other small talk; `table_booking` asks for a table; `restaurant` is anything an ordering
 * assistant handles (orders, menu and venue questions, cart, checkout details: the rules then say which);
 * `out_of_scope` is a request for another assistant (banking, travel, recipes, shopping lists…).
 */
export const SCOPE_CLASSES = [
  'greet',
  'goodbye',
  'thanks',
  'affirm',
  'deny',
  'cancel',
  'repeat',
  'bot_challenge',
  'capabilities',
  'chitchat',
  'table_booking',
  'restaurant',
  'out_of_scope',
] as const;
export const ScopeClass = z.enum(SCOPE_CLASSES);
export type ScopeClass = z.infer<typeof ScopeClass>;

/**
 * The committed model file (scope-model.json, written by `npm run train`): one perceptron per class.
 * `features` are joined by "\n"; `weights` is base64 of little-endian int16, class-major
 * (`weights[c·F + f]` for class c and feature f), each weight = int16 · `scale`; `bias[c]` per class.
 * A class's output is alpha·(bias + Σ weights of the features present) (scope-classifier.ts).
 */
export const ScopeModelFile = z.object({
  version: z.literal(2),
  alpha: z.number().positive(),
  classes: z.array(ScopeClass).min(2),
  features: z.string(),
  scale: z.number().positive(),
  weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  bias: z.array(z.number()),
});
export type ScopeModelFile = z.infer<typeof ScopeModelFile>;

/** The model decoded for use: `weights` has classes × features entries, class-major. */
export interface ScopeModel {
  alpha: number;
  classes: ScopeClass[];
  features: string[];
  weights: Float32Array;
  bias: number[];
}

/** Thrown when the committed model file does not fit its own header. */
export class ScopeModelError extends Error {
  readonly code = 'SCOPE_MODEL_INVALID';
  constructor(message: string) {
    super(`scope model: ${message}`);
    this.name = 'ScopeModelError';
  }
}

/** Validates and decodes the model file. Throws a ZodError or a ScopeModelError when it is malformed. */
export function decodeScopeModel(input: unknown): ScopeModel {
  const file = ScopeModelFile.parse(input);
  const features = file.features === '' ? [] : file.features.split('\n');
  const bytes = Uint8Array.from(atob(file.weights), (ch) => ch.charCodeAt(0));
  const n = file.classes.length * features.length;
  if (bytes.length !== n * 2 || file.bias.length !== file.classes.length)
    throw new ScopeModelError(`expected ${n} weights and ${file.classes.length} biases`);
  const view = new DataView(bytes.buffer);
  const weights = new Float32Array(n);
  for (let i = 0; i < n; i++) weights[i] = view.getInt16(i * 2, true) * file.scale;
  return { alpha: file.alpha, classes: file.classes, features, weights, bias: file.bias };
}

/** Encodes trained weights (per class, one per feature) into the file format, quantised to int16. */
export function encodeScopeModel(m: {
  alpha: number;
  classes: ScopeClass[];
  features: string[];
  weights: number[][];
  bias: number[];
}): ScopeModelFile {
  let max = 1e-9;
  for (const w of m.weights) for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 32767;
  const bytes = new Uint8Array(m.classes.length * m.features.length * 2);
  const view = new DataView(bytes.buffer);
  m.weights.forEach((w, c) => {
    w.forEach((x, f) => {
      view.setInt16((c * m.features.length + f) * 2, Math.round(x / scale), true);
    });
  });
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return {
    version: 2,
    alpha: m.alpha,
    classes: m.classes,
    features: m.features.join('\n'),
    scale,
    weights: btoa(bin),
    bias: m.bias,
  };
}
