// Prints "N passed, N failed" from Vitest's JSON report. A run that ended before writing the report
// (a build error in global setup, say) counts as one failure, so CI never reads a silent green.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/results.json', exitStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  // Files that failed to load have no test results of their own: count each as a failure.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
}
if (Number(exitStatus) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
