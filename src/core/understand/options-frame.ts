import type { Token } from './normalize.ts';
import { PhraseSet } from './phrase-set.ts';

const words = (s: string) => new Set(s.split(/\s+/));

/** "what (else|extras|toppings …) can I …": the words allowed between the wh-word and its modal. */
const WH = words('what whats which');
const MODALS = words('can could may should');
const SUBJECTS = words('i we you u');
/** Verbs of choosing what goes on or with a dish ("what can I pick on …", "what can I add to …"). */
const CHOOSING = words(
  'choose pick select get add have put order swap switch change customize customise modify personalize personalise tweak',
);
const ON_DISH = words('on with in for to onto into');
/** Verbs that ask to make a dish one's own ("can I customise the omelet?", "can we tweak the latte"). */
const CUSTOMISING = words(
  'customize customise customizing customising modify personalize personalise tweak adjust alter change',
);
/** Words pointing at the dish, between the verb and the dish's name. */
const DETERMINERS = words('the a an my your this that these those');
/** Words that may close a customising question after the dish ("… the latte at all?", "… it please"). */
const CLOSERS = words('at all please pls any way somehow');

/**
 * Nouns that name a dish's choices in general, not one option group ("does the bowl come with
 * choices?", "any add-ons for the tacos?", "what extras for the burger"). Generic restaurant English.
 */
export const OPTION_NOUNS = new PhraseSet([
  'options',
  'choices',
  'add ons',
  'addons',
  'add on',
  'extras',
  'customizations',
  'customisations',
  'customization options',
  'modifications',
  'mods',
  'variations',
  'upgrades',
  'toppings',
]);

/** Where a dish's options are asked for: the frame's words and where its dish reference may start. */
export interface OptionsFrame {
  /** Token indexes of the frame's own words (never the dish's). */
  cue: readonly number[];
  /** Index of the first token after the frame (and its determiners): where the dish is named. */
  object: number;
  /** The frame asks to customise the dish itself ("can I modify the burger"), so nothing may follow it. */
  closed: boolean;
}

/**
 * Reads a question frame that asks which options a dish has, without naming one group: "what can I
 * choose on …", "what add-ons can I get with …", "can I customise …", "how could we modify …". The
 * caller checks that a dish (or a pronoun for the dish in focus) is at `object`, and for a `closed`
 * frame that nothing but closers follows it ("can I change the latte to oat milk" is a change). Pure.
 */
export function readOptionsFrame(tokens: readonly Token[]): OptionsFrame | undefined {
  const n = tokens.length;
  const norm = (i: number) => tokens[i]?.norm ?? '';
  const skipDeterminers = (i: number) => {
    let k = i;
    while (k < n && DETERMINERS.has(norm(k))) k++;
    return k;
  };
  for (let i = 0; i < n; i++) {
    // "what [else|toppings|add ons] can I choose|get|add on|with|for …"
    if (WH.has(norm(i))) {
      for (let gap = 0; gap <= 2; gap++) {
        const m = i + 1 + gap;
        // "what can I …", "what is there to …", "what's there to …"
        const there = norm(m) === 'there' ? m : norm(m + 1) === 'there' && norm(m) === 'is' ? m + 1 : -1;
        let v: number;
        if (there > 0 && norm(there + 1) === 'to') v = there + 2;
        else if (MODALS.has(norm(m)) && SUBJECTS.has(norm(m + 1))) v = m + 2;
        else continue;
        if (norm(v) === 'also' || norm(v) === 'even') v++;
        if (!CHOOSING.has(norm(v)) || !ON_DISH.has(norm(v + 1))) break;
        const cue = range(i, v + 2);
        return { cue, object: skipDeterminers(v + 2), closed: false };
      }
    }
    // "can I customise …", "how would we modify …", "is it possible to tweak …"
    if (
      MODALS.has(norm(i)) ||
      norm(i) === 'do' ||
      norm(i) === 'would' ||
      (norm(i) === 'to' && norm(i - 1) === 'possible')
    ) {
      const s = norm(i) === 'to' ? i : i + 1;
      const v = norm(i) === 'to' ? i + 1 : SUBJECTS.has(norm(s)) ? s + 1 : -1;
      if (v > 0 && CUSTOMISING.has(norm(v))) {
        const at = norm(v + 1) === 'up' ? v + 2 : v + 1;
        return { cue: range(i, at), object: skipDeterminers(at), closed: true };
      }
    }
  }
  return undefined;
}

/** Whether only closing words and punctuation follow token `from` ("… the latte at all?"). */
export function onlyClosersFrom(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.punct && !CLOSERS.has(t.norm)) return false;
  }
  return true;
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);
