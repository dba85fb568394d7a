// Runs Electronegativity (Doyensec's Electron security scanner) over src/ and fails on any HIGH
// finding; MEDIUM and LOW findings are listed for review. Offline it still works: its look-ups of
// translations and Electron releases time out (about 10 s) and the checks run regardless.
// src/ is scanned rather than out/: the scanner ignores .cjs files, which is all the main bundle is.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const { bin } = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const cli = path.join(pkgDir, typeof bin === 'string' ? bin : Object.values(bin)[0]);
const electronVersion = require('electron/package.json').version;
const csv = path.join(tmpdir(), `electronegativity-${process.pid}.csv`);

const run = spawnSync(process.execPath, [cli, '-i', 'src', '-e', electronVersion, '-r', '-o', csv], {
  cwd: root,
  encoding: 'utf8',
});
let text;
try {
  text = readFileSync(csv, 'utf8');
} catch {
  console.error(`electronegativity did not produce a report (rc ${run.status}):\n${run.stderr}`);
  process.exit(1);
} finally {
  rmSync(csv, { force: true });
}

/** Splits one CSV record; fields may be quoted and contain commas. */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

const findings = text
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map(fields)
  .map(([issue, severity, confidence, file, location]) => ({ issue, severity, confidence, file, location }));
const bySeverity = (s) => findings.filter((f) => f.severity === s);
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location} (${f.confidence})`);
const high = bySeverity('HIGH');
console.log(
  `electronegativity (Electron ${electronVersion}): ${high.length} high, ` +
    `${bySeverity('MEDIUM').length} medium, ${bySeverity('LOW').length} low, ` +
    `${bySeverity('INFORMATIONAL').length} informational`,
);
process.exit(high.length > 0 ? 1 : 0);
