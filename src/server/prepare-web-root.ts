import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Venue } from '../domain/venue.ts';
import { writeWebAssets } from '../web/write-web-assets.ts';

/**
 * Builds the web chat (esbuild) into a fresh temp folder titled for the venue; the bot serves it at `/`.
 * A failed build (e.g. dev dependencies not installed) is reported and the API still starts: the bot then
 * serves a placeholder page.
 */
export async function prepareWebRoot(venue: Venue): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'maitre-web-'));
  try {
    await writeWebAssets(dir, { title: venue.menu.venue.name });
  } catch (error) {
    process.stderr.write(
      `maitre: the web chat could not be built (${(error as Error).message}); serving the API only\n`,
    );
  }
  return dir;
}
