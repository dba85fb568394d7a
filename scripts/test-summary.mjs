// Prints the closing line of `npm test`, "tests: N passed, N failed, N skipped", over the unit
// (vitest) and end-to-end (Playwright) JSON reports, so a reader — or CI — sees one total.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const unit = read('.tmp/test-reports/unit.json');
const e2e = read('.tmp/test-reports/e2e.json');
if (!unit) {
  console.error('test-summary: no unit test report in .tmp/test-reports/unit.json');
  process.exit(1);
}
let passed = unit.numPassedTests;
let failed = unit.numFailedTests;
let skipped = unit.numPendingTests + unit.numTodoTests;
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
