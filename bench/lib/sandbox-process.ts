import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';

export interface SandboxProcess {
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** GET /_sandbox/requests?since=N — the server's own count of API calls. */
  requests(since?: number): Promise<{ next: number; requests: { action: string; httpStatus: number; code: string }[] }>;
  control(method: 'GET' | 'POST' | 'DELETE', route: string, body?: unknown): Promise<unknown>;
  stop(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The sandbox runs in its own process, as in real use the server is not in the client's memory:
 * resident-memory figures then describe the core alone.
 */
export async function startSandboxProcess(args: string[]): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/sandbox/cli.ts', '--port', '0', ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (l) => {
      rl.close();
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited early with code ${code}`)));
  });
  const info = JSON.parse(line) as { endpoint: string; accessKeyId: string; accessKeySecret: string };

  async function control(method: string, route: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${info.endpoint}/_sandbox/${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox ${method} ${route} → ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  return {
    ...info,
    control,
    requests: async (since = 0) =>
      (await control('GET', `requests?since=${since}`)) as Awaited<ReturnType<SandboxProcess['requests']>>,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Calls per action between two points of the request log. */
export async function callsSince(
  sandbox: SandboxProcess,
  since: number,
): Promise<{ next: number; byAction: Record<string, number>; total: number }> {
  const { next, requests } = await sandbox.requests(since);
  const byAction: Record<string, number> = {};
  for (const r of requests) byAction[r.action] = (byAction[r.action] ?? 0) + 1;
  return { next, byAction, total: requests.length };
}
