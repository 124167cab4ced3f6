import { describe, expect, it } from 'vitest';
import { parseMessageBody } from './message-body.ts';

/** The error a body is refused with: status and code. */
function refusal(body: unknown): { status: number; code: string } | undefined {
  try {
    parseMessageBody(body);
    return undefined;
  } catch (error) {
    const e = error as { status: number; code: string };
    return { status: e.status, code: e.code };
  }
}

describe('parseMessageBody', () => {
  it('takes the text (trimmed) and the client message id, ignoring other fields', () => {
    expect(parseMessageBody({ text: ' hi ' })).toEqual({ text: 'hi' });
    expect(parseMessageBody({ text: 'hi', clientMessageId: 'c1', extra: 1 })).toEqual({
      text: 'hi',
      clientMessageId: 'c1',
    });
    expect(parseMessageBody({ text: 'hi', clientMessageId: undefined })).toEqual({ text: 'hi' });
    expect(parseMessageBody({ text: 'hi', clientMessageId: 'x'.repeat(100) }).clientMessageId).toHaveLength(
      100,
    );
  });

  it('refuses other shapes with VALIDATION_FAILED and a text of spaces with MESSAGE_EMPTY', () => {
    for (const body of [
      undefined,
      null,
      'hi',
      [],
      [{ text: 'hi' }],
      {},
      { text: 5 },
      { text: 'hi', clientMessageId: '' },
      { text: 'hi', clientMessageId: 'x'.repeat(101) },
      { text: 'hi', clientMessageId: 7 },
    ])
      expect(refusal(body)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refusal({ text: '   ' })).toEqual({ status: 400, code: 'MESSAGE_EMPTY' });
  });
});
