import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../../bin/maitre.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'maitre-index-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('maitre index', () => {
  it("indexes the venue's documents and menu into the data directory and says what it did", () => {
    const run = spawnSync(process.execPath, [bin, 'index', '--venue', 'pizzeria'], {
      env: { ...process.env, DATA_DIR: dataDir, BACKEND_URL: '', KNOWLEDGE_INDEX: 'embedded' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Indexed Brick & Basil Pizzeria: \d+ document chunks, \d+ menu chunks/);
    expect(run.stderr).toMatch(/chunks/);
    expect(existsSync(join(dataDir, 'knowledge', 'pizzeria.orama.json'))).toBe(true);
  });

  it('names a bad setting instead of failing with a stack trace', () => {
    const run = spawnSync(process.execPath, [bin, 'index', '--venue', 'pizzeria'], {
      env: { ...process.env, DATA_DIR: dataDir, KNOWLEDGE_INDEX: 'qdrant', QDRANT_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/QDRANT_URL/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
