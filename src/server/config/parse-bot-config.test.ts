import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors/index.ts';
import { parseBotConfig } from './parse-bot-config.ts';

describe('parseBotConfig', () => {
  it('fills defaults and freezes', () => {
    const config = parseBotConfig({});
    expect(config.port).toBe(8080);
    expect(config.redisUrl).toBeUndefined();
    expect(config.maxMessageChars).toBe(2000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads the language model settings (none without a key or LLM_BASE_URL)', () => {
    expect(parseBotConfig({}).llm).toBeUndefined();
    const config = parseBotConfig({ GROQ_API_KEY: 'gsk_test' });
    expect(config.llm?.apiKey).toBe('gsk_test');
    expect(config.llm?.provider).toBe('groq');
    expect(() => parseBotConfig({ GROQ_API_KEY: 'k', LLM_TIMEOUT_MS: '0' })).toThrow(/LLM_TIMEOUT_MS/);
  });

  it('names the bad variable', () => {
    expect(() => parseBotConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseBotConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseBotConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
    expect(() => parseBotConfig({ WEBHOOK_SECRET: 'short' })).toThrow(/WEBHOOK_SECRET/);
  });

  it('reads values', () => {
    const config = parseBotConfig({
      PORT: '9000',
      REDIS_URL: 'redis://127.0.0.1:6379',
      BACKEND_URL: 'http://x:1/',
    });
    expect(config.port).toBe(9000);
    expect(config.backendUrl).toBe('http://x:1');
  });

  it('reads the knowledge settings, embedded and offline by default', () => {
    expect(parseBotConfig({}).knowledge).toMatchObject({
      index: 'embedded',
      dataDir: './data',
      embeddings: undefined,
      menuCheckSeconds: 30,
    });
    const config = parseBotConfig({
      KNOWLEDGE_INDEX: 'qdrant',
      QDRANT_URL: 'http://127.0.0.1:6333',
      EMBEDDINGS_BASE_URL: 'http://127.0.0.1:9/v1',
      EMBEDDINGS_MODEL: 'nomic-embed-text',
    });
    expect(config.knowledge.qdrantUrl).toBe('http://127.0.0.1:6333');
    expect(config.knowledge.embeddings).toEqual({
      baseUrl: 'http://127.0.0.1:9/v1',
      model: 'nomic-embed-text',
      apiKey: undefined,
    });
  });

  it('names what a knowledge setting misses', () => {
    expect(() => parseBotConfig({ KNOWLEDGE_INDEX: 'qdrant' })).toThrow(/QDRANT_URL/);
    expect(() => parseBotConfig({ KNOWLEDGE_INDEX: 'lucene' })).toThrow(/KNOWLEDGE_INDEX/);
    expect(() => parseBotConfig({ EMBEDDINGS_BASE_URL: 'http://127.0.0.1:9/v1' })).toThrow(
      /EMBEDDINGS_MODEL/,
    );
    expect(() => parseBotConfig({ KNOWLEDGE_DATABASE_URL: 'mysql://x' })).toThrow(/KNOWLEDGE_DATABASE_URL/);
  });
});
