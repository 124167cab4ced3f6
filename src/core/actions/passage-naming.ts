import { log, type TurnContext } from '../dialog/turn-context.ts';
import { sayHits, searchKnowledge } from './answer-question.ts';
import { passagePlainText } from './passage-plain-text.ts';
import { contentWords } from './search-documents.ts';

/**
 * A dish the menu lacks, asked about ("do you sell beer?"), that the venue's documents speak of ("We do
 * not serve alcohol. You may bring your own wine or beer"): after "we don't have it", the documents'
 * best passage among the retrieved ones that names the words said, when it is at least unsure-worthy
 * (`knowledgeUnsureAt`; a passage naming the very word asked about is on topic), said as sure or not by
 * `knowledgeConfidentAt`. With `only`, the passage must be at least that confident and be about what
 * `only.about` matches (in its heading path or text). Says it and returns true; otherwise says nothing
 * and returns false.
 */
export async function addPassageNaming(
  ctx: TurnContext,
  question: string,
  heard: string,
  only?: { minConfidence: number; about: RegExp },
): Promise<boolean> {
  const words = contentWords(heard);
  if (words.length === 0) return false;
  // the words searched with the question, as the passage must hold them ("glutenfree" → "gluten")
  const hits = await searchKnowledge(ctx, `${question} ${heard}`, true);
  const { knowledgeUnsureAt, knowledgeConfidentAt } = ctx.deps.config;
  const named = hits.find(
    (h) =>
      h.confidence >= (only?.minConfidence ?? knowledgeUnsureAt) &&
      (!only || only.about.test(`${h.chunk.context} ${passagePlainText(h.chunk.text)}`)) &&
      words.every((w) => contentWords(`${h.chunk.context} ${passagePlainText(h.chunk.text)}`).includes(w)),
  );
  if (!named) return false;
  sayHits(ctx, question, [named], named.confidence >= knowledgeConfidentAt, { only: [heard] });
  log(ctx, 'dialog.faq.named_passage', { confidence: Number(named.confidence.toFixed(3)) });
  return true;
}
