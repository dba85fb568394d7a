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
    // It is served as a classic script, where `export` is a syntax error.
    if (/^export (?!(?:async )?function )/m.test(code)) throw new Error('bridge-client.ts may only export functions');
    return code;
  })();
  compiled.catch(() => (compiled = undefined));
  return compiled;
}

/**
 * The classic script the preview serves at /__preview/bridge.js: the client plus its start call,
 * wrapped so that none of its names become globals. Classic rather than module: it runs the moment
 * it arrives, so the socket connects while the app bundle is still downloading.
 */
export async function bridgeScript(config: PreviewBridgeConfig): Promise<string> {
  const body = (await compileClient()).replace(/^export (?=(?:async )?function )/gm, '');
  return `(() => {\n'use strict';\n${body}\ninstallPreviewBridge(${JSON.stringify(config)});\n})();\n`;
}
