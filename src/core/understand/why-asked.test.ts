import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { asksWhyDetail } from './why-asked.ts';

const why = (text: string, slot: 'name' | 'phone' | 'address') => asksWhyDetail(normalize(text).tokens, slot);

describe('asksWhyDetail', () => {
  it('reads a question about the detail asked for', () => {
    expect(why('why do you need my name', 'name')).toBe(true);
    expect(why('what do u need my number for?', 'phone')).toBe(true);
    expect(why('why?', 'address')).toBe(true);
    expect(why('do i have to give that', 'phone')).toBe(true);
  });

  it('is not another why-question or an answer', () => {
    expect(why('why are you closed on mondays though, it is the only day i am free', 'name')).toBe(false);
    expect(why('Sam', 'name')).toBe(false);
    expect(why('what time do you close', 'phone')).toBe(false);
  });
});
