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

  it('runs one worker by default and refuses several without Redis, naming WORKERS and REDIS_URL', () => {
    expect(parseBotConfig({}).workers).toBe(1);
    expect(() => parseBotConfig({ WORKERS: '2' })).toThrow(ConfigError);
    expect(() => parseBotConfig({ WORKERS: '2' })).toThrow(/WORKERS.*REDIS_URL/);
    expect(parseBotConfig({ WORKERS: '3', REDIS_URL: 'redis://127.0.0.1:6379' }).workers).toBe(3);
    expect(parseBotConfig({ WORKERS: 'auto', REDIS_URL: 'redis://127.0.0.1:6379' }).workers).toBeGreaterThan(
      0,
    );
    expect(() => parseBotConfig({ WORKERS: '0' })).toThrow(/WORKERS/);
    expect(() => parseBotConfig({ WORKERS: 'many' })).toThrow(/WORKERS/);
  });

  it('reads the load-shedding thresholds; the heap limit defaults below the V8 heap limit', () => {
    const defaults = parseBotConfig({}).shedding;
    expect(defaults).toMatchObject({ maxEventLoopDelayMs: 60, maxRssBytes: 0, retryAfterSeconds: 2 });
    expect(defaults.maxHeapUsedBytes).toBeGreaterThan(100 * 1024 * 1024);
    const set = parseBotConfig({
      SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      SHED_MAX_HEAP_MB: '512',
      SHED_MAX_RSS_MB: '1024',
      SHED_RETRY_AFTER_SECONDS: '5',
    }).shedding;
    expect(set).toMatchObject({
      maxEventLoopDelayMs: 0,
      maxHeapUsedBytes: 512 * 1024 * 1024,
      maxRssBytes: 1024 * 1024 * 1024,
      retryAfterSeconds: 5,
    });
    expect(() => parseBotConfig({ SHED_MAX_EVENT_LOOP_DELAY_MS: '-1' })).toThrow(
      /SHED_MAX_EVENT_LOOP_DELAY_MS/,
    );
  });
});
