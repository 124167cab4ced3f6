import { z } from 'zod';
import type { KnowledgeChunk } from '../../core/ports/knowledge-retriever.ts';
import { Diet } from '../../domain/menu-schema.ts';

/**
 * A `KnowledgeChunk` as an external index gives it back (a jsonb column, a Qdrant payload): validated at
 * that boundary, so a row written by another version or by hand fails loudly instead of reaching a reply.
 */
export const KnowledgeChunkSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  context: z.string(),
  source: z.object({
    kind: z.enum(['document', 'menu']),
    document: z.string(),
    title: z.string(),
    section: z.string(),
    itemId: z.string().optional(),
    table: z.string().optional(),
  }),
  diet: Diet.optional(),
  allergens: z.array(z.string()).optional(),
  category: z.string().optional(),
  menuVersion: z.string().optional(),
}) satisfies z.ZodType<KnowledgeChunk>;
