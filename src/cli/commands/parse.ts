import type { Command } from 'commander';

/** Placeholder: replaced by the module that implements `maitre parse`. */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('maitre parse: not built yet\n');
      process.exitCode = 1;
    });
}
