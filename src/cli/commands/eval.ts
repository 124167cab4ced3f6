import type { Command } from 'commander';
import { buildEvalReport, UNTUNED_UTTERANCES_FILE } from '../../../eval/eval-report.ts';
import { evalReportJson, formatEvalReport } from '../../../eval/format-eval-report.ts';
import { UTTERANCES_FILE } from '../../../eval/run-utterances.ts';

interface EvalOptions {
  file: string;
  untunedFile: string;
  failures?: boolean;
  heldOutFailures?: boolean;
  clinc: boolean;
  knowledge: boolean;
  promptTokens: boolean;
  clincSample: string;
  json?: boolean;
}

/**
 * `maitre eval` (`npm run eval`): intent accuracy on the tuned and untuned sets, small talk and control,
 * CLINC150 (tuned and held-out parts), whole-order exact match per venue and one line per fault kind.
 */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description(
      'Evaluate understanding on tuned and held-out sets: intents, small talk, out-of-scope actions, orders per venue, fault kinds',
    )
    .option('--file <path>', 'tuned utterance set (YAML)', UTTERANCES_FILE)
    .option('--untuned-file <path>', 'held-out utterance set (YAML)', UNTUNED_UTTERANCES_FILE)
    .option('--failures', 'list the failing cases of the tuned parts')
    .option(
      '--held-out-failures',
      'list the failing cases of the held-out parts (to report, never to tune on)',
    )
    .option('--no-clinc', 'skip the CLINC150 parts')
    .option('--no-knowledge', 'skip the knowledge parts (retrieval and answers)')
    .option(
      '--no-prompt-tokens',
      'skip the model prompt size (median prompt tokens against the whole-menu baseline)',
    )
    .option('--clinc-sample <n>', 'CLINC150 utterances to run before the split (0 = all)', '0')
    .option('--json', 'print the summary as JSON')
    .action(async (options: EvalOptions) => {
      const report = await buildEvalReport({
        tunedFile: options.file,
        untunedFile: options.untunedFile,
        clinc: options.clinc,
        knowledge: options.knowledge,
        promptTokens: options.promptTokens,
        clincSample: Number(options.clincSample),
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(evalReportJson(report), null, 2)}\n`);
        return;
      }
      process.stdout.write(
        formatEvalReport(report, {
          failures: options.failures ?? false,
          heldOutFailures: options.heldOutFailures ?? false,
        }),
      );
    });
}
