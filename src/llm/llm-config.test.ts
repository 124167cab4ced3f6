import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/index.ts';
import { DEFAULT_FALLBACK_MODELS, DEFAULT_MODEL, GROQ_BASE_URL, parseLlmConfig } from './llm-config.ts';

describe('parseLlmConfig', () => {
  it('is off without a key or a base URL', () => {
    expect(parseLlmConfig({})).toBeUndefined();
    expect(parseLlmConfig({ GROQ_API_KEY: '' })).toBeUndefined();
  });

  it('defaults to Groq with the Maverick model and its fallbacks when GROQ_API_KEY is set', () => {
    const c = parseLlmConfig({ GROQ_API_KEY: 'gsk_x' });
    expect(c).toMatchObject({
      provider: 'groq',
      baseUrl: GROQ_BASE_URL,
      apiKey: 'gsk_x',
      model: DEFAULT_MODEL,
      fallbackModels: DEFAULT_FALLBACK_MODELS,
      maxRetries: 2,
      sessionTokenBudget: 50_000,
    });
    expect(c?.prices[DEFAULT_MODEL]).toEqual({ inputUsdPerMillion: 0.2, outputUsdPerMillion: 0.6 });
  });

  it('LLM_API_KEY wins over GROQ_API_KEY; another base URL is OpenAI-compatible with no default fallbacks', () => {
    const c = parseLlmConfig({
      GROQ_API_KEY: 'gsk_x',
      LLM_API_KEY: 'sk_y',
      LLM_BASE_URL: 'http://localhost:11434/v1/',
      LLM_MODEL: 'qwen2.5:7b',
    });
    expect(c).toMatchObject({
      provider: 'openai-compatible',
      baseUrl: 'http://localhost:11434/v1',
      apiKey: 'sk_y',
      model: 'qwen2.5:7b',
      fallbackModels: [],
    });
  });

  it('a base URL alone (a local server) is enough; Groq hosts keep the Groq dialect', () => {
    expect(parseLlmConfig({ LLM_BASE_URL: 'http://127.0.0.1:8000/v1' })?.apiKey).toBeUndefined();
    expect(
      parseLlmConfig({ LLM_BASE_URL: 'https://api.groq.com/openai/v1', LLM_API_KEY: 'k' })?.provider,
    ).toBe('groq');
  });

  it('reads fallback lists, `none`, and merges LLM_PRICES into the table', () => {
    const c = parseLlmConfig({
      GROQ_API_KEY: 'k',
      LLM_FALLBACK_MODELS: ' a , b ,,',
      LLM_PRICES: '{"a":{"inputUsdPerMillion":1,"outputUsdPerMillion":2}}',
    });
    expect(c?.fallbackModels).toEqual(['a', 'b']);
    expect(c?.prices.a).toEqual({ inputUsdPerMillion: 1, outputUsdPerMillion: 2 });
    expect(c?.prices[DEFAULT_MODEL]).toBeDefined();
    expect(parseLlmConfig({ GROQ_API_KEY: 'k', LLM_FALLBACK_MODELS: 'none' })?.fallbackModels).toEqual([]);
  });

  it.each([
    ['LLM_BASE_URL', { LLM_BASE_URL: 'not a url' }],
    ['LLM_TIMEOUT_MS', { GROQ_API_KEY: 'k', LLM_TIMEOUT_MS: 'soon' }],
    ['LLM_PROVIDER', { GROQ_API_KEY: 'k', LLM_PROVIDER: 'anthropic' }],
    ['LLM_PRICES', { GROQ_API_KEY: 'k', LLM_PRICES: '{"m":{"inputUsdPerMillion":-1}}' }],
    ['LLM_PRICES', { GROQ_API_KEY: 'k', LLM_PRICES: 'cheap' }],
    ['LLM_API_KEY', { LLM_BASE_URL: 'https://api.groq.com/openai/v1' }],
  ])('a bad %s is a ConfigError naming it', (variable, env) => {
    try {
      parseLlmConfig(env);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).details).toEqual({ variable });
    }
  });
});
