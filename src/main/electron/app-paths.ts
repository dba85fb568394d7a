import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Data directory: WORKORDER_DESK_DATA_DIR when set (tests, portable use), else Electron's userData. */
export function dataDirFrom(env: NodeJS.ProcessEnv, userData: string): string {
  const override = env['WORKORDER_DESK_DATA_DIR']?.trim();
  return override ? path.resolve(override) : userData;
}

/**
 * What the window loads. The electron-vite dev server URL is honoured only in an unpackaged app and
 * only on loopback: the renderer gets the app API, so an environment variable must never be able to
 * point an installed app at some other page.
 */
export function rendererUrlFrom(options: { isPackaged: boolean; env: NodeJS.ProcessEnv; mainDir: string }): string {
  const dev = options.env['ELECTRON_RENDERER_URL'];
  if (!options.isPackaged && dev) {
    try {
      const url = new URL(dev);
      if (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return url.href;
    } catch {
      // fall through to the built renderer
    }
  }
  return pathToFileURL(path.join(options.mainDir, '../renderer/index.html')).href;
}

/** Icons live in resources/: next to the app in development, in the package's resources when installed. */
export function resourcesDirFrom(options: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return options.isPackaged ? path.join(options.resourcesPath, 'resources') : path.join(options.appPath, 'resources');
}
