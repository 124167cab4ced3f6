import type { Command } from 'commander';

/** Placeholder: replaced by the module that implements `maitre chat`. */
export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('maitre chat: not built yet\n');
      process.exitCode = 1;
    });
}
