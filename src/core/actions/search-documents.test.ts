import { describe, expect, it } from 'vitest';
import { contentWords, quote, searchDocuments, splitPassages } from './search-documents.ts';

const docs = [
  {
    id: 'hours',
    title: 'Opening hours',
    text: '# Opening hours\n\nOpen Monday to Saturday, 11am to 10pm.\n\nOn Sunday we are closed.\n',
  },
  {
    id: 'table',
    title: 'Delivery times',
    text: '# Delivery times\n\n| Day | Delivery |\n| --- | --- |\n| Friday | 5pm – 11pm |\n| Sunday | none |\n',
  },
  { id: 'parking', title: 'Getting here', text: '# Getting here\n\nFree parking behind the building.\n' },
];
const passages = splitPassages(docs);

describe('searchDocuments', () => {
  it('splits documents into paragraphs and table rows with their heading', () => {
    expect(passages.map((p) => p.text)).toContain('Friday: Delivery 5pm – 11pm.');
    expect(passages.find((p) => p.text.startsWith('On Sunday'))?.heading).toBe('Opening hours');
  });

  it('finds the passage that shares the rarest words with the question', () => {
    expect(searchDocuments('is there parking?', passages)?.passage.documentId).toBe('parking');
    expect(searchDocuments('are you open on sunday?', passages)?.passage.text).toMatch(/Sunday/);
  });

  it('returns nothing when the question is not covered', () => {
    expect(searchDocuments('do you have a rooftop helipad?', passages)).toBeUndefined();
    expect(searchDocuments('the and of', passages)).toBeUndefined();
  });

  it('stems plurals and quotes briefly', () => {
    expect(contentWords('Opening hours, pizzas')).toEqual(['open', 'hour', 'pizza']);
    expect(quote('One. Two. Three.', 9)).toBe('One.');
  });
});
