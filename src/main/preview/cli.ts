// `npm run preview:web`: the whole app (real core, built renderer) in a browser, for development and
// tests where Electron cannot run. Prints one JSON line {"url": …} on stdout; logs go to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/ports';
import { parsePreviewArgs, USAGE } from './cli-args';
import { DEFAULT_RENDERER_DIR, startPreview } from './preview';

const stderrLogger: Logger = {
  info: () => {},
  warn: (message, detail) => console.error(`preview: ${message}`, detail ? JSON.stringify(detail) : ''),
  error: (message, detail) => console.error(`preview: ${message}`, detail ? JSON.stringify(detail) : ''),
};

/** Exit 2 for bad flags, 1 when the preview cannot start (the same codes as `npm run sandbox`). */
function fatal(message: string, code = 1): never {
  console.error(`preview:web: ${message}`);
  process.exit(code);
}

/** Builds the renderer once when there is no build output yet; stdout stays reserved for the URL line. */
function ensureRendererBuilt(): void {
  if (existsSync(path.join(DEFAULT_RENDERER_DIR, 'index.html'))) return;
  console.error('preview:web: no build in out/renderer, running `npx electron-vite build` first…');
  const build = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: path.resolve(DEFAULT_RENDERER_DIR, '../..'),
    stdio: ['ignore', 2, 2],
  });
  if (build.status !== 0 || !existsSync(path.join(DEFAULT_RENDERER_DIR, 'index.html'))) {
    fatal('the renderer build failed; run `npx electron-vite build` to see why.');
  }
}

async function main(): Promise<void> {
  let args;
  try {
    args = parsePreviewArgs(process.argv.slice(2));
  } catch (error) {
    fatal(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  if (args.rendererDir === undefined) ensureRendererBuilt();
  const preview = await startPreview({
    port: args.port,
    ...(args.rendererDir !== undefined ? { rendererDir: path.resolve(args.rendererDir) } : {}),
    ...(args.dataDir !== undefined ? { dataDir: path.resolve(args.dataDir) } : {}),
    credentials: args.credentials,
    // Pointed at an endpoint, the preview is for that API; otherwise "Try demo" starts the embedded sandbox.
    ...(args.endpoint !== undefined ? { demo: false as const } : {}),
    ...(args.endpoint !== undefined && args.accessKeyId !== undefined && args.accessKeySecret !== undefined
      ? { account: { endpoint: args.endpoint, accessKeyId: args.accessKeyId, accessKeySecret: args.accessKeySecret } }
      : {}),
    autoReplySeconds: args.autoReplySeconds,
    logger: stderrLogger,
  }).catch((error: unknown) => fatal(error instanceof Error ? error.message : String(error)));

  process.stdout.write(`${JSON.stringify({ url: preview.url })}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => fatal(`shutdown failed: ${String(error)}`),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
