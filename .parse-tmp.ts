import { createUnderstanding } from './src/core/understand/index.ts';
import { loadVenue } from './src/domain/load-venue.ts';

const [venueName, cartArg, ...msgs] = process.argv.slice(2);
const venue = loadVenue(venueName!);
const u = createUnderstanding(venue.menu, venue.moods, venue.documents);
for (const m of msgs) {
  const p = u.parse(m, { cart: cartArg ? cartArg.split(',') : [] });
  console.log('>>', m);
  console.log(
    '  intents',
    p.intents.map((i) => `${i.intent}:${i.confidence.toFixed(2)}`).join(' '),
    'q',
    p.quantity,
    'cat',
    p.filters.category,
  );
  for (const l of p.lines)
    console.log(
      '  line',
      l.action,
      l.itemId,
      l.quantity,
      l.quantityExplicit,
      l.span,
      'opts',
      l.options.map((o) => o.choice).join(','),
      'w/o',
      l.without.map((o) => o.choice).join(','),
    );
  console.log(
    '  free',
    (p.freeOptions ?? []).map((o) => `${o.group}:${o.choice}`).join(','),
    'freeW',
    (p.freeWithout ?? []).map((o) => o.choice).join(','),
    'refs',
    p.itemRefs.map((r) => r.itemId).join(','),
  );
}
