import { describe, expect, it } from 'vitest';
import { readDeliveryNote, splitDeliveryNote } from './delivery-note.ts';

describe('readDeliveryNote', () => {
  it.each([
    ['ring the bell twice', 'ring the bell twice'],
    ['Please leave it at the door.', 'Please leave it at the door'],
    ['call me when you get here', 'call me when you get here'],
    ['gate code is 4417', 'gate code is 4417'],
    ['no contact delivery please', 'no contact delivery please'],
    ['use the side entrance', 'use the side entrance'],
    ["don't ring the bell, baby sleeping", "don't ring the bell, baby sleeping"],
    ['also leave the bag with the concierge', 'also leave the bag with the concierge'],
    ['buzz apt 4B', 'buzz apt 4B'],
    ['meet me in the lobby', 'meet me in the lobby'],
  ])('"%s" is a note: "%s"', (text, note) => {
    expect(readDeliveryNote(text)).toBe(note);
  });

  it.each([
    'leave out the onions',
    'what is the gate code?',
    'can you call me?',
    'drop the naan',
    'knock knock',
    'ring',
    '2 samosas, ring the bell',
    'i want to leave a review',
    'x'.repeat(200),
  ])('"%s" is no note', (text) => {
    expect(readDeliveryNote(text)).toBeUndefined();
  });

  it.each([
    [
      'delivery to 42 elm street apt 3, ring the bell twice',
      'delivery to 42 elm street apt 3',
      'ring the bell twice',
    ],
    ['pickup. call me when you get here', 'pickup', 'call me when you get here'],
    ['12 oak st and leave it at the door please', '12 oak st', 'leave it at the door please'],
  ])('"%s" splits into "%s" and the note "%s"', (text, head, note) => {
    expect(splitDeliveryNote(text)).toEqual({ head, note });
  });

  it.each([
    'ring the bell twice',
    'oh and call me on 916.555.0177 if theres a problem',
    '2 samosas and a coke',
    'is it far? ring the bell',
  ])('"%s" is not split', (text) => {
    expect(splitDeliveryNote(text)).toBeUndefined();
  });
});
