// `npm start`: build, then run the desktop app. Where the Electron runtime is not installed (for
// example a machine that cannot download it), say so in one line and serve the same app through
// the web preview instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);

function electronBinary() {
  try {
    const pkgDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Where Electron keeps this app's userData, so the preview and the desktop app share one data dir. */
function defaultDataDir() {
  if (process.env.WORKORDER_DESK_DATA_DIR) return process.env.WORKORDER_DESK_DATA_DIR;
  const home = os.homedir();
  const appData =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, 'workorder-desk');
}

/** The app as a person uses it: their data dir and keychain, unless the flags say otherwise. */
function previewArgs() {
  const extra = [];
  if (!args.includes('--data-dir')) extra.push('--data-dir', defaultDataDir());
  if (!args.includes('--credentials')) extra.push('--credentials', 'keychain');
  return [...extra, ...args];
}

const run = (command, commandArgs) =>
  spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
let child;
let restoreNodeModules = false;
if (binary) {
  // better-sqlite3 is built for one ABI: Electron's to run the app, Node's for the tests. Build it
  // for Electron now and back for Node when the app exits, so `npm test` keeps working.
  if (!run('npx', ['electron-builder', 'install-app-deps'])) {
    console.error('Could not rebuild native modules for Electron (electron-builder install-app-deps failed).');
    process.exit(1);
  }
  restoreNodeModules = true;
  child = spawn(binary, ['.', ...args], { cwd: root, stdio: 'inherit' });
} else {
  console.log(
    'Electron runtime is not installed here; serving the app in your browser through the web preview instead.',
  );
  child = spawn('npx', ['tsx', 'src/main/preview/cli.ts', ...previewArgs()], { cwd: root, stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  if (restoreNodeModules && !run('npm', ['rebuild', 'better-sqlite3'])) {
    console.error('Rebuilding better-sqlite3 for Node failed; run `npm rebuild better-sqlite3` before the tests.');
  }
  process.exit(code ?? 0);
});
