import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectBackend } from './connect-backend.ts';

const dir = mkdtempSync(join(tmpdir(), 'maitre-connect-backend-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('connectBackend with BACKEND_URL', () => {
  it('takes the service token from BACKEND_SERVICE_TOKEN_FILE (secrets mounted as files)', async () => {
    const file = join(dir, 'service-token');
    writeFileSync(file, 'service-token-from-file-0123\n');
    // A remote connection is only described, not dialled: nothing listens on port 1.
    const connection = await connectBackend({
      venue: 'spice-route',
      env: { BACKEND_URL: 'http://127.0.0.1:1', BACKEND_SERVICE_TOKEN_FILE: file, DATA_DIR: dir },
    });
    expect(connection.embedded).toBe(false);
    expect(connection.url).toBe('http://127.0.0.1:1');
    expect(connection.serviceToken).toBe('service-token-from-file-0123');
    await connection.close();
  });

  it('refuses a missing token with an error naming BACKEND_SERVICE_TOKEN', async () => {
    await expect(
      connectBackend({ venue: 'spice-route', env: { BACKEND_URL: 'http://127.0.0.1:1', DATA_DIR: dir } }),
    ).rejects.toThrow(/BACKEND_SERVICE_TOKEN is required/);
  });
});
