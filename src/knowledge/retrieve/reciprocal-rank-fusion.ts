/** The RRF constant k = 60 of Cormack, Clarke & Büttcher (2009), as the paper recommends. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion (G. V. Cormack, C. L. A. Clarke, S. Büttcher, "Reciprocal Rank Fusion
 * outperforms Condorcet and individual Rank Learning Methods", SIGIR 2009): each id scores
 * Σ weight / (k + rank) over the ranked lists it appears in (rank from 1; weight 1 unless `weights`
 * gives the list's, as weighted RRF does). Returns ids best first; ties keep
 * the order of first appearance (earlier lists first).
 */
export function reciprocalRankFusion(
  lists: readonly (readonly string[])[],
  k = RRF_K,
  weights: readonly number[] = [],
): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  lists.forEach((list, l) => {
    const weight = weights[l] ?? 1;
    list.forEach((id, i) => {
      scores.set(id, (scores.get(id) ?? 0) + weight / (k + i + 1));
    });
  });
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
