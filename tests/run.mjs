// `npm test`: every vitest suite (unit and end-to-end) in one run, then the plain summary line
// CI counts: "N passed, N failed" (", N skipped" only when something was skipped).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = join('tests', '.tmp', 'vitest.json');
mkdirSync(join('tests', '.tmp'), { recursive: true });
rmSync(out, { force: true });

// The end-to-end tests drive the built app, so build it first; a broken build is one failure.
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('the build failed; no test was run');
  console.log(`0 passed, ${1 + (Number(process.env.KANSLI_EXTRA_FAILED ?? 0) || 0)} failed`);
  process.exit(1);
}

const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});

let report;
try {
  report = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  console.error('vitest wrote no report (it crashed before running the tests)');
  console.log(`0 passed, ${1 + (Number(process.env.KANSLI_EXTRA_FAILED ?? 0) || 0)} failed`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + filesFailedWithoutTests(report);
// .ci/run counts a failed typecheck or lint as one failure each.
const extra = Number(process.env.KANSLI_EXTRA_FAILED ?? 0) || 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed + extra} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && failed + extra === 0 ? 0 : 1);

/** A file that failed to load (or whose hooks failed) counts once; a failed test is already counted. */
function filesFailedWithoutTests(r) {
  return (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
}
