import { describe, expect, it } from 'vitest';
import { type TranscriptEntry, TranscriptStore } from './transcript-store.ts';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

const money = (amount: number) => ({ amount, currency: 'USD', formatted: `$${(amount / 100).toFixed(2)}` });
const entries: TranscriptEntry[] = [
  { kind: 'user', text: 'two samosas' },
  {
    kind: 'bot',
    blocks: [
      { type: 'text', text: 'Added 2 × Samosa.' },
      { type: 'quick_replies', replies: ['Check out'] },
      { type: 'payment_link', orderId: 'o_1', url: 'http://x/pay', amount: money(1398), status: 'pending' },
    ],
  },
  { kind: 'notification', id: 'n_1', text: 'Your order is being prepared.', status: 'preparing' },
];

describe('TranscriptStore', () => {
  it('keeps the session and its transcript, and forgets both', () => {
    const storage = new MemoryStorage();
    const store = new TranscriptStore(storage);
    expect(store.loadSession()).toBeNull();
    store.saveSession({ sessionId: 's_1', token: 'tk_1' });
    store.saveTranscript('s_1', entries);
    const again = new TranscriptStore(storage);
    expect(again.loadSession()).toEqual({ sessionId: 's_1', token: 'tk_1' });
    expect(again.loadTranscript('s_1')).toEqual(entries);
    expect(again.loadTranscript('s_2')).toEqual([]);
    again.clear({ sessionId: 's_1', token: 'tk_1' });
    expect(storage.length).toBe(0);
  });

  it('drops what it cannot render instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem('maitre.chat.session', '{"sessionId":1}');
    storage.setItem(
      'maitre.chat.transcript.s_1',
      JSON.stringify({
        entries: [
          { kind: 'user', text: 'hi' },
          { kind: 'alien' },
          {
            kind: 'bot',
            blocks: [{ type: 'text', text: 'ok' }, { type: 'payment_link', url: 5 }, { type: 'nope' }],
          },
        ],
      }),
    );
    storage.setItem('maitre.chat.transcript.s_2', '{not json');
    const store = new TranscriptStore(storage);
    expect(store.loadSession()).toBeNull();
    expect(store.loadTranscript('s_1')).toEqual([
      { kind: 'user', text: 'hi' },
      { kind: 'bot', blocks: [{ type: 'text', text: 'ok' }] },
    ]);
    expect(store.loadTranscript('s_2')).toEqual([]);
  });

  it('works without storage, or when storage throws (private mode, quota)', () => {
    const throwing = new MemoryStorage();
    throwing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    for (const store of [new TranscriptStore(undefined), new TranscriptStore(throwing)]) {
      store.saveSession({ sessionId: 's', token: 't' });
      store.saveTranscript('s', entries);
      expect(store.loadTranscript('s')).toEqual([]);
    }
  });
});
