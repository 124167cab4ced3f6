import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapGrowthByOwner } from './heap-growth-by-owner.ts';

const NODE_TYPES = ['hidden', 'object', 'code', 'string', 'native'];
const EDGE_TYPES = ['property', 'element', 'weak'];

/** A heap snapshot of `nodes` ([type, name, id, size]) and `edges` ([from, type, name, to]). */
function snapshot(
  nodes: Array<[string, string, number, number]>,
  edges: Array<[number, string, string, number]>,
) {
  const strings: string[] = [];
  const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const flatNodes = nodes.flatMap(([type, name, id, size], i) => [
    NODE_TYPES.indexOf(type),
    str(name),
    id,
    size,
    edges.filter((e) => e[0] === i).length,
  ]);
  const flatEdges = [...edges]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([, type, name, to]) => [EDGE_TYPES.indexOf(type), type === 'element' ? 0 : str(name), to * 5]);
  return JSON.stringify({
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [NODE_TYPES],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [EDGE_TYPES],
      },
    },
    nodes: flatNodes,
    edges: flatEdges,
    strings,
  });
}

describe('heapGrowthByOwner', () => {
  it('charges new objects to the nearest named owner on their path, code net of what was dropped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maitre-heap-test-'));
    try {
      const root: [string, string, number, number] = ['hidden', '', 1, 0];
      const store: [string, string, number, number] = ['object', 'MemorySessionStore', 3, 40];
      const map: [string, string, number, number] = ['object', 'Map', 5, 30];
      const before = join(dir, 'before.heapsnapshot');
      writeFileSync(
        before,
        snapshot(
          [root, store, map, ['code', 'old', 7, 300]],
          [
            [0, 'property', 'store', 1],
            [1, 'property', 'tiers', 2],
            [0, 'property', 'fn', 3],
          ],
        ),
      );
      const after = join(dir, 'after.heapsnapshot');
      writeFileSync(
        after,
        snapshot(
          [
            root,
            store,
            map,
            ['object', 'Object', 9, 24], // an entry of the map
            ['string', '{"version":1}', 11, 1000], // its JSON
            ['code', 'new', 13, 500],
            ['native', 'buffer', 15, 9999], // off the V8 heap: not counted
            ['string', 'weakly held', 17, 77], // unreachable but through a weak edge: not counted
          ],
          [
            [0, 'property', 'store', 1],
            [1, 'property', 'tiers', 2],
            [2, 'element', '', 3],
            [3, 'property', 'json', 4],
            [0, 'property', 'fn', 5],
            [3, 'property', 'data', 6],
            [1, 'weak', 'cache', 7],
          ],
        ),
      );
      expect(heapGrowthByOwner(before, after)).toEqual([
        { owner: 'MemorySessionStore.tiers', bytes: 1024 },
        { owner: '(compiled code)', bytes: 200 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
