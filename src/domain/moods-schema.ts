import { z } from 'zod';

/**
 * `restaurants/<venue>/moods.json`: how a customer's mood maps to menu tags and categories.
 * An item matches a mood when it carries one of the mood's tags or sits in one of its categories;
 * `maxSpice` drops items hotter than that (a stressed customer gets mild food).
 */
export const Mood = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  /** Words that signal the mood: "stressed", "long day", "celebrating". */
  aliases: z.array(z.string().min(1)).default([]),
  tags: z.array(z.string()).default([]),
  categories: z.array(z.string()).default([]),
  maxSpice: z.number().int().min(0).max(4).optional(),
  /** One line explaining the pick, e.g. "Warm and soothing for a long day." */
  explanation: z.string().min(1).max(200),
});
export type Mood = z.infer<typeof Mood>;

export const Moods = z
  .strictObject({ $schema: z.string().optional(), version: z.literal(1), moods: z.array(Mood).min(1) })
  .superRefine((m, ctx) => {
    m.moods.forEach((mood, i) => {
      if (mood.tags.length === 0 && mood.categories.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['moods', i],
          message: 'a mood needs at least one tag or category',
        });
    });
  });
export type Moods = z.infer<typeof Moods>;
