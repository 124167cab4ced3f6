import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKEND_ERROR_CODES } from '../domain/backend-error.ts';
import { ERROR_STATUS } from './error-status.ts';

describe('the error catalogue in docs/backend.md', () => {
  it('lists every code with its status, and nothing else', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/backend.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows.sort()).toEqual(BACKEND_ERROR_CODES.map((c) => [c, ERROR_STATUS[c]]).sort());
  });
});
