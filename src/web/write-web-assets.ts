import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildWebAssets } from './build-web.ts';
import type { WebPageOptions } from './page-html.ts';

/** Writes the web chat as static files (index.html, app.js, app.css) for any static file server. */
export async function writeWebAssets(dir: string, options: WebPageOptions = {}): Promise<string[]> {
  const assets = await buildWebAssets(options);
  await mkdir(dir, { recursive: true });
  const files: Array<[string, string]> = [
    ['index.html', assets.html],
    ['app.js', assets.js],
    ['app.css', assets.css],
  ];
  await Promise.all(files.map(([name, body]) => writeFile(join(dir, name), body)));
  return files.map(([name]) => join(dir, name));
}
