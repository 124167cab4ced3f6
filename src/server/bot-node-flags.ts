/**
 * Node flags a bot process runs with (cluster workers, the bench's bot, the container's entry point:
 * Dockerfile, `npm start`). A turn allocates many short-lived objects (parses, acts, JSON of the
 * session and the reply); a young generation of 32 MB semi-spaces (Node 20's default: 16 MB) collects
 * them half as often, and the bot's share of CPU in the garbage collector went from about 10 % to 6 %
 * of its steady-state time at 400 turns/s (CPU profile, docs/operations.md, Benchmark). The cost is up to
 * about 32 MB more resident memory per process at peak, not per session. V8 reads the flag only when a
 * process starts, so it is passed on the command line, never set at run time.
 */
export const BOT_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** `execArgv` plus the bot's flags, leaving out any the command line or NODE_OPTIONS already sets. */
export function withBotNodeFlags(execArgv: readonly string[], nodeOptions = ''): string[] {
  const given = `${execArgv.join(' ')} ${nodeOptions}`;
  return [...execArgv, ...BOT_NODE_FLAGS.filter((flag) => !given.includes(flag.split('=')[0]!))];
}
