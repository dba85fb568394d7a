// `npm run bench`: measures what architecture §6 promises, beside a naive client, and writes
// bench/results.json plus bench/results.md. `--quick` runs a smaller version for a smoke check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { machineInfo } from './lib/machine';
import { toMarkdown, verdict, type ResultLine } from './lib/results';
import { startSandboxProcess } from './lib/sandbox-process';
import { connectPreviewSocket } from './lib/ws-invoker';
import { fillNotes, measureColdOpen, measureQueries } from './sections/core-queries';
import { measureFaultRun } from './sections/faults';
import { measureRenderer } from './sections/renderer';
import { measureSyncCost } from './sections/sync-cost';
import { startPreview } from '../src/main/preview/preview';
import { createSessionOnlyStore } from '../src/main/core/credentials/session-only-store';

const ROOT = path.resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const sizes = quick ? [1000] : [1000, 10_000];
const runs = quick ? 30 : 200;
const lines: ResultLine[] = [];
const began = performance.now();
const scratch = mkdtempSync(path.join(tmpdir(), 'wd-bench-'));
const log = (message: string) => console.error(`[bench ${Math.round((performance.now() - began) / 1000)}s] ${message}`);

try {
  log('building the app (electron-vite build)');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });

  for (const n of sizes) {
    log(`sandbox with ${n} tickets`);
    const sandbox = await startSandboxProcess(['--seed', `load:${n}`]);
    const dataDir = path.join(scratch, `data-${n}`);
    try {
      const sync = await measureSyncCost(n, sandbox, dataDir, { measureQuietReply: n <= 1000 });
      lines.push(...sync.lines);
      log(`synced ${n}: ${sync.lines.map((l) => `${l.id}=${l.value}`).join(' ')}`);
      if (n !== sizes[sizes.length - 1]) {
        await sync.session.core.close();
        continue;
      }
      const label = `${n.toLocaleString('en')} tickets`;
      await sync.session.core.close();
      const noteCount = fillNotes(dataDir, sync.session.accountId, sync.naive.notes);
      log(`cache filled with ${noteCount} notes`);
      const cold = await measureColdOpen(dataDir, sync.session.accountId, sandbox.accessKeySecret);
      lines.push({
        id: 'core.coldOpen',
        what: `cold open of the cache (${label}, ${noteCount} notes) → first page`,
        value: cold.ms,
        unit: 'ms',
      });
      lines.push(...(await measureQueries((c, r) => cold.core.handle(c, r), 'in-process', 'core', runs)));
      await cold.core.close();

      log('memory probe (child process)');
      const probe = JSON.parse(
        execFileSync(
          process.execPath,
          ['--import', 'tsx', 'bench/memory-probe.ts', dataDir, sync.session.accountId, sandbox.accessKeySecret],
          { cwd: ROOT },
        )
          .toString()
          .trim()
          .split('\n')
          .pop()!,
      ) as { rssMb: number; heapMb: number };
      lines.push({
        id: 'core.rss',
        what: `core resident memory, ${label} cached`,
        value: probe.rssMb,
        unit: 'MB',
        target: 150,
        note: `JS heap ${probe.heapMb} MB`,
      });

      log('queries over the preview WebSocket');
      const credentials = createSessionOnlyStore();
      await credentials.set(sync.session.accountId, sandbox.accessKeySecret);
      const preview = await startPreview({ dataDir, credentials, demo: false });
      const socket = await connectPreviewSocket(preview.url);
      lines.push(...(await measureQueries(socket.invoke, 'preview WebSocket', 'ws', Math.min(runs, 100))));
      socket.close();
      await preview.close();

      log('renderer in Chromium');
      lines.push(
        ...(await measureRenderer(dataDir, sync.session.accountId, sandbox.accessKeySecret, quick ? 3 : 7, label)),
      );
    } finally {
      await sandbox.stop();
    }
  }

  log('fault run');
  const faultSandbox = await startSandboxProcess(['--seed', 'load:300']);
  try {
    lines.push(...(await measureFaultRun(faultSandbox, path.join(scratch, 'faults'), 8 * 60_000)));
  } finally {
    await faultSandbox.stop();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const results = {
  generatedAt: new Date().toISOString(),
  quick,
  durationSec: Math.round((performance.now() - began) / 1000),
  machine: machineInfo(),
  lines: lines.map((l) => ({ ...l, verdict: verdict(l) })),
};
const table = toMarkdown(lines);
if (!quick) {
  writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(
    path.join(ROOT, 'bench/results.md'),
    `# Benchmark results\n\n${results.generatedAt}, ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, ${results.durationSec} s\n\n${table}\n`,
  );
}
console.log(table);
const misses = results.lines.filter((l) => l.verdict === 'miss');
log(
  `done in ${results.durationSec} s; ${misses.length} target(s) missed${misses.length ? ': ' + misses.map((m) => m.id).join(', ') : ''}`,
);
