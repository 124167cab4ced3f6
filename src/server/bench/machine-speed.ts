/**
 * How fast this machine runs JavaScript like a turn's, independent of Maitre's code: a fixed workload
 * (JSON of session-sized objects, regular expressions over short texts, Map and string work) timed in
 * this process. CPU per turn (and so saturation) should scale with it, so two bench reports taken on
 * different machines (or on one virtual machine whose host is busier) are compared through it rather
 * than side by side. Taken on an otherwise idle machine, before the bench's processes start; other work
 * on the machine inflates it, most of all the median.
 */
export interface MachineSpeed {
  /** Fastest of the repeats (ms): the least disturbed by other work. Lower is faster. */
  bestMs: number;
  /** Median of the repeats (ms). */
  medianMs: number;
}

const WORDS = ['mango', 'lassi', 'paneer', 'tikka', 'garlic', 'naan', 'vegan', 'please', 'two', 'spicy'];
const PATTERN = /\b(?:one|two|three|\d+)\s+(\w+)(?:\s+please)?\b/giu;

/** One pass of the workload; returns a checksum so the work cannot be optimised away. */
function workload(): number {
  let checksum = 0;
  const seen = new Map<string, number>();
  for (let i = 0; i < 4_000; i++) {
    const text = `${WORDS[i % 10]} two ${WORDS[(i * 7) % 10]} ${WORDS[(i * 3) % 10]} please ${i}`;
    const state = {
      id: `session-${i}`,
      cart: Array.from({ length: 4 }, (_, j) => ({
        item: WORDS[(i + j) % 10],
        quantity: j + 1,
        unitMinor: 250 * j,
      })),
      turns: [text, text.toUpperCase()],
    };
    const copy = JSON.parse(JSON.stringify(state)) as typeof state;
    checksum += copy.cart.length;
    for (const match of text.matchAll(PATTERN)) checksum += match[1]?.length ?? 0;
    for (const word of text.toLowerCase().split(' ')) seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  return checksum + seen.size;
}

/**
 * Times `repeats` passes of the workload after one untimed pass (JIT warm-up).
 *
 * @param repeats passes timed (default 7)
 */
export function measureMachineSpeed(repeats = 7): MachineSpeed {
  let sink = workload();
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.hrtime.bigint();
    sink += workload();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (sink < 0) throw new Error('unreachable');
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { bestMs: round(times[0]!), medianMs: round(times[Math.floor(times.length / 2)]!) };
}
