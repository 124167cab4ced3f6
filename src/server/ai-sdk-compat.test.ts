import { DefaultChatTransport, readUIMessageStream, type UIMessage } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './testing/start-test-bot.ts';

/** Our stream read by the `ai` package's own transport and reader, not by our code. */
describe('AI SDK UI message stream compatibility', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.close());

  async function lastMessage(
    stream: ReadableStream<
      Parameters<typeof readUIMessageStream>[0]['stream'] extends ReadableStream<infer C> ? C : never
    >,
  ) {
    let last: UIMessage | undefined;
    for await (const message of readUIMessageStream({ stream, terminateOnError: true })) last = message;
    return last;
  }

  it('DefaultChatTransport + readUIMessageStream turn our reply into a UIMessage with text and data parts', async () => {
    const { sessionId, token } = await bot.session();
    const transport = new DefaultChatTransport({
      api: `${bot.url}/v1/chat`,
      headers: { authorization: `Bearer ${token}` },
    });
    const userMessage: UIMessage = {
      id: 'u1',
      role: 'user',
      parts: [{ type: 'text', text: 'two samosas please' }],
    };
    const stream = await transport.sendMessages({
      chatId: sessionId,
      trigger: 'submit-message',
      messageId: undefined,
      messages: [userMessage],
      abortSignal: undefined,
    });
    const message = await lastMessage(stream);
    expect(message?.role).toBe('assistant');
    const text = message?.parts.filter((p) => p.type === 'text').map((p) => (p as { text: string }).text);
    expect(text).toEqual([
      'You said: two samosas please. This is a reply long enough to be split into several deltas.',
    ]);
    const quick = message?.parts.find((p) => p.type === 'data-quick_replies') as
      | { data: unknown }
      | undefined;
    expect(quick?.data).toEqual({ type: 'quick_replies', replies: ['Menu', 'Cart'] });
    const session = message?.parts.find((p) => p.type === 'data-session') as
      | { data: { turn: number } }
      | undefined;
    expect(session?.data.turn).toBe(1);

    // The reply is complete: the SDK's resume route has nothing active to resume.
    expect(await transport.reconnectToStream({ chatId: sessionId })).toBeNull();
  });

  it('the SDK resume route delivers a reply still being produced (a reload mid-turn)', async () => {
    const { sessionId, token } = await bot.session();
    const transport = new DefaultChatTransport({
      api: `${bot.url}/v1/chat`,
      headers: { authorization: `Bearer ${token}` },
    });
    const abort = new AbortController();
    const sending = transport
      .sendMessages({
        chatId: sessionId,
        trigger: 'submit-message',
        messageId: undefined,
        messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'slow one' }] }],
        abortSignal: abort.signal,
      })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    abort.abort(); // the page went away mid-turn
    await sending;
    const resumed = await transport.reconnectToStream({ chatId: sessionId });
    expect(resumed).not.toBeNull();
    const message = await lastMessage(resumed!);
    const text = message?.parts.filter((p) => p.type === 'text').map((p) => (p as { text: string }).text);
    expect(text?.[0]).toContain('You said: slow one');
  });

  it('the resume route answers 204 (SDK: null) when nothing was streamed yet', async () => {
    const { sessionId, token } = await bot.session();
    const transport = new DefaultChatTransport({
      api: `${bot.url}/v1/chat`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await transport.reconnectToStream({ chatId: sessionId })).toBeNull();
  });

  it('another session’s token is refused', async () => {
    const a = await bot.session();
    const b = await bot.session();
    const transport = new DefaultChatTransport({
      api: `${bot.url}/v1/chat`,
      headers: { authorization: `Bearer ${b.token}` },
    });
    await expect(
      transport.sendMessages({
        chatId: a.sessionId,
        trigger: 'submit-message',
        messageId: undefined,
        messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'hi' }] }],
        abortSignal: undefined,
      }),
    ).rejects.toThrow(/SESSION_NOT_FOUND|No such session/);
  });
});
