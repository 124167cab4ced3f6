import { runRetrievalEval } from './eval/knowledge/run-retrieval-eval.ts';
import { HashingEmbedder } from './src/knowledge/embed/hashing-embedder.ts';
const files = ['eval/knowledge/pizzeria.yaml', 'eval/knowledge/spice-route.yaml'];
const grid = JSON.parse(process.argv[2]!) as Record<string, number>[];
for (const w of grid) {
  const r = await runRetrievalEval(files, new HashingEmbedder({ shares: w, dimensions: w.dims ?? 512 }));
  const f = (m: 'hybrid'|'text'|'vector') => `${m} ${r.overall[m].recallAt1.toFixed(3)}/${r.overall[m].recallAt3.toFixed(3)}/${r.overall[m].recallAt5.toFixed(3)}`;
  console.log(JSON.stringify(w), f('hybrid'), f('text'), f('vector'));
}
