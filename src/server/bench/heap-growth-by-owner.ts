import { readFileSync } from 'node:fs';

/** Heap bytes attributed to one owner (a class and its field, or a kind of object). */
export interface HeapShare {
  owner: string;
  bytes: number;
}

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Constructor names that say nothing of who owns an object: the walk goes past them to their owner. */
const GENERIC = /^(Object|Array|Map|Set|WeakMap|WeakRef|Entry|system \/ .*|\(.*\)|)$/;

/**
 * Heap growth between two V8 heap snapshots (`v8.writeHeapSnapshot`), by owner: every object of `after`
 * that `before` did not hold, off-heap nodes left out, is charged to the nearest object above it on its
 * shortest retaining path from the roots whose constructor is not generic (not Object, Array, Map, ...),
 * named `Class.field` by the edge the path leaves it through: `MemorySessionStore.tiers`,
 * `WindowLimiter.windows`, `Timeout._onTimeout`; strings and numbers are charged to their owner like the
 * rest. Compiled code is `(compiled code)`, net of the code `before` held that is gone (V8 recompiles as
 * it goes). Largest first.
 */
export function heapGrowthByOwner(beforeFile: string, afterFile: string): HeapShare[] {
  const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as Snapshot;
  const known = new Set<number>();
  const bmeta = before.snapshot.meta;
  const bf = bmeta.node_fields.length;
  const [bid, btype, bsize] = ['id', 'type', 'self_size'].map((f) => bmeta.node_fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  /** Compiled code of `before` by id: code is recompiled (and old code dropped) all along, so it counts net. */
  const codeBefore = new Map<number, number>();
  for (let i = 0; i < before.nodes.length; i += bf) {
    const id = before.nodes[i + bid] ?? 0;
    known.add(id);
    if (bmeta.node_types[0][before.nodes[i + btype] ?? 0] === 'code')
      codeBefore.set(id, before.nodes[i + bsize] ?? 0);
  }
  before.nodes = [];
  before.strings = [];

  const s = JSON.parse(readFileSync(afterFile, 'utf8')) as Snapshot;
  const { meta } = s.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const [fType, fName, fId, fSize, fEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) =>
    meta.node_fields.indexOf(f),
  ) as [number, number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) =>
    meta.edge_fields.indexOf(f),
  ) as [number, number, number];
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const count = s.nodes.length / nf;
  const at = (n: number, f: number) => s.nodes[n * nf + f] ?? 0;
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0, e = 0; n < count; n++) {
    firstEdge[n] = e;
    e += at(n, fEdges) * ef;
    firstEdge[n + 1] = e;
  }
  // shortest retaining paths from the root (node 0), weak edges left out
  const parent = new Int32Array(count).fill(-1);
  const viaEdge = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  parent[0] = 0;
  while (head < tail) {
    const n = queue[head++] ?? 0;
    for (let x = firstEdge[n] ?? 0; x < (firstEdge[n + 1] ?? 0); x += ef) {
      const kind = edgeTypes[s.edges[x + eType] ?? 0];
      if (kind === 'weak' || kind === 'shortcut') continue;
      const to = (s.edges[x + eTo] ?? 0) / nf;
      if (parent[to] !== -1) continue;
      parent[to] = n;
      viaEdge[to] = x;
      queue[tail++] = to;
    }
  }
  const edgeName = (x: number) => {
    const kind = edgeTypes[s.edges[x + eType] ?? 0];
    return kind === 'element' || kind === 'hidden' ? '[]' : String(s.strings[s.edges[x + eName] ?? 0]);
  };
  const owners = new Map<string, number>();
  for (let n = 0; n < count; n++) codeBefore.delete(at(n, fId));
  let codeDropped = 0;
  for (const size of codeBefore.values()) codeDropped += size;
  owners.set('(compiled code)', -codeDropped);
  for (let n = 0; n < count; n++) {
    if (known.has(at(n, fId)) || parent[n] === -1) continue;
    const type = nodeTypes[at(n, fType)];
    if (type === 'native' || type === 'synthetic') continue;
    let owner = type === 'code' ? '(compiled code)' : '';
    for (let child = n, p = parent[n] ?? 0; !owner && child !== 0; child = p, p = parent[p] ?? 0) {
      const name = String(s.strings[at(p, fName)]);
      if (p === 0) owner = '(V8 roots: string table, handles)';
      else if (nodeTypes[at(p, fType)] === 'object' && !GENERIC.test(name))
        owner = `${name}.${edgeName(viaEdge[child] ?? 0)}`;
    }
    owners.set(owner, (owners.get(owner) ?? 0) + at(n, fSize));
  }
  return [...owners].map(([owner, bytes]) => ({ owner, bytes })).sort((a, b) => b.bytes - a.bytes);
}
