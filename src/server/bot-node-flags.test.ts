import { describe, expect, it } from 'vitest';
import { BOT_NODE_FLAGS, withBotNodeFlags } from './bot-node-flags.ts';

describe('withBotNodeFlags', () => {
  it('adds the bot flags after the given ones', () => {
    expect(withBotNodeFlags(['--cpu-prof'])).toEqual(['--cpu-prof', ...BOT_NODE_FLAGS]);
  });

  it('leaves out a flag the command line or NODE_OPTIONS already sets, whatever its value', () => {
    expect(withBotNodeFlags(['--max-semi-space-size=64'])).toEqual(['--max-semi-space-size=64']);
    expect(withBotNodeFlags([], '--max-semi-space-size=8 --enable-source-maps')).toEqual([]);
  });
});
