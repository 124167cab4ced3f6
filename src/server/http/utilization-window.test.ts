import { afterEach, describe, expect, it } from 'vitest';
import { MIN_TURNS_IN_FLIGHT_TO_SHED, TurnGate } from './turn-gate.ts';
import { UtilizationWindow } from './utilization-window.ts';

/** A fake loop clock: `busy(ms)` and `idle(ms)` advance its cumulative times. */
function fakeLoop() {
  const t = { idle: 0, active: 0 };
  return {
    times: () => ({ ...t }),
    busy: (ms: number) => {
      t.active += ms;
    },
    idle: (ms: number) => {
      t.idle += ms;
    },
  };
}

describe('UtilizationWindow', () => {
  const windows: UtilizationWindow[] = [];
  afterEach(() => {
    for (const w of windows.splice(0)) w.stop();
  });
  const make = (samples: number, loop: ReturnType<typeof fakeLoop>) => {
    const w = new UtilizationWindow(60_000, samples, loop.times);
    windows.push(w);
    return w;
  };

  it('is the busy share of the latest samples only', () => {
    const loop = fakeLoop();
    const w = make(3, loop);
    expect(w.utilization).toBe(0);
    for (const busy of [50, 50, 50]) {
      loop.busy(busy);
      w.sample();
    }
    expect(w.utilization).toBe(1);
    // three idle intervals push the busy ones out of the window
    for (let i = 0; i < 3; i++) {
      loop.busy(10);
      loop.idle(40);
      w.sample();
    }
    expect(w.utilization).toBeCloseTo(0.2, 10);
  });

  it("moves by a single pause's share of the window, not to 1", () => {
    const loop = fakeLoop();
    const w = make(6, loop);
    for (let i = 0; i < 6; i++) {
      loop.busy(25);
      loop.idle(25);
      w.sample();
    }
    loop.busy(50); // one 50 ms garbage collection
    w.sample();
    expect(w.utilization).toBeCloseTo((5 * 25 + 50) / 300, 10);
    expect(w.utilization).toBeLessThan(0.9);
  });
});

describe('TurnGate', () => {
  const busy = { utilization: 0.99 };
  const calm = { utilization: 0.5 };

  it('refuses past its bound on turns in flight and takes again once places are given back', () => {
    const gate = new TurnGate(2);
    expect(gate.enter()).toBeUndefined();
    expect(gate.enter()).toBeUndefined();
    expect(gate.enter()).toBe('turnsInFlight');
    expect(gate.inFlight).toBe(2);
    gate.leave();
    expect(gate.enter()).toBeUndefined();
  });

  it('refuses on a busy loop only with a queue to shorten: a lone turn is always taken', () => {
    const window = { ...busy };
    const gate = new TurnGate(0, { window, max: 0.9 });
    for (let i = 0; i < MIN_TURNS_IN_FLIGHT_TO_SHED; i++) expect(gate.enter()).toBeUndefined();
    expect(gate.enter()).toBe('eventLoopUtilization');
    expect(gate.inFlight).toBe(MIN_TURNS_IN_FLIGHT_TO_SHED);
    window.utilization = calm.utilization;
    expect(gate.enter()).toBeUndefined();
  });

  it('is inactive with neither bound', () => {
    expect(new TurnGate(0).active).toBe(false);
    expect(new TurnGate(0, { window: calm, max: 0.9 }).active).toBe(true);
    expect(new TurnGate(5).active).toBe(true);
  });
});
