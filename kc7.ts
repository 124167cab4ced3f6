import { runKnowledgeBench } from './bench/knowledge-bench.ts';
console.log(await runKnowledgeBench({ sizes: process.argv.slice(2).map(Number) }));
