import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs the real CLI in a child process (node + tsx loader), as `npm run sandbox` does. */
const CLI = fileURLToPath(new URL('../../../src/main/sandbox/cli.ts', import.meta.url));

export interface CliHandle {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function runCli(args: string[]): CliHandle {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

export interface Started {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** Waits for the one JSON line; rejects with stderr if the process exits first. */
export async function started(handle: CliHandle, timeoutMs = 15_000): Promise<Started> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const line = handle.stdout().split('\n')[0];
    if (handle.stdout().includes('\n') && line) return JSON.parse(line) as Started;
    if (handle.child.exitCode !== null) throw new Error(`sandbox exited ${handle.child.exitCode}: ${handle.stderr()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`sandbox did not start: ${handle.stderr()}`);
}
