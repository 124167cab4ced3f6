import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBackendConfig } from '../backend/config/backend-config.ts';
import { startBackend } from '../backend/start-backend.ts';
import { newSession, randomIds } from '../core/index.ts';
import { loadVenue } from '../domain/load-venue.ts';
import { startFakeGroq } from '../testing/fake-groq-server.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { createBotDeps } from './create-bot-deps.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'maitre-model-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const token = 'model-wiring-test-token-0123456789';

describe('the bot wired with a language model (LLM_* settings)', () => {
  it('exposes deps.languageModel and reads messages through the model, against a real backend over HTTP', async () => {
    const venue = loadVenue('spice-route');
    const backend = await startBackend(
      parseBackendConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: tempDir(),
        BACKEND_SERVICE_TOKEN: token,
        LOG_LEVEL: 'silent',
      }),
      { venue },
    );
    const fake = await startFakeGroq();
    const env = {
      DATA_DIR: tempDir(),
      LOG_LEVEL: 'silent',
      LLM_BASE_URL: fake.baseUrl,
      LLM_API_KEY: 'test-key',
      LLM_PROVIDER: 'groq',
      LLM_MAX_RETRIES: '0',
      LLM_RULES_FIRST_CONFIDENCE: '2',
    };
    const bot = createBotDeps(parseBotConfig(env), venue, { url: backend.url, serviceToken: token });
    try {
      expect(bot.deps.languageModel).toBeDefined();
      fake.enqueue({
        kind: 'tool-calls',
        calls: [{ name: 'add_to_cart', arguments: JSON.stringify({ itemId: 'paneer-tikka', quantity: 2 }) }],
      });
      const first = await bot.deps.turn(
        newSession({ venue, ids: randomIds }),
        'two of the grilled cheese cubes',
      );
      // one reading with tools; the model phraser's calls after it get no scripted answer (500s, then the
      // fallback models): the templates word that reply
      expect(fake.requests.filter((r) => r.body?.tools !== undefined)).toHaveLength(1);
      expect(first.cart?.lines.map((l) => [l.itemId, l.quantity])).toEqual([['paneer-tikka', 2]]);
      // the model goes away: the rules answer the next turn
      await fake.close();
      const second = await bot.deps.turn(first.state, 'and a mango lassi');
      expect(second.cart?.lines.map((l) => l.itemId)).toEqual(['paneer-tikka', 'mango-lassi']);
    } finally {
      await bot.close();
      await backend.close();
      await fake.close().catch(() => {});
    }
  });

  it('has no language model without a key or LLM_BASE_URL', () => {
    const bot = createBotDeps(
      parseBotConfig({ DATA_DIR: tempDir(), LOG_LEVEL: 'silent' }),
      loadVenue('pizzeria'),
      {
        url: 'http://127.0.0.1:1',
        serviceToken: token,
      },
    );
    expect(bot.deps.languageModel).toBeUndefined();
    return bot.close();
  });
});
