import { describe, expect, it } from 'vitest';
import { MemoryStreamStore, PACK_ABOVE_BYTES } from './memory-stream-store.ts';
import { STREAMS_KEPT_PER_SESSION, type StreamStore } from './stream-store.ts';

describe('MemoryStreamStore', () => {
  it("keeps a session's latest streams only, and names the latest", async () => {
    const store: StreamStore = new MemoryStreamStore();
    const ids = Array.from({ length: STREAMS_KEPT_PER_SESSION + 2 }, (_, i) => `m${i}`);
    for (const id of ids) {
      await store.begin('s1', id, 60);
      await store.append(id, [`{"n":"${id}"}`], 60);
      await store.complete(id, 60);
      await store.begin('s2', `${id}-other`, 60);
    }
    const kept = ids.slice(-STREAMS_KEPT_PER_SESSION);
    for (const id of ids) expect((await store.read(id)) !== undefined).toBe(kept.includes(id));
    expect(await store.latest('s1')).toBe(ids.at(-1));
    expect(await store.latest('s2')).toBe(`${ids.at(-1)}-other`);
    expect((await store.read(kept[0] as string))?.parts).toEqual([`{"n":"${kept[0]}"}`]);
  });

  it('gives back the parts of a completed stream as appended, small, large or holding a newline', async () => {
    const store: StreamStore = new MemoryStreamStore();
    const cases = {
      small: ['{"a":1}', '[DONE]'],
      newline: ['{"a":"x"}', 'two\nlines', '[DONE]'],
      large: [
        ...Array.from({ length: 200 }, (_, i) => JSON.stringify({ i, text: 'word '.repeat(8) })),
        '[DONE]',
      ],
    };
    expect(cases.large.join('\n').length).toBeGreaterThan(PACK_ABOVE_BYTES);
    for (const [id, parts] of Object.entries(cases)) {
      await store.begin('s', id, 60);
      await store.append(id, parts.slice(0, 1), 60);
      expect((await store.read(id, 0))?.complete).toBe(false);
      await store.append(id, parts.slice(1), 60);
      await store.complete(id, 60);
      const read = await store.read(id, 1);
      expect(read).toEqual({ messageId: id, sessionId: 's', parts: parts.slice(1), complete: true });
    }
  });
});
