/**
 * The venue's knowledge (issue 8): chunking of documents and menu, embedders, indexes, the hybrid
 * retriever and the knowledge base that keeps its index fresh. The core sees only the
 * `KnowledgeRetriever` port; build one with `createKnowledge`.
 */
export { chunkDocument, chunkDocuments } from './chunk/chunk-documents.ts';
export { chunkMenu } from './chunk/chunk-menu.ts';
export { type CreateKnowledgeOptions, createKnowledge, type KnowledgeIndexKind } from './create-knowledge.ts';
export { EmbeddingError } from './embed/embedding-error.ts';
export { HashingEmbedder, type HashingEmbedderOptions } from './embed/hashing-embedder.ts';
export {
  connectOpenAIEmbedder,
  OpenAIEmbedder,
  type OpenAIEmbedderOptions,
} from './embed/openai-embedder.ts';
export { OramaIndex, type OramaIndexOptions } from './index/orama-index.ts';
export {
  createKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeBaseOptions,
  type RebuildProgress,
  type RebuildStats,
} from './ingest/knowledge-base.ts';
export { HybridRetriever } from './retrieve/hybrid-retriever.ts';
export { type StartedKnowledge, startKnowledge } from './start-knowledge.ts';
