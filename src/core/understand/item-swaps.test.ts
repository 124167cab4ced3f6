import { describe, expect, it } from 'vitest';
import { applyItemSwaps } from './item-swaps.ts';
import { normalize } from './normalize.ts';
import type { ParsedLine } from './parse-result.ts';

const line = (itemId: string, span: [number, number], action: ParsedLine['action']): ParsedLine => ({
  itemId,
  name: itemId,
  quantity: 1,
  quantityExplicit: true,
  options: [],
  without: [],
  unresolved: [],
  span,
  action,
});

describe('applyItemSwaps', () => {
  it('reads "replace A with B" as B taking the line of A', () => {
    const text = 'replace the samosa with 3 onion bhajis';
    const lines = [line('samosa', [12, 18], 'replace'), line('onion-bhaji', [26, 38], 'add')];
    applyItemSwaps(lines, normalize(text).tokens);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ itemId: 'onion-bhaji', action: 'replace', replaces: 'samosa' });
  });
  it('leaves two dishes not joined by a linking word', () => {
    const text = 'replace the samosa and a lassi';
    const lines = [line('samosa', [12, 18], 'replace'), line('mango-lassi', [25, 30], 'add')];
    applyItemSwaps(lines, normalize(text).tokens);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.replaces).toBeUndefined();
  });
});
