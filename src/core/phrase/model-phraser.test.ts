import { describe, expect, it } from 'vitest';
import { loadVenue } from '../../domain/load-venue.ts';
import { fakeLanguageModel } from '../../testing/fake-language-model.ts';
import { fixedClock } from '../../testing/fixed-clock.ts';
import { InMemoryBackend } from '../../testing/in-memory-backend.ts';
import { sequentialIds } from '../../testing/sequential-ids.ts';
import { createDialogConfig } from '../config/dialog-config.ts';
import type { TurnDeps } from '../dialog/turn-deps.ts';
import { handleTurn } from '../handle-turn.ts';
import type { Logger } from '../ports/logger.ts';
import type { TurnPart } from '../ports/turn-sink.ts';
import { createUnderstanding } from '../understand/index.ts';
import { createModelPhraser, type ModelPhraserOptions, type PhraseOutcome } from './model-phraser.ts';
import type { PhrasePrompts } from './phrase-prompt.ts';
import { LruReplyCache } from './reply-cache.ts';

const venue = loadVenue('spice-route');
const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
const prompts: PhrasePrompts = {
  version: 'phrase-test',
  system:
    'Role: the ordering assistant of {{venue}}. Secret policy words that must never be repeated to anyone at all, ever.',
  user: '{{history}}\nCustomer: {{message}}\nDRAFT: {{draft}}\n{{facts}}',
};

function setup(extra: Partial<ModelPhraserOptions> = {}) {
  const model = fakeLanguageModel();
  const outcomes: PhraseOutcome[] = [];
  const issues: string[] = [];
  const logs: Array<{ event: string; data: Record<string, unknown> }> = [];
  const logger: Logger = {
    info: (data, event) => logs.push({ event: event ?? '', data: data as Record<string, unknown> }),
    warn: (data, event) => logs.push({ event: event ?? '', data: data as Record<string, unknown> }),
    error: (data, event) => logs.push({ event: event ?? '', data: data as Record<string, unknown> }),
  } as Logger;
  const phraser = createModelPhraser({
    model,
    venue,
    prompts,
    sessionTokenBudget: 0,
    metrics: { recordPhrase: (o) => outcomes.push(o), recordGuardIssue: (k) => issues.push(k) },
    logger,
    ...extra,
  });
  const deps: TurnDeps = {
    venue,
    understanding,
    backend: new InMemoryBackend(venue.menu),
    clock: fixedClock(),
    ids: sequentialIds(),
    config: createDialogConfig(),
    phraser,
    logger,
  };
  const turn = async (state: Parameters<typeof handleTurn>[0], text: string) => {
    const parts: TurnPart[] = [];
    const result = await handleTurn(state, text, deps, { sink: { write: (p) => void parts.push(p) } });
    const streamed = parts.flatMap((p) => (p.type === 'text-delta' ? [p.delta] : [])).join('');
    return { result, parts, streamed };
  };
  return { model, outcomes, issues, logs, turn, deps };
}

describe('the model phraser', () => {
  it('streams the model words sentence by sentence, then the cards; usage reaches the session', async () => {
    const { model, outcomes, turn, logs } = setup();
    model.enqueue({
      chunks: ['Lovely, two Samosas', ' are in (', '$13.98', ').', ' Anything else?'],
      usage: { inputTokens: 300, outputTokens: 20 },
    });
    const { result, parts, streamed } = await turn(undefined, 'two samosas please');
    expect(streamed).toBe('Lovely, two Samosas are in ($13.98). Anything else?');
    expect(parts.filter((p) => p.type === 'text-delta').length).toBe(2);
    expect(outcomes).toEqual(['model']);
    expect(result.state.llmUsage).toEqual({
      inputTokens: 300,
      outputTokens: 20,
      costMicroUsd: 320,
      calls: 1,
    });
    expect(logs.find((l) => l.event === 'llm.turn')?.data).toMatchObject({
      inputTokens: 300,
      outputTokens: 20,
      costMicroUsd: 320,
      sessionTokens: 320,
    });
    // the model saw the templates' grounded draft, not the menu
    const user = model.requests[0]?.messages[1];
    expect(user && 'content' in user ? user.content : '').toContain('DRAFT: ');
  });

  it.each([
    ['a wrong price', 'Two Samosas for $12.99.', 'wrong_price'],
    ['an invented dish', 'Two Samosas, and try our Dragon Roll.', 'invented_name'],
    ['a dish the turn did not offer', 'Two Samosas added; Butter Chicken goes well.', 'unlisted_item'],
    ['its prompt', 'Secret policy words that must never be repeated to anyone at all.', 'prompt_echo'],
    ['a card number', 'Card 4242 4242 4242 4242 noted.', 'card_number'],
  ])('catches %s, regenerates once, and never sends it', async (_name, bad, kind) => {
    const { model, outcomes, issues, turn } = setup();
    model.enqueue({ chunks: [bad, ' Anything else?'] }, { chunks: ['Done: two Samosas. Anything else?'] });
    const { streamed } = await turn(undefined, 'two samosas please');
    expect(streamed).toBe('Done: two Samosas. Anything else?');
    expect(issues).toEqual([kind]);
    expect(outcomes).toEqual(['regenerated']);
    expect(model.requests).toHaveLength(2);
  });

  it('falls back to the templates after two bad replies; nothing of them is sent', async () => {
    const { model, outcomes, turn } = setup();
    model.enqueue({ chunks: ['Two Samosas for $1.00.'] }, { chunks: ['Still $2.00 for those.'] });
    const { streamed, result } = await turn(undefined, 'two samosas please');
    expect(streamed).not.toMatch(/\$1\.00|\$2\.00/);
    expect(streamed).toContain('2 × Samosa');
    expect(result.events[0]).toEqual({ type: 'text', text: streamed });
    expect(outcomes).toEqual(['fallback_guard']);
  });

  it('a model failure before any text: the templates answer the turn', async () => {
    const { model, outcomes, turn } = setup();
    model.enqueue({ chunks: ['x'], failAfter: 0 });
    const { streamed } = await turn(undefined, 'two samosas please');
    expect(streamed).toContain('2 × Samosa');
    expect(outcomes).toEqual(['fallback_error']);
  });

  it('a failure mid-stream keeps the checked sentences and completes with the templates', async () => {
    const { model, outcomes, turn } = setup();
    model.enqueue({ chunks: ['Two Samosas, coming up.', ' And the', ' unchecked rest'], failAfter: 2 });
    const { streamed } = await turn(undefined, 'two samosas please');
    expect(streamed.startsWith('Two Samosas, coming up. ')).toBe(true);
    expect(streamed).not.toContain('And the');
    expect(streamed).toContain('2 × Samosa');
    expect(outcomes).toEqual(['completed_error']);
  });

  it('a model that never answers: the first-sentence deadline gives the turn to the templates', async () => {
    const { model, outcomes, turn } = setup({ firstSentenceTimeoutMs: 20 });
    model.enqueue({ chunks: ['Too late.'], firstDelayMs: 60_000 });
    const { streamed } = await turn(undefined, 'two samosas please');
    expect(streamed).toContain('2 × Samosa');
    expect(outcomes).toEqual(['fallback_error']);
  });

  it('over the session token budget, the templates answer without a call', async () => {
    const { model, outcomes, turn } = setup({ sessionTokenBudget: 10 });
    const { streamed } = await turn(undefined, 'two samosas please');
    expect(streamed).toContain('2 × Samosa');
    expect(model.requests).toHaveLength(0);
    expect(outcomes).toEqual(['budget']);
  });

  it('appends the pending question the model left out', async () => {
    const { model, turn } = setup();
    model.enqueue({ chunks: ['Two Samosas are in.'] });
    const { streamed } = await turn(undefined, 'two samosas please');
    expect(streamed).toMatch(/^Two Samosas are in\. .+\?$/);
  });

  it('answers a repeated knowledge question from the reply cache, with citations checked', async () => {
    const cache = new LruReplyCache(10);
    const { model, outcomes, turn } = setup({ cache, knowledgeVersion: () => 'k1' });
    model.respondWith((request) => {
      const user = request.messages[1];
      const tag = user && 'content' in user ? /\[([a-z-]+)\]/.exec(user.content)?.[1] : undefined;
      return { chunks: [`We do deliver, see the details [${tag}].`] };
    });
    const first = await turn(undefined, 'what is your refund policy?');
    expect(first.result.acts.some((a) => a.type === 'knowledge_answer')).toBe(true);
    const second = await turn(first.result.state, 'What is your refund policy');
    expect(second.streamed).toBe(first.streamed);
    expect(model.requests).toHaveLength(1);
    expect(outcomes).toEqual(['model', 'cached']);
  });

  it('does not reuse a cached knowledge answer once the knowledge version changed (a document re-indexed)', async () => {
    const cache = new LruReplyCache(10);
    let version = 'k1';
    const { model, outcomes, turn } = setup({ cache, knowledgeVersion: () => version });
    model.respondWith((request) => {
      const user = request.messages[1];
      const tag = user && 'content' in user ? /\[([a-z-]+)\]/.exec(user.content)?.[1] : undefined;
      return { chunks: [`Here is how it works [${tag}].`] };
    });
    const first = await turn(undefined, 'what is your refund policy?');
    version = 'k2';
    const second = await turn(first.result.state, 'what is your refund policy?');
    expect(model.requests).toHaveLength(2);
    const third = await turn(second.result.state, 'what is your refund policy?');
    expect(third.streamed).toBe(second.streamed);
    expect(outcomes).toEqual(['model', 'model', 'cached']);
  });

  it('recommends among the mood table candidates: the offered dish first; another dish or offer is refused', async () => {
    const { model, outcomes, issues, turn } = setup();
    let outside = '';
    let other = '';
    model.respondWith((request) => {
      const user = request.messages[1];
      const content = user && 'content' in user ? user.content : '';
      const draft = /DRAFT: (.*)/.exec(content)?.[1] ?? '';
      const candidates = (/CANDIDATES[^:]*: (.*)/.exec(content)?.[1] ?? '').split('; ');
      const pick = candidates
        .map((c) => /^(.+?) (\$\d+\.\d{2})/.exec(c))
        .find((m) => m && draft.includes(m[1]!));
      other = candidates.map((c) => /^(.+?) \$/.exec(c)?.[1] ?? '').find((n) => n && n !== pick?.[1]) ?? '';
      outside = venue.menu.items.find((i) => !content.includes(i.name))?.name ?? '';
      const n = model.requests.length;
      if (n === 1) return { chunks: [`Try the ${outside}, it is lovely. Want it?`] };
      if (n === 3) return { chunks: [`How about the ${other}? Shall I add it?`] };
      return { chunks: [`You'll love the ${pick?.[1]} at ${pick?.[2]}. Shall I add it?`] };
    });
    const first = await turn(undefined, 'what do you recommend?');
    expect(first.result.acts.some((a) => a.type === 'say' && a.key === 'recommend')).toBe(true);
    expect(outside).not.toBe('');
    expect(first.streamed).not.toContain(outside);
    expect(first.streamed, first.streamed).toMatch(/^You'll love the .+ at \$\d+\.\d{2}\. Shall I add it\?$/);
    expect(issues).toEqual(['unlisted_item']);
    const second = await turn(undefined, 'what do you recommend?');
    expect(other).not.toBe('');
    expect(second.streamed, JSON.stringify([other, second.result.acts, second.streamed])).not.toContain(
      `How about the ${other}?`,
    );
    expect(issues).toEqual(['unlisted_item', 'missing_offer']);
    expect(outcomes).toEqual(['regenerated', 'regenerated']);
  });
});
