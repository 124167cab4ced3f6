#!/usr/bin/env node
// `npm audit --omit=dev` with a threshold (high), for CI. Exit 1 when a production dependency has a
// known vulnerability of severity high or critical. When the registry's audit endpoint cannot be used
// (no network, or a registry mirror that does not implement /-/npm/v1/security/advisories/bulk, as on
// the project's own CI machine, which answers 405), it prints one line saying the audit was NOT run and
// exits 0, unless MAITRE_AUDIT_STRICT=1 (the public forge's workflow sets it), where that is a failure
// too. docs/security.md explains the choice.
import { spawnSync } from 'node:child_process';

const LEVELS = ['info', 'low', 'moderate', 'high', 'critical'];
const threshold = process.env.MAITRE_AUDIT_LEVEL ?? 'high';
const strict = process.env.MAITRE_AUDIT_STRICT === '1';
const failing = LEVELS.slice(LEVELS.indexOf(threshold));

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}

const counts = report?.metadata?.vulnerabilities;
if (counts && typeof counts === 'object') {
  const bad = failing.reduce((sum, level) => sum + (counts[level] ?? 0), 0);
  const summary = LEVELS.map((level) => `${level} ${counts[level] ?? 0}`).join(', ');
  if (bad > 0) {
    console.log(`npm audit: ${bad} production vulnerabilities at ${threshold} or above (${summary})`);
    for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
      if (failing.includes(v.severity)) console.log(`  ${name} ${v.range ?? ''} ${v.severity}`);
    }
    console.log(
      'Fix with `npm audit fix --omit=dev` or pin a patched version, then commit package-lock.json.',
    );
    process.exit(1);
  }
  console.log(`npm audit: no production vulnerability at ${threshold} or above (${summary})`);
  process.exit(0);
}

const why =
  report?.message ??
  report?.error?.summary ??
  (run.error ? String(run.error.message) : run.stderr.trim().split('\n').at(-1));
const line = `npm audit: NOT RUN, the registry's audit endpoint could not be used (${why || 'no answer'})`;
if (strict) {
  console.log(`${line}; MAITRE_AUDIT_STRICT=1 makes this a failure`);
  process.exit(1);
}
console.log(`${line}; not a failure here (set MAITRE_AUDIT_STRICT=1 to make it one)`);
