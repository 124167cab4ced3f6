import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { connectBackend } from '../../backend-client/connect-backend.ts';
import {
  type BackendPort,
  createDialogConfig,
  handleTurn,
  randomIds,
  type SessionState,
  systemClock,
  type TurnDeps,
} from '../../core/index.ts';
import type { TurnPart } from '../../core/ports/turn-sink.ts';
import { lineOptionLabels } from '../../core/respond/cards.ts';
import { amountOf } from '../../core/respond/format-money.ts';
import { joinText } from '../../core/respond/join-text.ts';
import { phrase } from '../../core/respond/phrases.ts';
import { renderPlain } from '../../core/respond/render-plain.ts';
import { createUnderstanding } from '../../core/understand/index.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { startKnowledge } from '../../knowledge/start-knowledge.ts';
import { createLanguageModel } from '../../llm/ai-sdk-language-model.ts';
import { createPhraser } from '../../llm/create-phraser.ts';
import { modelCommandGenerators } from '../../llm/model-command-generators.ts';
import { knowledgeOptions } from '../../server/config/knowledge-options.ts';
import { parseBotConfig } from '../../server/config/parse-bot-config.ts';

interface ChatOptions {
  venue: string;
  json?: boolean;
  backendUrl?: string;
}

/** `maitre chat`: a conversation in the terminal, or JSON lines in and out with --json. */
export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('talk to Maitre in the terminal (an embedded backend starts when none is configured)')
    .option('--venue <name>', 'venue folder under restaurants/', process.env.VENUE ?? 'spice-route')
    .option('--json', 'read one message per stdin line, write one JSON object per line')
    .option('--backend-url <url>', 'a running restaurant backend (default: BACKEND_URL, else embedded)')
    .action(async (options: ChatOptions) => {
      const venue = loadVenue(options.venue);
      // settings first: a bad one stops here, before an embedded backend keeps the process alive
      const botConfig = parseBotConfig(process.env);
      const knowledgeSettings = knowledgeOptions(botConfig.knowledge);
      // an embedded backend logs to stdout: keep it quiet unless asked, so the conversation stays readable
      const env = { ...process.env, LOG_LEVEL: process.env.MAITRE_CHAT_BACKEND_LOG ?? 'silent' };
      const connection = await connectBackend({
        venue: options.venue,
        env,
        ...(options.backendUrl ? { backendUrl: options.backendUrl } : {}),
      });
      const knowledge = startKnowledge({
        venue,
        backend: connection.port,
        ...knowledgeSettings,
      });
      const understanding = createUnderstanding(venue.menu, venue.moods, venue.documents);
      const dialog = createDialogConfig();
      // GROQ_API_KEY / LLM_* (docs/llm.md): the model the generators and phraser are built on
      const languageModel = botConfig.llm ? createLanguageModel(botConfig.llm) : undefined;
      const deps: TurnDeps = {
        venue,
        understanding,
        backend: connection.port,
        knowledge: knowledge.retriever,
        clock: systemClock,
        ids: randomIds,
        config: dialog,
        ...(languageModel && botConfig.llm
          ? {
              languageModel,
              commandGenerators: modelCommandGenerators({
                model: languageModel,
                config: botConfig.llm,
                understanding,
                dialog,
                backend: connection.port,
                knowledge: knowledge.retriever,
              }),
            }
          : {}),
      };
      // with a model configured, it words the replies (docs/llm.md), streamed as they are checked
      if (languageModel && botConfig.llm) {
        const phrasing = createPhraser({
          config: botConfig.llm,
          venue,
          model: languageModel,
          knowledgeVersion: knowledge.version,
        });
        deps.phraser = phrasing.phraser;
        deps.llmMetrics = phrasing.turnMetrics;
      }
      try {
        if (options.json) await jsonLoop(deps);
        else await interactive(deps, connection.embedded ? 'embedded backend' : connection.url);
      } finally {
        await knowledge.close();
        await connection.close();
      }
    });
}

const INDENT = '\n        ';

/**
 * Writes a turn's parts for the terminal, in order: the first text after `maitre> `, deltas of one text
 * event joined as they come, a new text event after a card on its own line, each card on its own lines
 * where it stands (never after the question that follows it), and a blank line at `finish`.
 */
export function chatPrinter(write: (chunk: string) => void): (part: TurnPart) => void {
  let started = false;
  let afterCard = false;
  let tail = '';
  // the turn's text so far: a card repeating it (the payment link the text gave) prints nothing
  let said = '';
  return (part) => {
    if (part.type === 'finish') {
      write(started ? '\n\n' : '\nmaitre> \n\n');
      started = false;
      tail = '';
      said = '';
      return;
    }
    if (part.type === 'text-delta') said += part.delta;
    const body =
      part.type === 'text-delta' ? part.delta : renderPlain([part.event], said).replace(/^\s*\n|\n\s*$/g, '');
    if (!body) {
      // a card with nothing to print still ends the text before it
      afterCard ||= part.type === 'card';
      return;
    }
    const lead = !started ? '\nmaitre> ' : part.type === 'card' || afterCard ? INDENT : '';
    // two pieces of one text: a finished sentence never runs into the next
    const text = lead === '' ? joinText(tail, body).slice(tail.length) : body;
    write(`${lead}${text.replace(/\n/g, INDENT)}`);
    tail = part.type === 'card' ? '' : text.slice(-1);
    started = true;
    afterCard = part.type === 'card';
  };
}

async function interactive(deps: TurnDeps, backend: string): Promise<void> {
  const out = process.stdout;
  out.write(`Maitre · ${deps.venue.menu.venue.name} (${backend}). Type "quit" to leave.\n\n`);
  out.write(`maitre> ${phrase('greet', 'cli', { venue: deps.venue.menu.venue.name })}\n\n`);
  const rl = createInterface({ input: process.stdin, output: out, prompt: 'you> ' });
  let state: SessionState | undefined;
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    // piped input is not echoed by the terminal: print it after the prompt so the transcript reads right
    if (!process.stdin.isTTY) out.write(`${line}\n`);
    if (text === 'quit' || text === 'exit') break;
    if (text) {
      // the reply's parts are printed in order as they arrive (a model's tokens, sentence by sentence):
      // a card where it stands, so a table comes before the question that follows it
      const print = chatPrinter((chunk) => out.write(chunk));
      const result = await handleTurn(state, text, deps, { sink: { write: print } });
      state = result.state;
    }
    rl.prompt();
  }
  rl.close();
}

async function jsonLoop(deps: TurnDeps): Promise<void> {
  await jsonChat(deps, createInterface({ input: process.stdin }), (line) => process.stdout.write(line));
}

/** One JSON object per input line: text, events, cart, pending, order (plus intents and commands). */
export async function jsonChat(
  deps: TurnDeps,
  input: AsyncIterable<string>,
  write: (line: string) => void,
): Promise<void> {
  let state: SessionState | undefined;
  for await (const line of input) {
    const text = line.trim();
    if (!text) continue;
    const result = await handleTurn(state, text, deps);
    state = result.state;
    const reply = result.events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(' ');
    const record = {
      text: reply,
      events: result.events,
      cart: await cartView(deps.backend, state),
      pending: state.pending,
      order: state.order
        ? {
            id: state.order.id,
            status: state.order.status,
            total: amountOf(state.order.total, state.order.currency),
            paymentLink: state.order.paymentUrl ?? null,
          }
        : null,
      intents: result.trace.parse?.intents.map((i) => i.intent) ?? [],
      commands: result.trace.commands.map((c) => c.type),
    };
    write(`${JSON.stringify(record)}\n`);
  }
}

/** The open cart as the backend prices it (lines, line totals, cart totals). */
async function cartView(backend: BackendPort, state: SessionState) {
  if (!state.cartId) return null;
  const cart = await backend.getCart(state.customerId, state.cartId);
  const c = cart.totals.currency;
  return {
    id: cart.id,
    ordered: cart.orderId !== null,
    lines: cart.lines.map((l) => ({
      item: l.itemId,
      name: l.name,
      quantity: l.quantity,
      options: lineOptionLabels(l),
      lineTotal: amountOf(l.lineTotal, c),
    })),
    subtotal: amountOf(cart.totals.subtotal, c),
    tax: amountOf(cart.totals.tax, c),
    deliveryFee: amountOf(cart.totals.deliveryFee, c),
    total: amountOf(cart.totals.total, c),
  };
}
