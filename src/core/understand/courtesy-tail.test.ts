import { describe, expect, it } from 'vitest';
import { courtesyTailStart, withoutCourtesyTail } from './courtesy-tail.ts';
import { normalize } from './normalize.ts';

const tail = (text: string) => {
  const { tokens } = normalize(text);
  const at = courtesyTailStart(tokens);
  return at === undefined
    ? undefined
    : tokens
        .slice(at)
        .map((t) => t.norm)
        .join(' ');
};

describe('courtesyTailStart', () => {
  it('finds a thanks closing a request, with its joiners and fillers', () => {
    expect(tail('add fries too, cheers')).toBe(', cheers');
    expect(tail('make the fries 2 and thank you')).toBe('and thank you');
    expect(tail('two onion rings please thanks so much mate')).toBe('thanks so much mate');
  });
  it('is none for courtesy alone, a cooking degree, or a thanks inside the request', () => {
    expect(tail('thanks')).toBeUndefined();
    expect(tail('ok cheers')).toBeUndefined();
    expect(tail('a burger well done')).toBeUndefined();
    expect(tail('how do you say thank you in hindi')).toBeUndefined();
  });
  it('cuts the raw text before the tail', () => {
    expect(withoutCourtesyTail(' 2 and thank you')).toBe(' 2 ');
    expect(withoutCourtesyTail(' 2 please')).toBe(' 2 please');
  });
});
