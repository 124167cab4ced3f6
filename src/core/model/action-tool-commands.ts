import { isUnambiguousYes, SUMMARY_QUESTION } from '../dialog/unambiguous-yes.ts';
import type { ToolCall } from '../ports/language-model.ts';
import type { SessionState } from '../state/session-state.ts';
import type { ActionTool } from './model-tools.ts';

/** What one action tool call proposes: commands of the closed language (still unvalidated), or a refusal. */
export type ActionOutcome =
  | { commands: unknown[] }
  | { commands: []; refused: 'not_confirmed' | 'no_summary' };

/**
 * Turns an action tool call into proposed commands, which then go through the command processor and
 * the engine like the rules' (nothing here touches the cart): `add_to_cart` → `add_item`,
 * `update_cart_item` → `update_item`, `remove_from_cart` → `remove_item`, `handoff_to_human` →
 * `handoff`, `propose_commands` → its commands. `create_order` and `initiate_payment` (placing the
 * order sends the payment link) become a `confirm` only when the order summary is the pending
 * question and the rules read the customer's message as an unambiguous yes (`isUnambiguousYes`);
 * otherwise they are refused here, and the engine's own gate (`decidePlacement`) checks again.
 */
export function actionToolCommands(
  name: ActionTool,
  call: ToolCall,
  context: { state: Readonly<SessionState>; message: string },
): ActionOutcome {
  const input = (call.input ?? {}) as Record<string, unknown>;
  switch (name) {
    case 'add_to_cart':
      return { commands: [{ ...input, type: 'add_item' }] };
    case 'update_cart_item':
      return { commands: [{ ...input, type: 'update_item' }] };
    case 'remove_from_cart':
      return { commands: [{ ...input, type: 'remove_item' }] };
    case 'handoff_to_human':
      return { commands: [{ ...input, type: 'handoff' }] };
    case 'propose_commands':
      return { commands: Array.isArray(input.commands) ? input.commands : [] };
    case 'create_order':
    case 'initiate_payment':
      if (context.state.pending?.kind !== SUMMARY_QUESTION) return { commands: [], refused: 'no_summary' };
      if (!isUnambiguousYes(context.message)) return { commands: [], refused: 'not_confirmed' };
      return { commands: [{ type: 'confirm' }] };
  }
}
