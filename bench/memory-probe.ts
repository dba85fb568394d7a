// Child process: opens the core on a synced 10,000-ticket cache, exercises it, and reports the
// resident set size — the core's own memory, without the sandbox or the benchmark's data.
import { must } from './lib/core-session';
import { openCachedCore, SEARCHES } from './sections/core-queries';

const [dataDir, accountId, secret] = process.argv.slice(2);
if (!dataDir || !accountId || !secret) {
  console.error('usage: memory-probe.ts DATA_DIR ACCOUNT_ID SECRET');
  process.exit(2);
}
const core = await openCachedCore(dataDir, accountId, secret);
for (let i = 0; i < 20; i++) {
  await must(core.handle('tickets.list', { limit: 100, offset: i * 500 }));
  for (const s of SEARCHES) await must(core.handle('tickets.list', { query: s.query, limit: 50 }));
}
await must(core.handle('tickets.counts', {}));
await new Promise((r) => setTimeout(r, 1000));
const { rss, heapUsed } = process.memoryUsage();
console.log(JSON.stringify({ rssMb: Math.round(rss / 2 ** 20), heapMb: Math.round(heapUsed / 2 ** 20) }));
await core.close();
process.exit(0);
