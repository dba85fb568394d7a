import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';
import { writeFakeRenderer } from './fake-renderer';

const CLI = 'src/main/preview/cli.ts';

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('npm run preview:web', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let child: ChildProcess | undefined;

  beforeEach(() => {
    temp = makeTempDir('wd-preview-cli-');
  });
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    temp.cleanup();
  });

  it('prints exactly one JSON line with the URL, serves it, and exits 0 on SIGTERM', async () => {
    child = run(['--port', '0', '--data-dir', temp.dir, '--renderer-dir', writeFakeRenderer(temp.dir)]);
    const lines: string[] = [];
    const reader = createInterface({ input: child.stdout! });
    reader.on('line', (line) => lines.push(line));
    const [first] = (await once(reader, 'line')) as [string];
    const { url } = JSON.parse(first) as { url: string };
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}$/);
    expect((await fetch(url)).status).toBe(200);

    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(lines).toEqual([first]);
  });

  it('exits 2 with the usage for an unknown flag', async () => {
    child = run(['--colour', 'red']);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain('usage: preview:web');
  });
});
