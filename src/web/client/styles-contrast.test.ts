import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root` block after `marker` (light: top of file; dark: the media query). */
function palette(from: number): Record<string, string> {
  const start = css.indexOf(':root', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on background colour, as the stylesheet pairs them. */
const PAIRS: Array<[string, string]> = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['accent', 'surface'],
  ['accent', 'bg'],
  ['accent-text', 'accent'],
  ['accent', 'accent-soft'],
  ['user-text', 'user'],
  ['diet', 'diet-bg'],
  ['allergen', 'allergen-bg'],
  ['spice', 'spice-bg'],
  ['notice-text', 'notice-bg'],
  ['danger-text', 'danger-bg'],
];

describe('styles.css colour contrast (WCAG AA, 4.5:1 for text)', () => {
  for (const [scheme, from] of [
    ['light', 0],
    ['dark', css.indexOf('prefers-color-scheme: dark')],
  ] as const) {
    it(`${scheme} scheme`, () => {
      const colours = palette(from);
      const failing = PAIRS.map(([fg, bg]) => ({
        fg,
        bg,
        ratio: contrast(colours[fg]!, colours[bg]!),
      })).filter((p) => !(p.ratio >= 4.5));
      expect(failing).toEqual([]);
    });
  }
});
