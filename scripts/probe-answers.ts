import { readFileSync } from 'node:fs';
import { answerFact } from '../src/core/facts/index.ts';
import { loadVenue } from '../src/domain/index.ts';

const file = process.argv[2] ?? '/tmp/kfacts/phr.txt';
const now = new Date(process.argv[3] ?? '2026-12-02T18:00:00-06:00');
const venues = new Map<string, ReturnType<typeof loadVenue>>();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const [v, q] = line.split('|') as [string, string];
  if (!venues.has(v)) venues.set(v, loadVenue(v));
  const a = answerFact(q, venues.get(v)!, now);
  console.log(
    `${v} | ${q}\n   => ${a ? `[${a.topic}] ${a.text}  {${a.source.document} > ${a.source.section}}` : '(retrieval)'}`,
  );
}
