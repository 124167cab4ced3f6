import { describe, expect, it } from 'vitest';
import { MemoryStreamStore } from '../../sessions/memory-stream-store.ts';
import { PART_FLUSH_DELAY_MS, PartRecorder } from './part-recorder.ts';

/** A memory stream store that records its writes: each append's parts, each completion's last parts. */
function countingStore() {
  const store = new MemoryStreamStore();
  const appends: string[][] = [];
  const append = store.append.bind(store);
  const complete = store.complete.bind(store);
  store.append = async (id: string, parts: string[]) => {
    appends.push([...parts]);
    await append(id, parts);
  };
  store.complete = async (id: string, ttl: number, last: readonly string[] = []) => {
    appends.push(['complete', ...last]);
    await complete(id, ttl, last);
  };
  return { store, appends };
}

describe('PartRecorder', () => {
  it('stores a short reply with its completion, in one store write', async () => {
    const { store, appends } = countingStore();
    await store.begin('s', 'm', 60);
    const recorder = new PartRecorder(store, 'm', 60);
    for (const part of ['a', 'b', 'c']) recorder.push(part);
    await recorder.close();
    expect(appends).toEqual([['complete', 'a', 'b', 'c']]);
    expect(await store.read('m')).toMatchObject({ parts: ['a', 'b', 'c'], complete: true });
  });

  it('stores the parts of a long reply as it goes, at most the flush delay behind', async () => {
    const { store, appends } = countingStore();
    await store.begin('s', 'm', 60);
    const recorder = new PartRecorder(store, 'm', 60);
    recorder.push('a');
    await new Promise((r) => setTimeout(r, PART_FLUSH_DELAY_MS * 2));
    expect(await store.read('m')).toMatchObject({ parts: ['a'], complete: false });
    recorder.push('b');
    await recorder.close();
    expect(appends).toEqual([['a'], ['complete', 'b']]);
    expect(await store.read('m')).toMatchObject({ parts: ['a', 'b'], complete: true });
  });

  it('holds the opening part until the first words, without storing it alone', async () => {
    const { store, appends } = countingStore();
    await store.begin('s', 'm', 60);
    const recorder = new PartRecorder(store, 'm', 60);
    recorder.hold('start');
    await new Promise((r) => setTimeout(r, PART_FLUSH_DELAY_MS * 2));
    expect(appends).toEqual([]);
    recorder.push('a');
    await new Promise((r) => setTimeout(r, PART_FLUSH_DELAY_MS * 2));
    expect(appends).toEqual([['start', 'a']]);
    await recorder.close();
    expect(await store.read('m')).toMatchObject({ parts: ['start', 'a'], complete: true });
  });
});
