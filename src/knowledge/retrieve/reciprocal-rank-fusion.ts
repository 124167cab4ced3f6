/** The RRF constant k = 60 of Cormack, Clarke & Büttcher (2009), as the paper recommends. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion (G. V. Cormack, C. L. A. Clarke, S. Büttcher, "Reciprocal Rank Fusion
 * outperforms Condorcet and individual Rank Learning Methods", SIGIR 2009): each id scores
 * Σ 1 / (k + rank) over the ranked lists it appears in (rank from 1). Returns ids best first; ties keep
 * the order of first appearance (earlier lists first).
 */
export function reciprocalRankFusion(lists: readonly (readonly string[])[], k = RRF_K): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const list of lists) {
    list.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + 1 / (k + i + 1));
    });
  }
  return [...scores.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score);
}
