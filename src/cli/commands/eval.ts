import type { Command } from 'commander';
import { clincFalseActions, loadClinc, sampleClinc } from '../../../eval/clinc.ts';
import { loadCases, runCases, summarize, UTTERANCES_FILE } from '../../../eval/run-utterances.ts';
import { createUnderstanding } from '../../core/understand/index.ts';
import { loadVenue } from '../../domain/index.ts';

interface EvalOptions {
  file: string;
  failures?: boolean;
  clinc: boolean;
  clincSample: string;
  json?: boolean;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `maitre eval` (`npm run eval`): accuracy of understanding on the utterance set and on CLINC150. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Evaluate understanding: accuracy per intent, exact order lines, CLINC150 false-action rate')
    .option('--file <path>', 'utterance set (YAML)', UTTERANCES_FILE)
    .option('--failures', 'list every case that does not match exactly')
    .option('--no-clinc', 'skip the CLINC150 out-of-scope run')
    .option('--clinc-sample <n>', 'CLINC150 utterances to run (0 = all)', '0')
    .option('--json', 'print the summary as JSON')
    .action((options: EvalOptions) => {
      const results = runCases(loadCases(options.file));
      const summary = summarize(results);
      const clinc = options.clinc ? clincSummary(Number(options.clincSample)) : undefined;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, clinc }, null, 2)}\n`);
        return;
      }
      const out: string[] = [
        `Utterances: ${summary.cases} (${options.file})`,
        '',
        'Intent accuracy per intent:',
      ];
      for (const p of summary.perIntent)
        out.push(
          `  ${p.intent.padEnd(15)} ${String(p.correct).padStart(3)}/${String(p.cases).padEnd(3)} ${pct(p.accuracy)}`,
        );
      out.push(
        '',
        `Overall intent accuracy:     ${pct(summary.intentAccuracy)}`,
        `Order lines exact match:     ${pct(summary.lineExactMatch)} of ${summary.lineCases} cases with lines`,
        `Whole parse exact match:     ${pct(summary.exactMatch)}`,
        `Issue examples exact:        ${pct(summary.issueExact)} of ${summary.issueCases}`,
      );
      if (clinc === undefined) out.push('', 'CLINC150: skipped');
      else if (clinc === null) out.push('', 'CLINC150: data set not found (set MAITRE_CLINC_FILE)');
      else
        for (const c of clinc)
          out.push(
            `CLINC150 false actions (${c.venue}): ${c.falseActions}/${c.unrelated} unrelated requests = ${(c.falseActionRate * 100).toFixed(2)}%`,
          );
      if (options.failures) {
        out.push('', 'Failures:');
        for (const r of results.filter((x) => !x.exact))
          out.push(`  [${r.case.venue}] ${r.case.text}`, ...r.problems.map((p) => `      ${p}`));
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}

function clincSummary(sample: number) {
  const rows = loadClinc();
  if (!rows) return null;
  const picked = sample > 0 ? sampleClinc(rows, sample) : rows;
  return ['spice-route', 'pizzeria'].map((name) => {
    const venue = loadVenue(name);
    const report = clincFalseActions(createUnderstanding(venue.menu, venue.moods, venue.documents), picked);
    return {
      venue: name,
      unrelated: report.unrelated,
      falseActions: report.falseActions,
      falseActionRate: report.falseActionRate,
    };
  });
}
