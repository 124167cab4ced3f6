import { z } from 'zod';

/**
 * `restaurants/<venue>/moods.json`: how a customer's mood maps to menu tags and categories.
 * An item matches a mood when it carries one of the mood's tags, sits in one of its categories or is
 * one of its `items`; `maxSpice` drops items hotter than that (a stressed customer gets mild food),
 * `minSpice` items milder than that (a craving for spice gets heat). A mood with only spice bounds
 * matches every item within them.
 */
export const Mood = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  /** Words that signal the mood: "stressed", "long day", "celebrating". */
  aliases: z.array(z.string().min(1)).default([]),
  tags: z.array(z.string()).default([]),
  categories: z.array(z.string()).default([]),
  /** Item ids that suit the mood whatever their tags (the built-in moods list the dishes they found). */
  items: z.array(z.string()).default([]),
  /** The mildest spice level that suits (0 none … 4 very hot): "something spicy" → 2. */
  minSpice: z.number().int().min(0).max(4).optional(),
  maxSpice: z.number().int().min(0).max(4).optional(),
  /** One line explaining the pick, e.g. "Warm and soothing for a long day." */
  explanation: z.string().min(1).max(200),
});
export type Mood = z.infer<typeof Mood>;

export const Moods = z
  .strictObject({ $schema: z.string().optional(), version: z.literal(1), moods: z.array(Mood).min(1) })
  .superRefine((m, ctx) => {
    m.moods.forEach((mood, i) => {
      if (
        mood.tags.length === 0 &&
        mood.categories.length === 0 &&
        mood.items.length === 0 &&
        mood.minSpice === undefined
      )
        ctx.addIssue({
          code: 'custom',
          path: ['moods', i],
          message: 'a mood needs at least one tag, category or item, or a minSpice',
        });
    });
  });
export type Moods = z.infer<typeof Moods>;
