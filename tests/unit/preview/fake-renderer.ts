import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A minimal stand-in for out/renderer: an index.html whose module script is the "app bundle". */
export function writeFakeRenderer(dir: string): string {
  const root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    `<!doctype html><html><head>${realCspMeta()}<script type="module" crossorigin src="./assets/app.js"></script></head>` +
      '<body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(root, 'assets/app.js'), 'console.log("app");\n');
  return root;
}

/** The renderer's real CSP meta tag, so tests see what the preview does to the actual policy. */
function realCspMeta(): string {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/.exec(html)?.[0];
  if (!meta) throw new Error('src/renderer/index.html has no CSP meta tag');
  return meta;
}
