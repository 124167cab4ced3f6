import { describe, expect, it } from 'vitest';
import { dropCardNumbers, luhnValid } from './drop-card-numbers.ts';

describe('dropCardNumbers', () => {
  it('checks the Luhn digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('378282246310005')).toBe(true);
  });

  it('drops a Luhn-valid 13-19 digit run, with spaces or dashes, anywhere in the message', () => {
    expect(dropCardNumbers('my card is 4111 1111 1111 1111 thanks')).toEqual({
      text: 'my card is thanks',
      dropped: true,
    });
    expect(dropCardNumbers('4111-1111-1111-1111').text).toBe('');
    expect(dropCardNumbers('Sam, amex 378282246310005, cash').text).toBe('Sam, amex, cash');
    expect(dropCardNumbers('note: leave at door 5555555555554444').text).toBe('note: leave at door');
  });

  it('drops card codes and expiry dates said with their digits', () => {
    expect(dropCardNumbers('cvv 123').dropped).toBe(true);
    expect(dropCardNumbers('Sam, CVC: 0123').text).toBe('Sam');
    expect(dropCardNumbers('exp 12/27 and the code').text).toBe('and the code');
    expect(dropCardNumbers('expiry date 12-2027').text).toBe('');
    expect(dropCardNumbers('card security code is 999, name Sam').text).toBe('name Sam');
  });

  it('keeps phone numbers, quantities, addresses and digit runs that fail the Luhn check', () => {
    for (const m of [
      '555-0100',
      '+44 20 7946 0958',
      '+1 415 555 0100 1234',
      '12 Elm Street',
      '1234 5678 9012 3456',
      'two samosas',
      'expect it soon',
      'gate security code 4821, ring twice',
      'expires in 2 days',
    ])
      expect(dropCardNumbers(m)).toEqual({ text: m, dropped: false });
  });
});
