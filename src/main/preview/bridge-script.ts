import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transformWithOxc } from 'vite';
import type { PreviewBridgeConfig } from './bridge-client';

const CLIENT_FILE = fileURLToPath(new URL('./bridge-client.ts', import.meta.url));

let compiled: Promise<string> | undefined;

/** bridge-client.ts with its types stripped; compiled once per process. */
function compileClient(): Promise<string> {
  compiled ??= (async () => {
    const source = await readFile(CLIENT_FILE, 'utf8');
    const { code } = await transformWithOxc(source, CLIENT_FILE, { lang: 'ts', target: 'es2022' });
    // The page loads this file on its own, so a runtime import could never resolve there.
    if (/^\s*import\s/m.test(code)) throw new Error('bridge-client.ts must only have type imports');
    return code;
  })();
  compiled.catch(() => (compiled = undefined));
  return compiled;
}

/** The module script the preview serves at /__preview/bridge.js: the client plus its start call. */
export async function bridgeScript(config: PreviewBridgeConfig): Promise<string> {
  return `${await compileClient()}\ninstallPreviewBridge(${JSON.stringify(config)});\n`;
}
