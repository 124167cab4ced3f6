import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { connectBackend } from '../../backend-client/connect-backend.ts';
import { loadVenue } from '../../domain/load-venue.ts';
import { createKnowledge } from '../../knowledge/create-knowledge.ts';
import { knowledgeOptions } from '../../server/config/knowledge-options.ts';
import { parseBotConfig } from '../../server/config/parse-bot-config.ts';

interface IndexOptions {
  venue: string;
  backendUrl?: string;
}

/**
 * `maitre index`: re-indexes the venue's documents and the backend's menu now, with a progress bar, into
 * the configured index (KNOWLEDGE_INDEX, DATA_DIR, QDRANT_URL, KNOWLEDGE_DATABASE_URL, EMBEDDINGS_*).
 * The bot also re-indexes by itself (documents changed, a new menu version); this is the manual way.
 */
export function registerIndexCommand(program: Command): void {
  program
    .command('index')
    .description(
      "re-index the venue's documents and menu for questions (progress bar; the bot also does it by itself)",
    )
    .option('--venue <name>', 'venue folder under restaurants/', process.env.VENUE ?? 'spice-route')
    .option('--backend-url <url>', 'a running restaurant backend (default: BACKEND_URL, else embedded)')
    .action(async (options: IndexOptions) => {
      const config = parseBotConfig(process.env);
      const venue = loadVenue(options.venue);
      const env = { ...process.env, LOG_LEVEL: process.env.MAITRE_CHAT_BACKEND_LOG ?? 'silent' };
      const connection = await connectBackend({
        venue: options.venue,
        env,
        ...(options.backendUrl ? { backendUrl: options.backendUrl } : {}),
      });
      const started = Date.now();
      const bar = new SingleBar({
        format: 'indexing {bar} {value}/{total} chunks',
        stream: process.stderr,
        noTTYOutput: true,
        notTTYSchedule: 1000,
        hideCursor: true,
      });
      let barStarted = false;
      const knowledge = await createKnowledge({
        venue,
        backend: connection.port,
        ...knowledgeOptions(config.knowledge),
      });
      try {
        const stats = await knowledge.rebuild((done, total) => {
          if (!barStarted) {
            bar.start(total, 0);
            barStarted = true;
          }
          bar.update(done);
        });
        if (barStarted) bar.stop();
        process.stdout.write(
          `Indexed ${venue.menu.venue.name}: ${stats.documentChunks} document chunks, ${stats.menuChunks} menu chunks (menu version ${stats.menuVersion}) into the ${config.knowledge.index} index in ${Date.now() - started} ms.\n`,
        );
      } finally {
        if (barStarted) bar.stop();
        await knowledge.close();
        await connection.close();
      }
    });
}
