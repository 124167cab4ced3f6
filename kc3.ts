import { runRetrievalEval } from './eval/knowledge/run-retrieval-eval.ts';
import { SAMPLE_QUESTIONS } from './eval/knowledge/fixtures/sample-questions.ts';
const files = process.argv.slice(2);
const r = await runRetrievalEval(files.length ? files : SAMPLE_QUESTIONS);
console.log(JSON.stringify(r.overall, null, 1));
for (const m of r.misses.filter(m => m.mode === 'hybrid' || process.env.ALL)) console.log(m.mode, m.id, m.rank, m.q, '=>', m.top.slice(0,3).join(' '));
