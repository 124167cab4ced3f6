import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/**
 * CPU time (user + system, ms) a process and its descendants have used so far, from /proc (Linux);
 * undefined where /proc is not readable. A bot with workers is counted with its workers.
 */
export function processTreeCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    let total = ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    for (const child of children === '' ? [] : children.split(' '))
      total += processTreeCpuMs(Number(child)) ?? 0;
    return total;
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system, ms) the main thread of process `pid` has used so far (its JavaScript event
 * loop; worker threads, GC helpers and libuv's pool not counted), from /proc (Linux); undefined where
 * /proc is not readable. With the process's whole time (`processTreeCpuMs`) it tells how much of a
 * turn's work left the event loop.
 */
export function mainThreadCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}
