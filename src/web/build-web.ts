import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { renderPageHtml, type WebPageOptions } from './page-html.ts';

export interface WebAssets {
  html: string;
  js: string;
  css: string;
  /** Content hashes, used for cache busting (`/app.js?v=<hash>`) and ETags. */
  jsHash: string;
  cssHash: string;
}

const CLIENT_ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const STYLES = fileURLToPath(new URL('./client/styles.css', import.meta.url));

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

let bundled: Promise<{ js: string; css: string }> | undefined;

async function bundle(): Promise<{ js: string; css: string }> {
  const [script, styles] = await Promise.all([
    build({
      entryPoints: [CLIENT_ENTRY],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: ['es2022'],
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    }),
    readFile(STYLES, 'utf8').then((css) =>
      transform(css, { loader: 'css', minify: true, target: ['chrome100', 'safari15'] }),
    ),
  ]);
  const js = script.outputFiles[0]?.text;
  if (js === undefined) throw new Error('esbuild produced no output for the web chat');
  return { js, css: styles.code };
}

/**
 * Bundles the web chat in memory (esbuild, no files written): the page's HTML, its script and its
 * styles. The bundle is built once per process (about 100 ms) and shared; the HTML is rendered per call.
 */
export async function buildWebAssets(options: WebPageOptions = {}): Promise<WebAssets> {
  bundled ??= bundle().catch((error: unknown) => {
    bundled = undefined;
    throw error;
  });
  const { js, css } = await bundled;
  const jsHash = hash(js);
  const cssHash = hash(css);
  const html = renderPageHtml({ ...options, jsHref: `app.js?v=${jsHash}`, cssHref: `app.css?v=${cssHash}` });
  return { html, js, css, jsHash, cssHash };
}
