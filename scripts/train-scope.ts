/**
 * `npm run train`: trains the scope classifier (small talk, control, table booking, restaurant, out of
 * scope) and writes src/core/understand/scope/scope-model.json, which is committed; the runtime only
 * reads that file. Training data: the CLINC150 train file (MAITRE_CLINC_FILE or ../shared), only the rows
 * that eval/clinc-split.ts does NOT hold out, plus utterances generated from the venues' menus
 * (scripts/scope-templates.ts). The held-out rows are only scored, never trained on.
 * The learner is @nlpjs/neural (a devDependency): one perceptron per class over binary features.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neural, { type NeuralJson } from '@nlpjs/neural';
import { loadClinc } from '../eval/clinc.ts';
import { isClincHeldOut } from '../eval/clinc-split.ts';
import { Lexicon } from '../src/core/understand/lexicon.ts';
import { normalize } from '../src/core/understand/normalize.ts';
import { createScopeClassifier as scopeRuntime } from '../src/core/understand/scope/scope-classifier.ts';
import { scopeFeatures } from '../src/core/understand/scope/scope-features.ts';
import {
  decodeScopeModel,
  encodeScopeModel,
  SCOPE_CLASSES,
  type ScopeClass,
  type ScopeModelFile,
} from '../src/core/understand/scope/scope-model.ts';
import { scopeWords } from '../src/core/understand/scope/scope-text.ts';
import { segment } from '../src/core/understand/segment.ts';
import { loadVenue } from '../src/domain/index.ts';
import type { Menu } from '../src/domain/menu-schema.ts';
import type { Mood } from '../src/domain/moods-schema.ts';
import { clincClass } from './clinc-scope-map.ts';
import {
  ASSISTANT_REMARK_TEMPLATES,
  LANGUAGES,
  MENU_MENTION_FRAMES,
  MENU_MENTION_SHARE,
  QUALITIES,
  WORD_TASK_TEMPLATES,
} from './scope-augment.ts';
import { SERVICE_FILLERS, SERVICE_TEMPLATES } from './scope-service-templates.ts';
import { BOOKING_TEMPLATES, RESTAURANT_TEMPLATES } from './scope-templates.ts';

const OUT = join(import.meta.dirname, '../src/core/understand/scope/scope-model.json');
/** Venues whose menus fill the templates (the hold-out venues are never read). */
const VENUES = ['pizzeria', 'spice-route'];
const FILLS_PER_TEMPLATE = 8;
/**
 * Share of FILLS_PER_TEMPLATE the service templates get: they widen the restaurant class toward
 * general questions, so they weigh half (1 → CLINC unrelated requests ending in a menu action rose).
 */
const SERVICE_WEIGHT = 0.5;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)] as T;

function fillers(menu: Menu, moods: readonly Mood[]) {
  const items = menu.items.flatMap((i) => [i.name, ...i.aliases.slice(0, 2)]).map((s) => s.toLowerCase());
  const cats = menu.categories.flatMap((c) => [c.name, ...c.aliases.slice(0, 2)]).map((s) => s.toLowerCase());
  const opts = menu.optionGroups.flatMap((g) => g.choices.map((c) => c.name.toLowerCase()));
  const moodWords = moods.flatMap((m) => [m.name, ...m.aliases]).map((s) => s.toLowerCase());
  return { items, cats, opts, moods: moodWords.length > 0 ? moodWords : ['hungry'] };
}

const MEALS = ['breakfast', 'brunch', 'lunch', 'dinner', 'supper', 'a late snack'];
const DIETS = ['vegan', 'vegetarian', 'veggie', 'gluten free', 'halal', 'dairy free'];
const COUNTS = ['two', '3', 'a couple of', 'four', '2', 'one'];

function fill(template: string, f: ReturnType<typeof fillers>, r: () => number): string {
  return template
    .replace(/\{item\}/g, () => pick(f.items, r))
    .replace(/\{cat\}/g, () => pick(f.cats, r))
    .replace(/\{opt\}/g, () => pick(f.opts, r))
    .replace(/\{diet\}/g, () => pick(DIETS, r))
    .replace(/\{n\}/g, () => pick(COUNTS, r))
    .replace(/\{mood\}/g, () => pick(f.moods, r))
    .replace(/\{meal\}/g, () => pick(MEALS, r))
    .replace(/\{quality\}/g, () => pick(QUALITIES, r))
    .replace(/\{language\}/g, () => pick(LANGUAGES, r))
    .replace(/\{(day|money|people|event|group|pay)\}/g, (_m, k: keyof typeof SERVICE_FILLERS) =>
      pick(SERVICE_FILLERS[k], r),
    );
}

const words = (text: string, lexicon?: Lexicon) => {
  const tokens = normalize(text).tokens;
  if (!lexicon) return tokens.filter((t) => !t.punct || t.norm === '?').map((t) => t.norm);
  return scopeWords(tokens, segment(tokens, lexicon));
};

interface Row {
  features: string[];
  cls: ScopeClass;
}

function main(): void {
  const clinc = loadClinc();
  if (!clinc) throw new Error('CLINC150 train file not found: set MAITRE_CLINC_FILE');
  const venues = VENUES.map((v) => loadVenue(v));
  const lexicons = venues.map((v) => new Lexicon(v.menu, v.moods));
  const train: Row[] = [];
  const heldOut: Array<Row & { text: string }> = [];
  clinc.forEach((row, i) => {
    const cls = clincClass(row.clinc_intent, row.domain);
    if (cls === null) return;
    const lexicon = lexicons[i % lexicons.length];
    const r = { features: scopeFeatures(words(row.text, lexicon)), cls };
    if (isClincHeldOut(row.text)) heldOut.push({ ...r, text: row.text });
    else train.push(r);
  });
  const r = rng(7);
  // other domains' requests that mention a dish, a category or a meal in passing (scope-augment.ts)
  const ra = rng(11);
  clinc.forEach((row, i) => {
    if (clincClass(row.clinc_intent, row.domain) !== 'out_of_scope' || isClincHeldOut(row.text)) return;
    if (ra() >= MENU_MENTION_SHARE) return;
    const k = i % venues.length;
    const v = venues[k] as (typeof venues)[number];
    const text = fill(pick(MENU_MENTION_FRAMES, ra), fillers(v.menu, v.moods), ra).replace(
      '{text}',
      row.text.replace(/[.?!]+$/, ''),
    );
    train.push({ features: scopeFeatures(words(text, lexicons[k])), cls: 'out_of_scope' });
  });
  venues.forEach((v, k) => {
    const f = fillers(v.menu, v.moods);
    const lexicon = lexicons[k] as Lexicon;
    for (const [templates, cls, weight] of [
      [RESTAURANT_TEMPLATES, 'restaurant', 1],
      [SERVICE_TEMPLATES, 'restaurant', SERVICE_WEIGHT],
      [BOOKING_TEMPLATES, 'table_booking', 1],
      [ASSISTANT_REMARK_TEMPLATES, 'chitchat', 1],
      [WORD_TASK_TEMPLATES, 'out_of_scope', 1],
    ] as const) {
      for (const t of templates) {
        const n = Math.max(1, Math.round((t.includes('{') ? FILLS_PER_TEMPLATE : 2) * weight));
        for (let j = 0; j < n; j++)
          train.push({ features: scopeFeatures(words(fill(t, f, r), lexicon)), cls });
      }
    }
  });

  const net = new neural.NeuralNetwork({
    iterations: Number(process.env.TRAIN_ITERATIONS ?? 300),
    errorThresh: 1e-6,
    // a plateau is no stop: a run that stalled early (79 of 300 iterations) scored 4 points lower on held-out CLINC
    deltaErrorThresh: 0,
    log: false,
  });
  const started = Date.now();
  net.train(
    train.map((row) => ({
      input: Object.fromEntries(row.features.map((x) => [x, 1])),
      output: { [row.cls]: 1 },
    })),
  );
  const status = (net as unknown as { status: { iterations: number; error: number } }).status;
  const json = net.toJSON();
  const model = compact(json, net.settings.alpha);
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);

  // Held-out report: CLINC rows never trained on
  const { classifyScope } = scopeRuntime(decodeScopeModel(model));
  const perClass = new Map<string, { n: number; ok: number }>();
  let ok = 0;
  for (const row of heldOut) {
    const got = classifyScope(row.features)[0]?.cls;
    const c = perClass.get(row.cls) ?? { n: 0, ok: 0 };
    c.n++;
    if (got === row.cls) {
      c.ok++;
      ok++;
    }
    perClass.set(row.cls, c);
  }
  const lines = [
    `trained on ${train.length} rows (${clinc.length} CLINC rows read) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${status.iterations} iterations, error ${status.error.toExponential(2)}`,
    `model: ${model.features.split('\n').length} features × ${model.classes.length} classes, ${JSON.stringify(model).length} bytes → ${OUT}`,
    `held-out CLINC accuracy: ${((ok / heldOut.length) * 100).toFixed(1)}% of ${heldOut.length}`,
    ...[...perClass].map(
      ([cls, c]) => `  ${cls.padEnd(14)} ${c.ok}/${c.n} ${((c.ok / c.n) * 100).toFixed(1)}%`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Keeps features that move some class; weights quantised to int16 (scope-model.ts). */
function compact(json: NeuralJson, alpha: number): ScopeModelFile {
  const classes = json.intents as ScopeClass[];
  for (const c of classes) if (!SCOPE_CLASSES.includes(c)) throw new Error(`unknown class ${c}`);
  const keep: number[] = [];
  json.features.forEach((_f, i) => {
    if (json.perceptrons.some((p) => Math.abs(p[i] ?? 0) >= 0.01)) keep.push(i);
  });
  return encodeScopeModel({
    alpha,
    classes,
    features: keep.map((i) => json.features[i] as string),
    weights: json.perceptrons.map((p) => keep.map((i) => p[i] ?? 0)),
    bias: json.perceptrons.map((p) => p[p.length - 1] ?? 0),
  });
}

main();
