import type { ChatMessage } from '../ports/language-model.ts';
import type { PhraseContext } from '../ports/phraser.ts';
import type { Act, ActOf } from '../respond/acts.ts';
import { citationTag } from './grounding.ts';

/**
 * The phrasing prompt templates (prompts/phrase/<version>/system.md and user.md, loaded by the adapter
 * side and handed to the phraser): `system` holds the persona and policies with `{{venue}}`; `user` the
 * turn with `{{history}}`, `{{message}}`, `{{draft}}` and `{{facts}}`. `version` (e.g. `phrase-v1`)
 * names the files and keys the reply cache.
 */
export interface PhrasePrompts {
  version: string;
  system: string;
  user: string;
}

/** The placeholders each template must contain. */
export const PHRASE_PLACEHOLDERS = {
  system: ['{{venue}}'],
  user: ['{{history}}', '{{message}}', '{{draft}}', '{{facts}}'],
} as const;

/** Characters of history kept in the prompt (the most recent exchanges, whole). */
const HISTORY_CHARS = 1200;
/** Characters of one quoted passage kept in the prompt. */
const PASSAGE_CHARS = 900;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);

const systemPrompts = new WeakMap<PhrasePrompts, Map<string, string>>();

/** The rendered system prompt (what the guard checks echoes against), filled once per prompts and venue. */
export function phraseSystemPrompt(prompts: PhrasePrompts, venueName: string): string {
  let byVenue = systemPrompts.get(prompts);
  if (!byVenue) {
    byVenue = new Map();
    systemPrompts.set(prompts, byVenue);
  }
  let text = byVenue.get(venueName);
  if (text === undefined) {
    text = fill(prompts.system, { venue: venueName });
    byVenue.set(venueName, text);
  }
  return text;
}

/**
 * The messages of a phrasing call: the system prompt, then the user layer with the recent history
 * (trimmed to ~1,200 characters, newest kept), the customer's message, the templates' DRAFT (the
 * grounded reply) and the FACTS block (recommendation candidates, quoted passages with their citation
 * tags, the venue facts), built only from the acts.
 */
export function phraseMessages(
  prompts: PhrasePrompts,
  acts: readonly Act[],
  context: PhraseContext,
  draft: string,
): ChatMessage[] {
  const history: string[] = [];
  let used = 0;
  for (const h of [...context.history].reverse()) {
    const line = `${h.role === 'user' ? 'Customer' : 'You'}: ${h.text}`;
    if (used + line.length > HISTORY_CHARS) break;
    history.unshift(line);
    used += line.length;
  }
  return [
    { role: 'system', content: phraseSystemPrompt(prompts, context.venueName) },
    {
      role: 'user',
      content: fill(prompts.user, {
        history: history.length > 0 ? history.join('\n') : '(none)',
        message: context.message,
        draft,
        facts: factsOf(acts),
      }),
    },
  ];
}

/** The FACTS block: what the model may use beyond the draft, all from the acts. */
export function factsOf(acts: readonly Act[]): string {
  const out: string[] = [];
  for (const a of acts) {
    if (a.type === 'knowledge_answer') {
      out.push(a.confident ? 'PASSAGES:' : 'PASSAGES (you are unsure they answer the question):');
      for (const p of a.passages)
        out.push(`[${citationTag(p.source.document)}] ${p.text.slice(0, PASSAGE_CHARS)}`);
    } else if (a.type === 'fact_answer') {
      out.push(`PASSAGES:\n[${citationTag(a.source.document)}] ${a.text}`);
    } else if (a.type === 'show' && a.card.type === 'item_list' && acts.some(isRecommendation)) {
      out.push(
        `CANDIDATES (the menu's picks for the customer's mood and diet): ${a.card.items
          .map((i) => `${i.name} ${i.price.formatted}${i.description ? ` (${i.description})` : ''}`)
          .join('; ')}`,
      );
    }
  }
  return out.length > 0 ? `FACTS:\n${out.join('\n')}\n` : '';
}

function isRecommendation(a: Act): a is ActOf<'say'> {
  return a.type === 'say' && a.key === 'recommend';
}
