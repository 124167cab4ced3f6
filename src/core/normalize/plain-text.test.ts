import { describe, expect, it } from 'vitest';
import { toPlainText } from './plain-text.ts';

describe('toPlainText', () => {
  it('strips HTML tags and drops scripts with their content', () => {
    expect(toPlainText('<b>Sam</b>')).toBe('Sam');
    expect(toPlainText('Sam<script>alert(1)</script>')).toBe('Sam');
    expect(toPlainText('<img src=x onerror=alert(1)>12 Elm Street')).toBe('12 Elm Street');
    expect(toPlainText('12 Elm <i>Street</i>, <a href="http://x.y">flat 2</a>')).toBe(
      '12 Elm Street, flat 2',
    );
    expect(toPlainText('&lt;script&gt;alert(1)&lt;/script&gt;ring twice')).toBe('ring twice');
    expect(toPlainText('<style>p{}</style>no onions<!-- hidden -->')).toBe('no onions');
  });

  it('strips Markdown links, images and emphasis', () => {
    expect(toPlainText('[Sam](http://evil.example)')).toBe('Sam');
    expect(toPlainText('**extra** napkins, _please_')).toBe('extra napkins, please');
    expect(toPlainText('~~no~~ `code` ![logo](x.png)')).toBe('no code logo');
    expect(toPlainText('# Leave at the door')).toBe('Leave at the door');
    expect(toPlainText('[click](javascript:alert(1))')).toBe('click');
  });

  it('keeps ordinary text as it is', () => {
    for (const s of [
      "Mary-Jane O'Neil",
      '221B Baker Street, London',
      'flat 4, 22 MG Road',
      'a*b and snake_case',
      'Tom & Jerry',
    ])
      expect(toPlainText(s)).toBe(s);
  });
});
