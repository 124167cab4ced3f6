import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { mulberry32 as random } from '../../testing/mulberry32.ts';

const EVAL_DIR = fileURLToPath(new URL('../../../eval/', import.meta.url));

/** Venues whose eval files are held out: the bench never reads them. */
const HELD_OUT = new Set(['burgers', 'coffee', 'subs']);

/** Intents whose wording names no dish, so any tuned venue's examples fit the bench's venue. */
const VENUE_FREE = new Set(['greet', 'show_cart', 'checkout', 'affirm', 'thanks']);

/** The steps of a conversation, each drawn from its own part of the corpus. */
export interface TurnCorpus {
  greet: string[];
  browse: string[];
  question: string[];
  order: string[];
  cart: string[];
  checkout: string[];
  fulfillment: string[];
  name: string[];
  phone: string[];
  payment: string[];
  notes: string[];
  confirm: string[];
}

interface EvalCase {
  venue?: string;
  intent?: string;
  text?: string;
  context?: unknown;
  slots?: Record<string, unknown>;
  lines?: unknown;
}

function readCases(file: string): EvalCase[] {
  if (!existsSync(file)) return [];
  const parsed = parseYaml(readFileSync(file, 'utf8')) as unknown;
  return Array.isArray(parsed) ? (parsed as EvalCase[]) : [];
}

const unique = (texts: string[]) => [...new Set(texts)];

/**
 * The open-loop bench's realistic turn mix for `venue`, built from the TUNED eval files only:
 * eval/utterances.yaml, eval/orders/VENUE.yaml and the knowledge questions of eval/knowledge/VENUE.yaml
 * (never eval/untuned nor a held-out venue). Dish-naming cases come from the venue itself; greetings,
 * cart views, checkout and confirmations from any tuned venue. Throws when a step has no example.
 */
export function buildTurnCorpus(venue: string, evalDir = EVAL_DIR): TurnCorpus {
  if (HELD_OUT.has(venue)) throw new Error(`the bench does not read held-out venue ${venue}`);
  const cases = [
    ...readCases(`${evalDir}utterances.yaml`),
    ...readCases(`${evalDir}orders/${venue}.yaml`),
  ].filter((c) => typeof c.text === 'string' && c.venue !== undefined && !HELD_OUT.has(c.venue));
  const own = cases.filter((c) => c.venue === venue);
  const texts = (pick: (c: EvalCase) => boolean, from = own) => unique(from.filter(pick).map((c) => c.text!));
  const free = (intent: string) => texts((c) => c.intent === intent && VENUE_FREE.has(intent), cases);
  const slot = (name: string, accept: (v: unknown) => boolean = () => true) =>
    texts(
      (c) =>
        c.intent === 'provide_info' &&
        c.slots !== undefined &&
        Object.keys(c.slots).length === 1 &&
        accept(c.slots[name]) &&
        name in c.slots,
    );
  const knowledge = readKnowledgeQuestions(`${evalDir}knowledge/${venue}.yaml`);
  const corpus: TurnCorpus = {
    greet: free('greet'),
    browse: texts((c) => (c.intent === 'browse_menu' || c.intent === 'recommend') && c.context === undefined),
    question: unique([
      ...texts((c) => (c.intent === 'item_info' || c.intent === 'faq') && c.context === undefined),
      ...knowledge,
    ]),
    order: texts((c) => c.intent === 'order_add' && c.context === undefined && c.slots === undefined),
    cart: free('show_cart'),
    checkout: free('checkout'),
    fulfillment: slot('fulfillment', (v) => v === 'pickup'),
    name: slot('name'),
    phone: slot('phone'),
    payment: slot('paymentMethod'),
    notes: texts((c) => c.intent === 'deny' && c.context === undefined && c.lines === undefined, cases),
    confirm: texts((c) => c.intent === 'affirm' && c.context === undefined, cases).concat(free('affirm')),
  };
  corpus.confirm = unique(corpus.confirm);
  for (const [step, list] of Object.entries(corpus))
    if (list.length === 0) throw new Error(`the turn corpus of ${venue} has no ${step} example`);
  return corpus;
}

function readKnowledgeQuestions(file: string): string[] {
  if (!existsSync(file)) return [];
  const parsed = parseYaml(readFileSync(file, 'utf8')) as { questions?: { q?: unknown }[] } | null;
  return (parsed?.questions ?? []).map((q) => q.q).filter((q): q is string => typeof q === 'string');
}

/**
 * One conversation per session, drawn from `corpus` (deterministic in `seed`): a greeting, a browse,
 * a question, an order, another question, another order, a look at the cart, checkout, pickup, name,
 * phone, payment, no notes and a confirmation — 14 turns, most of them different from one session to the next.
 */
export function conversationsFrom(corpus: TurnCorpus, sessions: number, seed = 1): string[][] {
  const next = random(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: sessions }, () => [
    pick(corpus.greet),
    pick(corpus.browse),
    pick(corpus.question),
    pick(corpus.order),
    pick(corpus.question),
    pick(corpus.order),
    pick(corpus.cart),
    pick(corpus.checkout),
    pick(corpus.fulfillment),
    pick(corpus.name),
    pick(corpus.phone),
    pick(corpus.payment),
    pick(corpus.notes),
    pick(corpus.confirm),
  ]);
}
