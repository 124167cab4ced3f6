import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { chunkDocument, chunkDocuments } from './chunk-documents.ts';

const doc = (text: string) => chunkDocument({ id: 'info', title: 'Info', text });

describe('chunkDocuments', () => {
  it('keeps bullets whole with their heading path, Markdown stripped', () => {
    const chunks = doc(
      '# Payment Methods\n\n## Ways\n\n- **Cards**: Visa and [Mastercard](https://example.com), online.\n- **Digital wallets**: Apple Pay and Google Pay.\n',
    );
    expect(chunks.map((c) => c.text)).toEqual([
      'Cards: Visa and Mastercard, online.',
      'Digital wallets: Apple Pay and Google Pay.',
    ]);
    expect(chunks[1]).toMatchObject({
      id: 'info#2',
      context: 'Payment Methods > Ways',
      source: { kind: 'document', document: 'info', title: 'Payment Methods', section: 'Ways' },
    });
  });

  it('gives a passage opening with a pronoun the passage before it in its section', () => {
    const chunks = doc(
      '# Diet\n\n## Gluten-free\n\n- Our gluten-free crust is made in a certified bakery.\n- It is baked alongside wheat dough, so it is not for celiac disease.\n\n## Vegan\n\n- It varies.\n',
    );
    expect(chunks.map((c) => c.text)).toEqual([
      'Our gluten-free crust is made in a certified bakery.',
      'Our gluten-free crust is made in a certified bakery. It is baked alongside wheat dough, so it is not for celiac disease.',
      'It varies.',
    ]);
  });

  it('writes a table row as its first cell then each cell after its header, with weekday ranges spelled out in the context', () => {
    const [row] = doc(
      '# Opening Hours\n\n| Day | Dine-in & pickup | Delivery |\n| --- | --- | --- |\n| Friday – Saturday | 11:00 am – 11:00 pm | 11:30 am – 10:30 pm |\n',
    );
    expect(row?.text).toBe(
      'Friday – Saturday: Dine-in & pickup 11:00 am – 11:00 pm; Delivery 11:30 am – 10:30 pm',
    );
    expect(row?.context).toBe('Opening Hours > Friday, Saturday');
  });

  it('names the table each row comes from; other passages name none', () => {
    const table = (n: number) =>
      `| Size | Price |\n| --- | --- |\n| Small ${n} | $1 |\n| Large ${n} | $2 |\n`;
    const chunks = doc(`# Prices\n\n${table(1)}\nA note.\n\n${table(2)}`);
    expect(chunks.map((c) => c.source.table)).toEqual([
      'info#t1',
      'info#t1',
      undefined,
      'info#t2',
      'info#t2',
    ]);
  });

  it('keeps a short paragraph whole and splits a long one by sentence without breaking "$3.99" or "e.g."', () => {
    const short = doc('# A\n\nPickup is free. Park by the door.\n');
    expect(short.map((c) => c.text)).toEqual(['Pickup is free. Park by the door.']);
    const long = `${'Our drivers are careful and friendly people. '.repeat(6)}The fee is $3.99 per order, e.g. for a small pizza. Tips go to the driver.`;
    const texts = doc(`# A\n\n${long}\n`).map((c) => c.text);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts).toContain('The fee is $3.99 per order, e.g. for a small pizza.');
    expect(texts.at(-1)).toBe('Tips go to the driver.');
  });

  it('gives the same ids for the same input, and never leaks Markdown from the sample venues', () => {
    for (const name of ['pizzeria', 'spice-route']) {
      const venue = loadVenue(name);
      const a = chunkDocuments(venue.documents);
      expect(chunkDocuments(venue.documents)).toEqual(a);
      expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
      for (const c of a) expect(c.text).not.toMatch(/\*\*|__|\]\(|^#|^\s*[-*] |\|/);
    }
  });
});
