import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const OneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** One question of the knowledge eval set (format: eval/knowledge/README.md). */
export const RetrievalQuestion = z.object({
  id: z.string().min(1),
  q: z.string().min(1),
  style: z.enum(['direct', 'paraphrase', 'typo', 'indirect']).optional(),
  expect: z
    .object({
      document: z.string().min(1),
      passage: OneOrMany.optional(),
      item: z.string().min(1).optional(),
    })
    .refine((e) => e.passage !== undefined || e.item !== undefined, 'needs a passage or an item'),
  fact: OneOrMany.optional(),
});
export type RetrievalQuestion = z.infer<typeof RetrievalQuestion>;

export const RetrievalQuestionFile = z.object({
  venue: z.string().min(1),
  askedAt: z.string().optional(),
  questions: z.array(RetrievalQuestion).min(1),
});
export type RetrievalQuestionFile = z.infer<typeof RetrievalQuestionFile>;

/** Reads and validates one `<venue>.yaml` of the knowledge eval set. Throws a zod error naming the field. */
export function loadRetrievalQuestions(file: string): RetrievalQuestionFile {
  return RetrievalQuestionFile.parse(parse(readFileSync(file, 'utf8')));
}
