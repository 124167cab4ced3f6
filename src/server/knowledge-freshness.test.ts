import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBackendConfig } from '../backend/config/backend-config.ts';
import { type RunningBackend, startBackend } from '../backend/start-backend.ts';
import { newSession, randomIds } from '../core/index.ts';
import { loadVenue } from '../domain/load-venue.ts';
import type { Venue } from '../domain/venue.ts';
import { parseBotConfig } from './config/parse-bot-config.ts';
import { createBotDeps } from './create-bot-deps.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'maitre-fresh-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const token = 'knowledge-freshness-test-token-0123456789';

function backendOn(port: number, venue: Venue): Promise<RunningBackend> {
  const config = parseBackendConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: tempDir(),
    BACKEND_SERVICE_TOKEN: token,
    LOG_LEVEL: 'silent',
  });
  return startBackend(config, { venue });
}

describe('knowledge follows the backend menu without a restart', () => {
  it('a changed menu shows in the answers after the menu check interval', async () => {
    const venue = loadVenue('pizzeria');
    let backend = await backendOn(0, venue);
    const port = Number(new URL(backend.url).port);
    const bot = createBotDeps(
      parseBotConfig({ DATA_DIR: tempDir(), KNOWLEDGE_MENU_CHECK_SECONDS: '1', LOG_LEVEL: 'silent' }),
      venue,
      { url: backend.url, serviceToken: token },
    );
    const ask = async (text: string) => {
      const state = newSession({ venue, ids: randomIds });
      const { events } = await bot.deps.turn(state, text);
      return events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    };
    try {
      const question = 'which pizza comes with black truffle?';
      expect(await ask(question)).not.toMatch(/truffle shavings/i);
      // the restaurant changes its menu: the backend restarts with it, the bot keeps running
      await backend.close();
      const changed = structuredClone(venue);
      const item = changed.menu.items.find((i) => i.id === 'margherita');
      if (!item) throw new Error('the pizzeria has no margherita');
      item.description = `${item.description} Finished with black truffle shavings.`;
      backend = await backendOn(port, changed);
      await sleep(1100);
      expect(await ask(question)).toMatch(/truffle shavings/i);
    } finally {
      await bot.close();
      await backend.close();
    }
  });
});
