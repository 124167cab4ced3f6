import { describe, expect, it } from 'vitest';
import { displayName } from './display-name.ts';

describe('displayName', () => {
  it('capitalises a name typed in lower case', () => {
    expect(displayName('sam')).toBe('Sam');
    expect(displayName('sam  jones')).toBe('Sam Jones');
    expect(displayName("mary-jane o'neil")).toBe("Mary-Jane O'Neil");
  });

  it('keeps particles after the first word small', () => {
    expect(displayName('maria de la cruz')).toBe('Maria de la Cruz');
  });

  it('keeps a name typed with capitals as typed', () => {
    expect(displayName('McDonald')).toBe('McDonald');
    expect(displayName('DJ khaled')).toBe('DJ khaled');
  });
});
