import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBackendConfig, type RunningBackend, startBackend } from '../../backend/index.ts';
import { parseBotConfig } from '../../server/config/parse-bot-config.ts';
import { type RunningBot, startBot } from '../../server/start-bot.ts';
import { writeWebAssets } from '../write-web-assets.ts';

export interface WebStack {
  /** The bot (API + web chat at `/`). */
  url: string;
  backend: RunningBackend;
  bot: RunningBot;
  /** The operator's move: POST /api/orders/{id}/status on the backend with the service token. */
  advanceOrder(orderId: string, status: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real reference backend (SQLite in a temp DATA_DIR) and the real bot on 127.0.0.1, random ports,
 * with the web chat served by the bot. For browser tests.
 */
export async function startWebStack(botEnv: Record<string, string> = {}): Promise<WebStack> {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-web-'));
  const webRoot = join(dir, 'web');
  await writeWebAssets(webRoot, { title: 'Spice Route' });
  const backend = await startBackend(
    parseBackendConfig({
      BACKEND_PORT: '0',
      DATA_DIR: dir,
      BACKEND_SERVICE_TOKEN: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'silent',
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_RETRY_BASE_MS: '50',
    }),
  );
  let bot: RunningBot;
  try {
    bot = await startBot(
      parseBotConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_IP: '100000',
        RATE_LIMIT_SESSIONS_PER_IP: '100000',
        SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
        SHED_MAX_TURNS_IN_FLIGHT: '0',
        ...botEnv,
      }),
      { backend: { url: backend.url, serviceToken: backend.serviceToken }, webRoot },
    );
    await bot.webhookRegistered;
  } catch (error) {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: bot.url,
    backend,
    bot,
    async advanceOrder(orderId, status) {
      const response = await fetch(`${backend.url}/api/orders/${encodeURIComponent(orderId)}/status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${backend.serviceToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ status }),
      });
      if (!response.ok)
        throw new Error(`advancing ${orderId} to ${status}: ${response.status} ${await response.text()}`);
    },
    async close() {
      await bot.close();
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
