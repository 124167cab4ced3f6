import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingServiceLine, onMissingService, reachable, servicesRequired } from './test-services.ts';

describe('test services: a laptop falls back or skips, CI fails', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('CI=true (what .ci/run runs under) or MAITRE_TEST_SERVICES=required makes services required', () => {
    expect(servicesRequired({ CI: 'true' })).toBe(true);
    expect(servicesRequired({ CI: '1' })).toBe(true);
    expect(servicesRequired({ MAITRE_TEST_SERVICES: 'required' })).toBe(true);
    expect(servicesRequired({})).toBe(false);
    expect(servicesRequired({ CI: 'false' })).toBe(false);
    expect(servicesRequired({ CI: 'true', MAITRE_TEST_SERVICES: 'optional' })).toBe(false);
  });

  it('in CI a missing service throws an error naming it and how to start it, printing nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() =>
      onMissingService('redis', 'redis://127.0.0.1:1', 'the Redis tests are skipped', { CI: 'true' }),
    ).toThrow(
      /Redis not reachable at redis:\/\/127\.0\.0\.1:1.*redis-server.*missing service is an error in CI/,
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('on a laptop a missing service prints exactly one line (once per suite reason) and does not throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = 'postgres://someone:secret@127.0.0.1:1/test';
    onMissingService('postgres', url, 'suite X runs on PGlite', {});
    onMissingService('postgres', url, 'suite X runs on PGlite', {});
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toBe(missingServiceLine('postgres', url, 'suite X runs on PGlite'));
    expect(line).not.toContain('\n');
    expect(line).not.toContain('secret');
    expect(line).toMatch(/PostgreSQL not reachable .*TEST_DATABASE_URL/);
  });

  it('probes a port: a listening one is reachable, a closed one is not', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    expect(await reachable(`redis://127.0.0.1:${port}`, 6379)).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await reachable(`redis://127.0.0.1:${port}`, 6379)).toBe(false);
  });
});
