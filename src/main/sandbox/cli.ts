import { parseCliArgs, USAGE, UsageError } from './cli-args.js';
import { startSandbox, type Sandbox } from './sandbox.js';

/*
 * `npm run sandbox -- …` (architecture §4): prints exactly one JSON line with the endpoint and key on
 * stdout; everything else goes to stderr. Exit codes: 0 after SIGTERM/SIGINT, 1 when it cannot start,
 * 2 for bad flags.
 */

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    process.exit(0);
  }
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sandbox: ${error.message} (see --help)\n`);
      process.exit(2);
    }
    throw error;
  }

  let sandbox: Sandbox | null = null;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    // Finish the write in progress and write the final state, then leave.
    const closing = sandbox ? sandbox.close() : Promise.resolve();
    closing.then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`sandbox: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  try {
    sandbox = await startSandbox(options);
  } catch (error) {
    process.stderr.write(`sandbox: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  if (stopping) {
    await sandbox.close();
    process.exit(0);
  }
  const { endpoint, accessKeyId, accessKeySecret } = sandbox;
  process.stdout.write(JSON.stringify({ endpoint, accessKeyId, accessKeySecret }) + '\n');
}

void main();
