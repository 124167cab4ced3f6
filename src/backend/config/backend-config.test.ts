import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors/index.ts';
import { parseBackendConfig } from './backend-config.ts';

describe('parseBackendConfig', () => {
  it('applies defaults', () => {
    const c = parseBackendConfig({});
    expect(c).toMatchObject({ port: 8081, host: '127.0.0.1', dataDir: './data', venue: 'spice-route' });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.webhook.maxAttempts).toBe(10);
  });

  it('reads variables', () => {
    const c = parseBackendConfig({
      BACKEND_PORT: '9000',
      DATABASE_URL: 'postgres://u@h/db',
      BACKEND_PUBLIC_URL: 'https://shop.example/',
      WEBHOOK_MAX_ATTEMPTS: '3',
    });
    expect(c).toMatchObject({
      port: 9000,
      databaseUrl: 'postgres://u@h/db',
      publicUrl: 'https://shop.example',
    });
    expect(c.webhook.maxAttempts).toBe(3);
  });

  it('names the bad variable', () => {
    expect(() => parseBackendConfig({ BACKEND_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseBackendConfig({ BACKEND_PORT: 'eighty' })).toThrow(/BACKEND_PORT/);
    expect(() => parseBackendConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseBackendConfig({ BACKEND_SERVICE_TOKEN: 'short' })).toThrow(/BACKEND_SERVICE_TOKEN/);
  });
});
