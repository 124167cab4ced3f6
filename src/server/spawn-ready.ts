import { type ChildProcess, spawn } from 'node:child_process';

export interface ReadyProcess {
  /** What the `ready` pattern captured (a URL). */
  url: string;
  child: ChildProcess;
  /** Output so far (for diagnosing a failure). */
  output(): string;
  /** Sends `signal` (SIGTERM by default), then SIGKILL after 3 s; resolves once the process exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `node <args>` with `env` added and waits until its output matches `ready` (whose first group is
 * the URL it serves); rejects with the output when it exits or takes longer than `timeoutMs`.
 */
export async function spawnReady(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 30_000,
): Promise<ReadyProcess> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${out}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill(signal);
      }),
  };
}
