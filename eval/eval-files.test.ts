import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../src/core/scenarios/load-scenarios.ts';
import { loadVenue } from '../src/domain/index.ts';
import type { Venue } from '../src/domain/venue.ts';
import { buildEvalReport, loadOrderCases, TUNED_ORDERS_DIR, UNTUNED_UTTERANCES_FILE } from './eval-report.ts';
import { FAULT_KINDS } from './fault-kinds.ts';
import { formatEvalReport } from './format-eval-report.ts';
import { scenarioKind, UNTUNED_SCENARIOS_DIR } from './run-scenario-set.ts';
import { loadCases, type UtteranceCase } from './run-utterances.ts';

/**
 * The evaluation files load, pass their schemas and name only what the venues' menus hold, and one
 * report covers every part. Numbers are not asserted here: the held-out parts measure, they do not gate.
 */
const venues = new Map<string, Venue>();
const venueOf = (name: string) => {
  let v = venues.get(name);
  if (!v) {
    v = loadVenue(name);
    venues.set(name, v);
  }
  return v;
};

/** Problems with the ids a case names: unknown items, choices the item does not offer, qualifiers and counts it does not take. */
function idProblems(c: UtteranceCase): string[] {
  const { menu } = venueOf(c.venue);
  const problems: string[] = [];
  for (const line of c.lines ?? []) {
    const item = menu.items.find((i) => i.id === line.itemId);
    if (!item) {
      problems.push(`${c.text}: no item ${line.itemId}`);
      continue;
    }
    const groups = menu.optionGroups.filter((g) => item.optionGroups.includes(g.id));
    const choice = (id: string) =>
      groups.flatMap((g) => g.choices.map((ch) => ({ g, ch }))).find((x) => x.ch.id === id);
    for (const option of line.options) {
      const [, id = '', qualifier, count] = /^([^:*]+)(?::(\w+))?(?:\*(\d+))?$/.exec(option) ?? [];
      const found = choice(id);
      if (!found) problems.push(`${c.text}: ${item.id} has no choice ${id}`);
      else if (qualifier && !found.g.qualifiers.includes(qualifier as 'light' | 'extra'))
        problems.push(`${c.text}: ${found.g.id} takes no ${qualifier}`);
      else if (count && Number(count) > found.ch.maxQuantity)
        problems.push(`${c.text}: ${id} above maxQuantity`);
    }
    for (const removal of line.without) {
      // "mozzarella:extra": the extra taken back, the choice kept
      const [id = ''] = removal.split(':');
      if (!choice(id)) problems.push(`${c.text}: ${item.id} has no choice ${id}`);
    }
  }
  return problems;
}

describe('evaluation files', () => {
  it('the untuned parse cases each carry a fault kind and name real menu ids', () => {
    const cases = loadCases(UNTUNED_UTTERANCES_FILE);
    expect(cases.every((c) => c.kind !== undefined)).toBe(true);
    for (const kind of ['negation', 'quantities', 'items_options', 'smalltalk_scope', 'diet'] as const)
      expect(cases.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(8);
    expect(cases.flatMap(idProblems)).toEqual([]);
  });

  it('the tuned cases name real menu ids', () => {
    expect(loadCases().flatMap(idProblems)).toEqual([]);
  });

  it('the untuned venues load and hold 40 orders each, naming real menu ids', () => {
    const orders = loadOrderCases();
    for (const venue of ['burgers', 'coffee', 'subs']) {
      const items = venueOf(venue).menu.items.length;
      expect(items).toBeGreaterThanOrEqual(25);
      expect(items).toBeLessThanOrEqual(45);
      expect(orders.filter((c) => c.venue === venue)).toHaveLength(40);
    }
    expect(orders.flatMap(idProblems)).toEqual([]);
  });

  it('the tuned venues built from a menu file alone load and hold 40 orders each (pieshop 60), naming real menu ids', () => {
    const orders = loadOrderCases(TUNED_ORDERS_DIR);
    for (const venue of [
      'burritos',
      'cafe',
      'deli',
      'hoagies',
      'slices',
      'torpedo',
      'diner',
      'heroes',
      'bakehouse',
      'grill',
      'taqueria',
    ]) {
      expect(venueOf(venue).menu.items.length).toBeGreaterThanOrEqual(20);
      expect(orders.filter((c) => c.venue === venue)).toHaveLength(40);
    }
    // the pizza chain written in the style of public pizza-order corpora holds 60
    expect(venueOf('pieshop').menu.items.length).toBeGreaterThanOrEqual(20);
    expect(orders.filter((c) => c.venue === 'pieshop')).toHaveLength(60);
    expect(orders.every((c) => (c.lines?.length ?? 0) > 0)).toBe(true);
    expect(orders.flatMap(idProblems)).toEqual([]);
  });

  it('the untuned conversations are named after fault kinds and play on real venues', () => {
    const scenarios = loadScenarios(UNTUNED_SCENARIOS_DIR);
    expect(scenarios.length).toBeGreaterThan(0);
    for (const s of scenarios) {
      expect(FAULT_KINDS).toContain(scenarioKind(s.file));
      expect(venueOf(s.venue).id).toBe(s.venue);
    }
  });

  it('one report covers every part: intents, small talk, orders per venue and every fault kind', async () => {
    const report = await buildEvalReport({ clinc: false });
    expect(report.intent.tuned.cases).toBeGreaterThan(0);
    expect(report.intent.untuned.cases).toBeGreaterThan(0);
    expect(report.smallTalk.untuned.total).toBeGreaterThan(0);
    expect(report.orders.map((o) => `${o.venue}:${o.set}`)).toEqual([
      'pizzeria:tuned',
      'spice-route:tuned',
      'burritos:tuned',
      'cafe:tuned',
      'deli:tuned',
      'hoagies:tuned',
      'slices:tuned',
      'torpedo:tuned',
      'diner:tuned',
      'heroes:tuned',
      'bakehouse:tuned',
      'grill:tuned',
      'taqueria:tuned',
      'pieshop:tuned',
      'burgers:untuned',
      'coffee:untuned',
      'subs:untuned',
    ]);
    expect(report.kinds.map((k) => k.kind)).toEqual([...FAULT_KINDS]);
    for (const k of report.kinds) expect(k.tuned ?? k.untuned ?? k.scenarios).not.toBeNull();
    expect(report.clinc).toBeUndefined();
    // the model's prompt, measured without network against the whole-menu baseline
    const prompt = report.promptTokens;
    expect(prompt?.modelTurns).toBeGreaterThan(0);
    expect(prompt?.median).toBeGreaterThan(0);
    expect(prompt?.median).toBeLessThan(prompt?.baselineMedian ?? 0);
    expect(formatEvalReport(report)).toMatch(/median prompt tokens per model turn\s+\d+\s+naive baseline/);
    // the whole report (every eval file, both knowledge sets through whole turns) takes 20-30 s on a
    // loaded 2-core machine: more than the default timeout when the full suite runs beside it
  }, 180_000);
});
