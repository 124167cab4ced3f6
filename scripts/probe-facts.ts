import { readFileSync } from 'node:fs';
import { generateCommands } from '../src/core/commands/generate-commands.ts';
import { createDialogConfig } from '../src/core/config/dialog-config.ts';
import { createSessionState } from '../src/core/state/session-state.ts';
import { createUnderstanding } from '../src/core/understand/index.ts';
import { loadVenue } from '../src/domain/index.ts';

const file = process.argv[2] ?? '/tmp/kfacts/phr.txt';
const venues = new Map<string, ReturnType<typeof loadVenue>>();
const unds = new Map<string, ReturnType<typeof createUnderstanding>>();
const config = createDialogConfig();
let bad = 0;
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const [v, q] = line.split('|') as [string, string];
  if (!venues.has(v)) {
    const venue = loadVenue(v);
    venues.set(v, venue);
    unds.set(v, createUnderstanding(venue.menu, venue.moods, venue.documents));
  }
  const venue = venues.get(v)!;
  const parse = unds.get(v)!.parse(q);
  const state = createSessionState({
    sessionId: 's',
    venueId: venue.id,
    now: new Date(0).toISOString(),
  } as never);
  const cmds = generateCommands(parse, state, venue, config).map((c) => c.type);
  const ok = parse.intents[0]?.intent === 'faq' && cmds.includes('ask_knowledge');
  if (!ok) bad++;
  console.log(
    `${ok ? 'ok ' : 'BAD'} ${v} | ${q} => ${parse.intents.map((i) => `${i.intent}:${i.confidence}`).join(',')} [${cmds.join(',')}]`,
  );
}
console.log(`bad: ${bad}`);
