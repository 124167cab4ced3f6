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
});
