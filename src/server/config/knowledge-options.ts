import type { CreateKnowledgeOptions } from '../../knowledge/create-knowledge.ts';
import type { KnowledgeConfig } from './parse-bot-config.ts';

/** The knowledge settings (KNOWLEDGE_*, QDRANT_*, EMBEDDINGS_*, DATA_DIR) as `createKnowledge` options. */
export function knowledgeOptions(k: KnowledgeConfig): Omit<CreateKnowledgeOptions, 'venue' | 'backend'> {
  return {
    dataDir: k.dataDir,
    index: k.index,
    ...(k.databaseUrl ? { databaseUrl: k.databaseUrl } : {}),
    ...(k.qdrantUrl
      ? { qdrant: { url: k.qdrantUrl, ...(k.qdrantApiKey ? { apiKey: k.qdrantApiKey } : {}) } }
      : {}),
    ...(k.embeddings
      ? {
          embeddings: {
            baseUrl: k.embeddings.baseUrl,
            model: k.embeddings.model,
            ...(k.embeddings.apiKey ? { apiKey: k.embeddings.apiKey } : {}),
          },
        }
      : {}),
    menuCheckEverySeconds: k.menuCheckSeconds,
  };
}
