import { z } from 'zod';
import { Diet } from '../../domain/menu-schema.ts';
import type { CommandType } from '../commands/command.ts';
import { SUMMARY_QUESTION } from '../dialog/unambiguous-yes.ts';
import type { ToolSet, ToolSpec } from '../ports/language-model.ts';
import type { SessionState } from '../state/session-state.ts';
import { commandListSchema, commandSchemaOf, proposableCommandTypes } from './proposable-commands.ts';

/** Tools that only read (run against the backend or the knowledge, their results go back to the model). */
export const READ_TOOLS = ['list_menu', 'get_item_details', 'calculate_total', 'search_knowledge'] as const;
/** Tools that act: each becomes proposed commands of the closed language, never a backend call. */
export const ACTION_TOOLS = [
  'add_to_cart',
  'update_cart_item',
  'remove_from_cart',
  'create_order',
  'initiate_payment',
  'handoff_to_human',
  'propose_commands',
] as const;
export type ReadTool = (typeof READ_TOOLS)[number];
export type ActionTool = (typeof ACTION_TOOLS)[number];
export type ToolName = ReadTool | ActionTool;

/** Command types that have a tool of their own, so `propose_commands` does not carry them. */
const OWN_TOOL: ReadonlySet<CommandType> = new Set(['add_item', 'update_item', 'remove_item', 'handoff']);

const withoutType = <T extends z.ZodObject>(schema: T) => schema.omit({ type: true } as never);

/** The tools' argument schemas (zod; sent as JSON Schema; the adapter validates the model's arguments). */
const SPECS: Record<Exclude<ToolName, 'propose_commands'>, ToolSpec> = {
  list_menu: {
    description:
      'List menu items (id, name, category, price in minor units, available), optionally of one category id or diet.',
    input: z.object({ category: z.string().max(60).optional(), diet: Diet.optional() }),
  },
  get_item_details: {
    description:
      'One menu item by id: description, ingredients, price in minor units, diet, allergens, spice (0 none to 4 very hot, or not rated by the menu: then never claim a level), option groups and their choices.',
    input: z.object({ itemId: z.string().min(1).max(80) }),
  },
  calculate_total: {
    description: "The customer's cart as the restaurant prices it: lines and totals in minor units.",
    input: z.object({}),
  },
  search_knowledge: {
    description:
      "Search the venue's documents and menu (hours, delivery, policies, dishes); returns passages with ids.",
    input: z.object({ query: z.string().min(1).max(300) }),
  },
  add_to_cart: {
    description:
      'Add a menu item by id with a quantity, chosen options {group, choice} and removed defaults. Prices are never yours to give.',
    // a diet asked of a dish ("a vegan muffin") is read by the rules and kept on the model's addition
    // (merged-command-generator.ts withRuleFits): its enums stay out of every prompt
    input: withoutType(commandSchemaOf('add_item')).omit({ fits: true } as never),
  },
  update_cart_item: {
    description:
      'Change a cart line: its quantity, options, removed defaults, or swap it for another item (replaceWith).',
    input: withoutType(commandSchemaOf('update_item')),
  },
  remove_from_cart: {
    description: 'Remove a cart line by item id (or the last line touched), or take `quantity` units off.',
    input: withoutType(commandSchemaOf('remove_item')),
  },
  create_order: {
    description:
      'Place the order. Only when the customer has just said a clear yes to the order summary shown.',
    input: z.object({}),
  },
  initiate_payment: {
    description:
      'Place the order and send the payment link. Only when the customer has just said a clear yes to the order summary shown.',
    input: z.object({}),
  },
  handoff_to_human: {
    description:
      'Hand the conversation to a person on the team (the customer asks for one, or you cannot help).',
    input: withoutType(commandSchemaOf('handoff')),
  },
};

const PROPOSE_DESCRIPTION =
  'Every other move, as commands of the closed language: answers to the pending question, checkout details (set_slot), questions (item_info, ask_knowledge), browse, recommend, small talk (chitchat), a no (deny), clarify when unsure.';

/** Tool sets by what they depend on (tool names and proposable command types): a handful per venue. */
const toolSets = new Map<string, Readonly<ToolSet>>();

/**
 * The tools this dialog state offers: lookups always (`search_knowledge` when the venue has a
 * retriever), `add_to_cart` and `handoff_to_human` always, the cart tools when the cart has lines
 * (`update_cart_item` and `remove_from_cart` also while a dish waits on its option),
 * `create_order` and `initiate_payment` only while the order summary is the pending question, and
 * `propose_commands` for every other command of the closed language the state allows
 * (`proposableCommandTypes`). The set depends only on those facts of the state, so it is built once
 * per combination and the same frozen object is returned after (the adapter caches its JSON Schemas
 * by object).
 */
export function toolsForState(state: Readonly<SessionState>, options: { knowledge: boolean }): ToolSet {
  const names: ToolName[] = ['list_menu', 'get_item_details'];
  if (options.knowledge) names.push('search_knowledge');
  const cart = state.cartItems.length > 0;
  if (cart) names.push('calculate_total');
  names.push('add_to_cart');
  if (cart) names.push('update_cart_item', 'remove_from_cart');
  // a dish still waiting on its option can be swapped for another ("swap the biryani for a veg one")
  // or taken out ("actually remove the turkey club")
  else if (state.frames.some((f) => f.kind !== 'order' && f.slots.draft !== undefined))
    names.push('update_cart_item', 'remove_from_cart');
  if (state.pending?.kind === SUMMARY_QUESTION) names.push('create_order', 'initiate_payment');
  names.push('handoff_to_human');
  const others = proposableCommandTypes(state).filter((t) => !OWN_TOOL.has(t));
  const key = `${names.join(',')}|${others.join(',')}`;
  const known = toolSets.get(key);
  if (known) return known;
  const tools: ToolSet = {};
  for (const name of names) tools[name] = SPECS[name as Exclude<ToolName, 'propose_commands'>];
  tools.propose_commands = { description: PROPOSE_DESCRIPTION, input: commandListSchema(others) };
  Object.freeze(tools);
  toolSets.set(key, tools);
  return tools;
}

/** True for the tools whose results go back to the model. */
export const isReadTool = (name: string): name is ReadTool =>
  (READ_TOOLS as readonly string[]).includes(name);
