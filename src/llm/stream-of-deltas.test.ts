import { describe, expect, it } from 'vitest';
import type { ModelResult } from '../core/ports/language-model.ts';
import { ModelUnavailableError } from '../errors/index.ts';
import { streamOfDeltas } from './stream-of-deltas.ts';

const result = (text: string): ModelResult => ({
  text,
  toolCalls: [],
  finishReason: 'stop',
  usage: { inputTokens: 1, outputTokens: 1 },
  costMicroUsd: 0,
  model: 'm',
});

describe('streamOfDeltas', () => {
  it('hands each delta to the reader before the call ends', async () => {
    let push: (d: string) => void = () => {};
    let finish: () => void = () => {};
    const stream = streamOfDeltas(
      (onDelta) =>
        new Promise<ModelResult>((resolve) => {
          push = onDelta;
          finish = () => resolve(result('ab'));
        }),
    );
    const reader = stream.textStream[Symbol.asyncIterator]();
    push('a');
    expect(await reader.next()).toEqual({ value: 'a', done: false });
    const pending = reader.next();
    push('b');
    expect(await pending).toEqual({ value: 'b', done: false });
    finish();
    expect(await reader.next()).toEqual({ value: undefined, done: true });
    expect((await stream.result).text).toBe('ab');
  });

  it('ends the text after the queued deltas when the call fails, and the result rejects', async () => {
    const stream = streamOfDeltas(async (onDelta) => {
      onDelta('x');
      onDelta('y');
      throw new ModelUnavailableError('stream_broken', 'cut', 'm');
    });
    const seen: string[] = [];
    for await (const d of stream.textStream) seen.push(d);
    expect(seen).toEqual(['x', 'y']);
    await expect(stream.result).rejects.toBeInstanceOf(ModelUnavailableError);
  });
});
