import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Venue } from '../domain/venue.ts';
import { writeWebAssets } from '../web/write-web-assets.ts';

/** Builds the web chat (esbuild) into a fresh temp folder titled for the venue; the bot serves it at `/`. */
export async function prepareWebRoot(venue: Venue): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-web-'));
  await writeWebAssets(dir, { title: venue.menu.venue.name });
  return dir;
}
