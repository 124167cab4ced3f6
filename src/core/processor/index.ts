export { COMMAND_POLICY, refusalInState } from './command-policy.ts';
export { type ProcessedCommands, processCommands } from './process-commands.ts';
export type { Refusal, RefusalReason } from './refusal.ts';
export { resolveCommand } from './resolve-command.ts';
export { settleConflicts } from './settle-conflicts.ts';
