import type { Command } from 'commander';

/** Placeholder: replaced by the module that implements `maitre eval`. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('maitre eval: not built yet\n');
      process.exitCode = 1;
    });
}
