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
 * The committed model file (scope-model.json, written by `npm run train`): one perceptron per class,
 * `weights[c][f]` for feature `features[f]`, `bias[c]`; output = alpha·max(0, bias + Σ weights of the
 * features present), then squared and normalised to sum 1 (as NLP.js does).
 */
export const ScopeModel = z
  .object({
    version: z.literal(1),
    alpha: z.number().positive(),
    classes: z.array(ScopeClass).min(2),
    features: z.array(z.string()),
    weights: z.array(z.array(z.number())),
    bias: z.array(z.number()),
  })
  .refine(
    (m) =>
      m.weights.length === m.classes.length &&
      m.bias.length === m.classes.length &&
      m.weights.every((w) => w.length === m.features.length),
    'weights and bias must have one row per class and one weight per feature',
  );
export type ScopeModel = z.infer<typeof ScopeModel>;
