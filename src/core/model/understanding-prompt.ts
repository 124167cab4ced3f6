import type { Venue } from '../../domain/venue.ts';
import type { GeneratorInput } from '../ports/command-generator.ts';
import type { KnowledgeHit, KnowledgeRetriever } from '../ports/knowledge-retriever.ts';
import type { ChatMessage, ToolSet, ToolSpec } from '../ports/language-model.ts';
import { estimateTokens, fitToTokenBudget } from '../ports/token-budget.ts';
import { recentListed, type SessionState } from '../state/session-state.ts';
import { menuLookup, nameWords } from './menu-lookup.ts';
import { type PromptTemplate, renderPrompt } from './prompt-template.ts';

/** The two layers of the understanding prompt, loaded from `prompts/` at start. */
export interface UnderstandingPrompts {
  system: PromptTemplate;
  user: PromptTemplate;
}

/** Token budgets (estimated, `estimateTokens`) of the trimmable parts of the user layer. */
export interface PromptBudget {
  /** Earlier turns, newest kept first. Default 400. */
  historyTokens: number;
  /** Venue passages, best kept first. Default 300. */
  passageTokens: number;
  /** Menu items that may be meant, most likely first. Default 12. */
  maxItems: number;
}

export const DEFAULT_PROMPT_BUDGET: PromptBudget = { historyTokens: 400, passageTokens: 300, maxItems: 12 };

/** A built prompt: the messages, and its estimated size (text plus tool schemas) for the eval. */
export interface BuiltPrompt {
  messages: ChatMessage[];
  promptTokens: number;
  /** Template versions, for logs (`understand-system@1`). */
  versions: string[];
}

/**
 * Builds the understanding prompt. System layer: persona and policies (`prompts/understand-system.md`).
 * User layer (`prompts/understand-user.md`): the message; the dialog state (pending question, which
 * checkout details are given, never their values; stated diet and allergies); the cart's items; the
 * menu items the message may mean (the retriever's menu hits, words of item names in the message, the
 * cart, the item in focus) with their option groups and choice ids; the venue passages with ids; the
 * history trimmed to its token budget; the names of the tools valid now. No prices: they come from
 * tools.
 */
export async function buildUnderstandingPrompt(
  input: GeneratorInput,
  tools: ToolSet,
  prompts: UnderstandingPrompts,
  options: { knowledge?: KnowledgeRetriever | undefined; budget?: PromptBudget; allItems?: boolean },
): Promise<BuiltPrompt> {
  const { state, venue, message } = input;
  const budget = options.budget ?? DEFAULT_PROMPT_BUDGET;
  const [menuHits, docHits] = options.knowledge
    ? await Promise.all([
        search(options.knowledge, message, 'menu', budget.maxItems),
        search(options.knowledge, message, 'document', 4),
      ])
    : [[], []];
  const itemIds = options.allItems
    ? venue.menu.items.map((i) => i.id)
    : likelyItems(message, state, venue, menuHits).slice(0, budget.maxItems);
  const passages = fitToTokenBudget(docHits, budget.passageTokens, (h) => h.chunk.text);
  const history = fitToTokenBudget([...state.history].reverse(), budget.historyTokens, (h) => h.text)
    .reverse()
    .map((h) => `${h.role === 'user' ? 'customer' : 'maitre'}: ${h.text}`);
  const system = systemPrompt(prompts.system, venue.menu.venue.name);
  const user = renderPrompt(prompts.user, {
    message: message.replace(/"""/g, '"'),
    dialog: dialogLine(state),
    cart: cartLine(state, venue),
    items: renderMenuItems(venue, itemIds) || '(none matched: use list_menu)',
    passages: passages.map((h) => `${h.chunk.id}: ${h.chunk.text}`).join('\n') || '(none)',
    history: history.join('\n') || '(this is the first message)',
    tools: Object.keys(tools).join(', '),
  });
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
  return {
    messages,
    promptTokens: estimateTokens(system) + estimateTokens(user) + toolTokens(tools),
    versions: [prompts.system, prompts.user].map((t) => `${t.name}@${t.version}`),
  };
}

/** Rendered system layers by template and venue name (the layer holds nothing else). */
const systemLayers = new WeakMap<PromptTemplate, Map<string, string>>();

/** The system layer for a venue, rendered once per template and venue name. */
function systemPrompt(template: PromptTemplate, venueName: string): string {
  let byVenue = systemLayers.get(template);
  if (!byVenue) {
    byVenue = new Map();
    systemLayers.set(template, byVenue);
  }
  let text = byVenue.get(venueName);
  if (text === undefined) {
    text = renderPrompt(template, { venue: venueName });
    byVenue.set(venueName, text);
  }
  return text;
}

/** Characters of a spec's description and JSON Schema, by spec. */
const specChars = new WeakMap<ToolSpec, number>();

/**
 * Estimated tokens of the tools' names, descriptions and argument schemas as sent (JSON Schema). A
 * spec's schema is converted once (tool specs are shared objects: `toolsForState` reuses them).
 */
export function toolTokens(tools: ToolSet): number {
  let total = 0;
  for (const [name, spec] of Object.entries(tools)) {
    let chars = specChars.get(spec);
    if (chars === undefined) {
      const schema = (spec.input as { toJSONSchema?: () => unknown }).toJSONSchema?.() ?? {};
      chars = spec.description.length + JSON.stringify(schema).length;
      specChars.set(spec, chars);
    }
    total += Math.ceil((name.length + chars) / 4);
  }
  return total;
}

/**
 * Menu items as `id: name [group, group]`, one a line (unknown ids skipped), then their option groups
 * once each as `group: choice|choice` (a group with the same choices as one listed says so instead of
 * repeating them; a group offered only with another group's choice is marked `group (only with gate)`).
 */
export function renderMenuItems(venue: Venue, ids: readonly string[]): string {
  const { menu } = venue;
  const lookup = menuLookup(menu);
  const items = ids.flatMap((id) => {
    const item = lookup.item(id);
    return item ? [item] : [];
  });
  if (items.length === 0) return '';
  const lines = items.map(
    (i) => `${i.id}: ${i.name}${i.optionGroups.length > 0 ? ` [${i.optionGroups.join(', ')}]` : ''}`,
  );
  const groupIds = [...new Set(items.flatMap((i) => i.optionGroups))];
  if (groupIds.length === 0) return lines.join('\n');
  const firstWith = new Map<string, string>();
  const groups = groupIds.flatMap((g) => {
    const group = lookup.group(g);
    if (!group) return [];
    const choices = group.choices.map((c) => c.id).join('|');
    // a combo's drink: the model is told it goes on a line only with the combo
    const name = group.offeredWith ? `${g} (only with ${group.offeredWith.group})` : g;
    const same = firstWith.get(choices);
    if (same) return [`${name}: same choices as ${same}`];
    firstWith.set(choices, g);
    return [`${name}: ${choices}`];
  });
  return [...lines, 'Their option groups (group: choice ids):', ...groups].join('\n');
}

async function search(
  knowledge: KnowledgeRetriever,
  text: string,
  kind: 'menu' | 'document',
  k: number,
): Promise<KnowledgeHit[]> {
  try {
    return await knowledge.search({ text, k, filter: { kind } });
  } catch {
    return []; // the model can still look things up with its tools
  }
}

/** Item ids the message may mean: name or alias words it contains, the retriever's hits, the context. */
function likelyItems(message: string, state: Readonly<SessionState>, venue: Venue, hits: KnowledgeHit[]) {
  const named = menuLookup(venue.menu).itemsNamedBy(nameWords(message));
  const retrieved = hits.flatMap((h) => (h.chunk.source.itemId ? [h.chunk.source.itemId] : []));
  const context = [state.pending?.itemId, state.focusItemId, ...state.cartItems].filter(
    (id): id is string => id !== undefined,
  );
  return [...new Set([...named, ...retrieved, ...context])];
}

function dialogLine(state: Readonly<SessionState>): string {
  const parts: string[] = [];
  const p = state.pending;
  if (p) {
    const about = [
      p.slot && `slot ${p.slot}`,
      p.group && `option group ${p.group}`,
      p.itemId && `item ${p.itemId}`,
    ]
      .filter(Boolean)
      .join(', ');
    parts.push(`waiting for an answer to ${p.kind}${about ? ` (${about})` : ''}: "${p.question}"`);
  } else parts.push('no question pending');
  const given = Object.keys(state.slots).filter((k) => state.slots[k as keyof typeof state.slots]);
  if (given.length > 0) parts.push(`checkout details given: ${given.join(', ')}`);
  if (state.constraints.diet) parts.push(`diet: ${state.constraints.diet}`);
  if (state.constraints.allergies.length > 0)
    parts.push(`allergies: ${state.constraints.allergies.join(', ')}`);
  if (state.order) parts.push(`order ${state.order.status}`);
  // what "the second one" picks (the rules read such a pick themselves: line-commands.ts, pickFromList)
  const listed = recentListed(state);
  if (listed) parts.push(`items the last card listed, in order: ${listed.itemIds.slice(0, 10).join(', ')}`);
  return parts.join('; ');
}

function cartLine(state: Readonly<SessionState>, venue: Venue): string {
  if (state.cartItems.length === 0) return 'empty';
  return state.cartItems.map((id) => `${menuLookup(venue.menu).item(id)?.name ?? id} (${id})`).join(', ');
}
