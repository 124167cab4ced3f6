import type { DialogConfig } from '../config/dialog-config.ts';
import { parseContextOf } from '../dialog/ask-question.ts';
import type { UnderstandingPort } from '../dialog/turn-deps.ts';
import { afterOrderCommands } from '../guards/after-order-request.ts';
import type { CommandGenerator } from '../ports/command-generator.ts';
import { generateCommands } from './generate-commands.ts';

/**
 * The rule brain as a `CommandGenerator`: understanding (lexicon and rules built from the menu) reads
 * the message in the context of the pending question, then `generateCommands` turns that reading into
 * commands. Each command carries the confidence of the reading's primary intent.
 */
export function ruleCommandGenerator(
  understanding: UnderstandingPort,
  config: DialogConfig,
): CommandGenerator {
  return {
    name: 'rules',
    async generate({ message, state, venue }) {
      const parse = understanding.parse(message, { ...parseContextOf(state.pending), cart: state.cartItems });
      const confidence = parse.intents[0]?.confidence ?? 0;
      // once an order is placed and nothing is in progress: "what did I order?", "cancel my order"
      const commands = afterOrderCommands(message, state) ?? generateCommands(parse, state, venue, config);
      return {
        source: 'rules',
        commands: commands.map((command) => ({ command, confidence })),
        notUnderstood: parse.unresolved.map((u) => u.text),
        parse,
      };
    },
  };
}
