import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MenuResponse } from '../../contract/backend-api.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { KnowledgeUnavailableError } from '../../errors/knowledge-unavailable-error.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { HashingEmbedder } from '../embed/hashing-embedder.ts';
import { OramaIndex } from '../index/orama-index.ts';
import { createKnowledgeBase } from './knowledge-base.ts';

const venue = loadVenue('pizzeria');

/** A backend whose menu the test edits (the in-memory backend's menu, then changed by hand). */
async function editableBackend() {
  let menu: MenuResponse = await new InMemoryBackend(venue.menu).getMenu();
  let calls = 0;
  return {
    backend: {
      getMenu: async () => {
        calls++;
        return structuredClone(menu);
      },
    },
    edit(change: (m: MenuResponse) => void, version: string) {
      menu = structuredClone(menu);
      change(menu);
      menu.version = version;
    },
    calls: () => calls,
  };
}

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('createKnowledgeBase', () => {
  it('indexes documents and menu on the first search and answers with cited chunks', async () => {
    const { backend } = await editableBackend();
    const kb = await createKnowledgeBase({
      venue,
      backend,
      index: new OramaIndex(),
      embedder: new HashingEmbedder(),
      clock: fixedClock(),
    });
    const [hit] = await kb.search({ text: 'is google pay accepted?' });
    expect(hit?.chunk.source).toMatchObject({ kind: 'document', document: 'payments' });
    expect(hit?.chunk.text).toContain('Google Pay');
    expect(hit?.confidence).toBeGreaterThan(0.5);
    const vegan = await kb.search({ text: 'pizza', filter: { diet: 'vegan' }, k: 20 });
    expect(vegan.length).toBeGreaterThan(0);
    expect(vegan.every((h) => h.chunk.diet === 'vegan')).toBe(true);
  });

  it('finds a menu card by another name of its dish and returns it without that sentence', async () => {
    const { backend } = await editableBackend();
    const kb = await createKnowledgeBase({
      venue,
      backend,
      index: new OramaIndex(),
      embedder: new HashingEmbedder(),
      clock: fixedClock(),
    });
    const [hit] = await kb.search({ text: 'pizza bianca', filter: { kind: 'menu' } });
    expect(hit?.chunk.source).toMatchObject({ kind: 'menu', itemId: 'white-pizza' });
    expect(hit?.chunk.text).not.toMatch(/also called|pizza bianca/i);
    expect(hit?.chunk.text).toContain('Ingredients:');
  });

  it('shows a changed backend menu after the check interval, without a restart (fake clock)', async () => {
    const edits = await editableBackend();
    const clock = fixedClock();
    const kb = await createKnowledgeBase({
      venue,
      backend: edits.backend,
      index: new OramaIndex(),
      embedder: new HashingEmbedder(),
      clock,
      menuCheckEverySeconds: 30,
    });
    const ask = async () =>
      (await kb.search({ text: 'margherita', filter: { kind: 'menu' }, k: 1 }))[0]!.chunk;
    expect((await ask()).text).not.toContain('smoked truffle');
    edits.edit((m) => {
      const item = m.items.find((i) => i.id === 'margherita')!;
      item.description = 'Now with smoked truffle oil.';
      item.price = { ...item.price, amount: 1555 };
    }, 'v-changed');
    const before = kb.version();
    expect(before).not.toBe('');
    clock.advance(10_000);
    expect((await ask()).text).not.toContain('smoked truffle');
    const callsBefore = edits.calls();
    clock.advance(20_000);
    const changed = await ask();
    expect(changed.text).toContain('Now with smoked truffle oil.');
    expect(changed.text).toContain('$15.55');
    expect(changed.menuVersion).toBe('v-changed');
    // the reply cache's key: a re-indexed menu is a new knowledge version
    expect(kb.version()).not.toBe(before);
    expect(kb.version()).toMatch(/:v-changed$/);
    expect(edits.calls()).toBe(callsBefore + 1);
    // Checked at most once per interval.
    await ask();
    expect(edits.calls()).toBe(callsBefore + 1);
  });

  it('reuses a persisted index whose meta matches, and re-indexes only what changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'maitre-kb-'));
    dirs.push(dir);
    const file = join(dir, 'knowledge.json');
    const edits = await editableBackend();
    const progress: number[] = [];
    // the rebuild is one change to the file: nothing is written until it has finished (it was ten writes)
    const written: boolean[] = [];
    const first = await createKnowledgeBase({
      venue,
      backend: edits.backend,
      index: new OramaIndex({ file }),
      embedder: new HashingEmbedder(),
      clock: fixedClock(),
    });
    const stats = await first.rebuild((done) => {
      progress.push(done);
      written.push(existsSync(file));
    });
    expect(stats.documentChunks).toBeGreaterThan(50);
    expect(progress.at(-1)).toBe(stats.documentChunks + stats.menuChunks);
    expect(written.length).toBeGreaterThan(2);
    expect(written.every((w) => !w)).toBe(true);
    expect(existsSync(file)).toBe(true);
    await first.close();

    const counted: number[] = [];
    const embedder = new HashingEmbedder();
    const counting = {
      id: embedder.id,
      dimensions: embedder.dimensions,
      embed: async (t: readonly string[]) => {
        counted.push(t.length);
        return embedder.embed(t);
      },
    };
    const second = await createKnowledgeBase({
      venue,
      backend: edits.backend,
      index: new OramaIndex({ file }),
      embedder: counting,
      clock: fixedClock(),
    });
    await second.ensureFresh();
    expect(counted).toEqual([]);
    edits.edit((m) => {
      m.items[0]!.description = 'Changed.';
    }, 'v2');
    await second.ensureFresh();
    expect(counted.reduce((a, b) => a + b, 0)).toBe(stats.menuChunks);
  });

  it('answers a repeated question from its remembered hits until the index changes, each caller its own list', async () => {
    const edits = await editableBackend();
    const clock = fixedClock();
    const index = new OramaIndex();
    let searches = 0;
    const searchText = index.searchText.bind(index);
    index.searchText = (...args: Parameters<OramaIndex['searchText']>) => {
      searches++;
      return searchText(...args);
    };
    const kb = await createKnowledgeBase({
      venue,
      backend: edits.backend,
      index,
      embedder: new HashingEmbedder(),
      clock,
      menuCheckEverySeconds: 30,
    });
    const first = await kb.search({ text: 'do u take google pay??' });
    const taken = searches;
    first.splice(0); // a caller may change its list
    const again = await kb.search({ text: 'do u take google pay??' });
    expect(searches).toBe(taken);
    expect(again[0]?.chunk.text).toContain('Google Pay');
    // another k or filter is another question
    await kb.search({ text: 'do u take google pay??', k: 1 });
    expect(searches).toBe(taken + 1);
    const menuHit = async () =>
      (await kb.search({ text: 'margherita pizza', filter: { kind: 'menu' }, k: 1 }))[0]!.chunk.text;
    expect(await menuHit()).not.toContain('basil grown upstairs');
    edits.edit((m) => {
      m.items.find((i) => i.id === 'margherita')!.description = 'With basil grown upstairs.';
    }, 'v-basil');
    clock.advance(31_000);
    expect(await menuHit()).toContain('basil grown upstairs');
  });

  it('turns a backend failure before the first index into KnowledgeUnavailableError', async () => {
    const kb = await createKnowledgeBase({
      venue,
      backend: { getMenu: async () => Promise.reject(new Error('backend down')) },
      index: new OramaIndex(),
      embedder: new HashingEmbedder(),
      clock: fixedClock(),
    });
    await expect(kb.search({ text: 'hours' })).rejects.toBeInstanceOf(KnowledgeUnavailableError);
  });
});
