// Runs Electronegativity (Doyensec's Electron security scanner) over src/ and fails on any HIGH
// finding; MEDIUM and LOW findings are listed for review. Offline it still works: its look-ups of
// translations and Electron releases time out (about 10 s) and the checks run regardless.
// src/ is scanned rather than out/: the scanner ignores .cjs files, which is all the main bundle is.
//
// The scanner runs through its library API, not its CLI: the CLI writes the CSV header and the rows
// with two concurrent fs.writeFile calls, so the header sometimes overwrites the first finding and
// the report comes back short or garbled (seen in CI as a crash and as a finding gone missing).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// The package's main module is the scanner function itself (babel add-module-exports).
const runElectronegativity = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

const result = await runElectronegativity({
  input: path.join(root, 'src'),
  output: undefined,
  isSarif: false,
  customScan: [],
  excludeFromScan: [],
  isRelative: true,
  isVerbose: false,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});

if (result.errors.length > 0) {
  // A file the scanner could not parse is a file it did not check.
  console.error(`electronegativity: ${result.errors.length} file(s) could not be scanned:`);
  for (const e of result.errors) console.error(`  ${e.file}: ${e.message ?? e.error ?? JSON.stringify(e)}`);
  process.exit(1);
}
const findings = result.issues.map((i) => ({
  issue: i.id,
  severity: i.severity.name,
  confidence: i.confidence.name,
  file: i.file,
  location: `${i.location.line}:${i.location.column}`,
}));
const bySeverity = (s) => findings.filter((f) => f.severity === s);
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location} (${f.confidence})`);
const high = bySeverity('HIGH');
console.log(
  `electronegativity (Electron ${electronVersion}): ${high.length} high, ` +
    `${bySeverity('MEDIUM').length} medium, ${bySeverity('LOW').length} low, ` +
    `${bySeverity('INFORMATIONAL').length} informational`,
);
process.exit(high.length > 0 ? 1 : 0);
