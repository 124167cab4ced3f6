import { describe, expect, it } from 'vitest';
import { linesToClauses } from './lines-to-clauses.ts';

describe('linesToClauses', () => {
  it('reads each pasted line as a clause and drops list markers', () => {
    expect(linesToClauses('order:\n- 2 samosas\n- 1 chai\nname: Ravi')).toBe(
      'order: 2 samosas, 1 chai, name: Ravi',
    );
    expect(linesToClauses('* 1 large pizza\n* garlic knots x2\n* 2 cannoli')).toBe(
      '1 large pizza, garlic knots x2, 2 cannoli',
    );
    expect(linesToClauses('hi\n\n1) onion bhaji\n2) mango lassi\n\nthanks!')).toBe(
      'hi, onion bhaji, mango lassi, thanks!',
    );
  });

  it('keeps a number running over a line break as one run, and a one-line message as it is', () => {
    expect(linesToClauses('4111 1111\n1111 1111, Sam')).toBe('4111 1111 1111 1111, Sam');
    expect(linesToClauses('two samosas - extra chutney')).toBe('two samosas - extra chutney');
    expect(linesToClauses('12 Elm St.\nApt 4')).toBe('12 Elm St. Apt 4');
  });
});
