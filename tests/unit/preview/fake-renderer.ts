import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A minimal stand-in for out/renderer: an index.html whose module script is the "app bundle". */
export function writeFakeRenderer(dir: string): string {
  const root = path.join(dir, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><script type="module" crossorigin src="./assets/app.js"></script></head>' +
      '<body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(root, 'assets/app.js'), 'console.log("app");\n');
  return root;
}
