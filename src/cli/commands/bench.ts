import type { Command } from 'commander';

/** Placeholder: replaced by the module that implements `maitre bench`. */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('maitre bench: not built yet\n');
      process.exitCode = 1;
    });
}
