import cluster from 'node:cluster';
import { Command } from 'commander';
import { MaitreError } from '../errors/index.ts';
import { registerBackendCommand } from './commands/backend.ts';
import { registerBenchCommand } from './commands/bench.ts';
import { registerChatCommand } from './commands/chat.ts';
import { registerEvalCommand } from './commands/eval.ts';
import { registerIndexCommand } from './commands/index-knowledge.ts';
import { registerMenuSchemaCommand } from './commands/menu-schema.ts';
import { registerOpenapiCommand } from './commands/openapi.ts';
import { registerParseCommand } from './commands/parse.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerValidateCommand } from './commands/validate.ts';

/** Builds the `maitre` command line. Each sub-command lives in commands/<name>.ts. */
export function buildProgram(): Command {
  const program = new Command('maitre')
    .description("Maitre, a restaurant's conversational ordering agent")
    .showHelpAfterError();
  registerStartCommand(program);
  registerServeCommand(program);
  registerBackendCommand(program);
  registerChatCommand(program);
  registerParseCommand(program);
  registerIndexCommand(program);
  registerEvalCommand(program);
  registerBenchCommand(program);
  registerOpenapiCommand(program);
  registerMenuSchemaCommand(program);
  registerValidateCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    report(error);
    // a cluster worker stays alive while its channel to the primary is open: it must leave itself, so
    // the primary sees it stop and stops too (instead of waiting for it)
    if (cluster.isWorker) process.exit(process.exitCode ?? 1);
  }
}

/** Prints a typed or listening error as one line (status 2); rethrows anything else. */
function report(error: unknown): void {
  // A typed error is a user's mistake or an environment problem: print its message, no stack.
  if (error instanceof MaitreError) {
    process.stderr.write(`maitre: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const listen = error as NodeJS.ErrnoException & { port?: number };
  if (listen.code === 'EADDRINUSE' || listen.code === 'EACCES') {
    const what = listen.code === 'EADDRINUSE' ? 'is already in use' : 'needs more privileges';
    process.stderr.write(
      `maitre: port ${listen.port ?? '?'} ${what}. Stop the other program, or choose another port ` +
        '(PORT for the bot, BACKEND_PORT for the backend).\n',
    );
    process.exitCode = 2;
    return;
  }
  throw error;
}
