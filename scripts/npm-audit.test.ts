import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'maitre-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs scripts/npm-audit.mjs with a fake `npm` on PATH that prints `answer` as `npm audit --json` would. */
function audit(answer: unknown, env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  const bin = mkdtempSync(join(dir, 'bin-'));
  writeFileSync(join(bin, 'answer.json'), JSON.stringify(answer));
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\ncat "${join(bin, 'answer.json')}"\nexit 1\n`);
  chmodSync(join(bin, 'npm'), 0o755);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts/npm-audit.mjs')],
      {
        env: {
          ...process.env,
          MAITRE_AUDIT_STRICT: '',
          ...env,
          PATH: `${bin}${delimiter}${process.env.PATH}`,
        },
      },
      (error, stdout) => resolve({ code: error ? Number(error.code) : 0, out: stdout }),
    );
  });
}

const counts = (high: number, critical: number) => ({
  vulnerabilities:
    high + critical > 0
      ? { 'some-lib': { severity: critical > 0 ? 'critical' : 'high', range: '<1.2.3' } }
      : {},
  metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical } },
});

describe('npm audit in CI (scripts/npm-audit.mjs)', () => {
  it('fails on a high or critical production vulnerability, naming the package', async () => {
    const high = await audit(counts(1, 0));
    expect(high.code).toBe(1);
    expect(high.out).toContain('some-lib');
    expect((await audit(counts(0, 2))).code).toBe(1);
  });

  it('passes with only low and moderate ones', async () => {
    const ok = await audit(counts(0, 0));
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/no production vulnerability at high or above/);
  });

  it('an unreachable audit endpoint is said in one line and is not a failure, unless strict', async () => {
    const unreachable = {
      message: '405 Method Not Allowed - POST /-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    };
    const lenient = await audit(unreachable);
    expect(lenient.code).toBe(0);
    expect(lenient.out.trim().split('\n')).toHaveLength(1);
    expect(lenient.out).toMatch(/NOT RUN.*405/);
    expect((await audit(unreachable, { MAITRE_AUDIT_STRICT: '1' })).code).toBe(1);
  });

  it('.ci/run runs it, and the forge workflow makes an unreachable endpoint a failure', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^node scripts\/npm-audit\.mjs$/m);
    expect(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')).toMatch(/MAITRE_AUDIT_STRICT: "1"/);
  });

  it('.ci/run makes a missing test service an error, not a skip', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^export MAITRE_TEST_SERVICES=required$/m);
  });
});
