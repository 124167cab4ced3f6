import { describe, expect, it } from 'vitest';
import { findPhoneCandidates, parsePhoneNumber, spokenToDigits } from './phone-number.ts';

describe('parsePhoneNumber', () => {
  it('formats numbers of the venue country nationally, others internationally', () => {
    expect(parsePhoneNumber('555.010.0100', 'US')).toEqual({
      ok: true,
      value: '(555) 010-0100',
      kind: 'full',
    });
    expect(parsePhoneNumber('(415) 555-0100', 'US')).toEqual({
      ok: true,
      value: '(415) 555-0100',
      kind: 'full',
    });
    expect(parsePhoneNumber('+1 415 555 0100', 'US')).toEqual({
      ok: true,
      value: '(415) 555-0100',
      kind: 'full',
    });
    expect(parsePhoneNumber('+44 20 7946 0958', 'US')).toEqual({
      ok: true,
      value: '+44 20 7946 0958',
      kind: 'full',
    });
    expect(parsePhoneNumber('0044 20 7946 0958', 'US')).toEqual({
      ok: true,
      value: '+44 20 7946 0958',
      kind: 'full',
    });
    expect(parsePhoneNumber('98765 43210', 'IN')).toEqual({ ok: true, value: '098765 43210', kind: 'full' });
  });

  it('accepts a local number of 7 or 8 digits without area code', () => {
    expect(parsePhoneNumber('555-0100', 'US')).toEqual({ ok: true, value: '555-0100', kind: 'local' });
    expect(parsePhoneNumber('5550100', 'US')).toEqual({ ok: true, value: '555-0100', kind: 'local' });
    expect(parsePhoneNumber('five five five zero one zero zero', 'US')).toEqual({
      ok: true,
      value: '555-0100',
      kind: 'local',
    });
  });

  it('refuses numbers too short, too long or impossible for the country', () => {
    expect(parsePhoneNumber('12345', 'US')).toEqual({ ok: false, digits: '12345' });
    expect(parsePhoneNumber('555 010 01', 'US').ok).toBe(true); // 8 digits: a local number
    expect(parsePhoneNumber('555 010 010', 'US').ok).toBe(false); // 9 digits: no US number has 9
    expect(parsePhoneNumber('1234567890123456', 'US').ok).toBe(false);
    expect(parsePhoneNumber('+44 1', 'US').ok).toBe(false);
  });

  it('without a venue country takes international numbers, local numbers and 9-15 digits', () => {
    expect(parsePhoneNumber('+44 20 7946 0958')).toEqual({
      ok: true,
      value: '+44 20 7946 0958',
      kind: 'full',
    });
    expect(parsePhoneNumber('555-0100')).toEqual({ ok: true, value: '555-0100', kind: 'local' });
    expect(parsePhoneNumber('020 7946 0958')).toEqual({ ok: true, value: '020 7946 0958', kind: 'digits' });
    expect(parsePhoneNumber('555.123.4567')).toEqual({ ok: true, value: '555 123 4567', kind: 'digits' });
  });
});

describe('findPhoneCandidates', () => {
  it('finds written numbers with their offsets', () => {
    const text = 'to 12 Elm Street, I am Sam, 555-0100, paying cash';
    expect(findPhoneCandidates(text)).toEqual([{ start: 28, end: 36, raw: '555-0100', digits: '5550100' }]);
    expect(findPhoneCandidates('call me on 555.010.0100 please')[0]?.raw).toBe('555.010.0100');
    expect(findPhoneCandidates('(555) 010-0100')[0]?.digits).toBe('5550100100');
    expect(findPhoneCandidates('my number is +44 20 7946 0958')[0]?.raw).toBe('+44 20 7946 0958');
  });

  it('finds numbers said digit by digit', () => {
    expect(findPhoneCandidates('five five five zero one zero zero')[0]?.digits).toBe('5550100');
    expect(findPhoneCandidates('it is five five five, oh one double oh')[0]?.digits).toBe('5550100');
    expect(findPhoneCandidates('nine eight seven 654 3210')[0]?.digits).toBe('9876543210');
  });

  it('ignores quantities, short numbers and addresses', () => {
    expect(findPhoneCandidates('two samosas and one coke')).toEqual([]);
    expect(findPhoneCandidates('deliver to 12 Elm Street')).toEqual([]);
    expect(findPhoneCandidates('flat 4, 22 MG Road')).toEqual([]);
    expect(findPhoneCandidates('18,000 waters')).toEqual([]);
  });

  it('turns spoken digits into numerals', () => {
    expect(spokenToDigits('double five triple oh one')).toBe('55 000 1');
  });
});
