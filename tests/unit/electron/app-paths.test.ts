import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFrom, rendererUrlFrom, resourcesDirFrom } from '../../../src/main/electron/app-paths';

describe('app paths', () => {
  it('uses WORKORDER_DESK_DATA_DIR over userData', () => {
    expect(dataDirFrom({ WORKORDER_DESK_DATA_DIR: '/tmp/wd' }, '/home/u/.config/wd')).toBe(path.resolve('/tmp/wd'));
    expect(dataDirFrom({ WORKORDER_DESK_DATA_DIR: '  ' }, '/home/u/.config/wd')).toBe('/home/u/.config/wd');
    expect(dataDirFrom({}, '/home/u/.config/wd')).toBe('/home/u/.config/wd');
  });

  it('loads the built renderer next to main', () => {
    expect(rendererUrlFrom({ isPackaged: true, env: {}, mainDir: '/app/out/main' })).toBe(
      'file:///app/out/renderer/index.html',
    );
  });

  it('honours the dev server URL only unpackaged and only on loopback', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(rendererUrlFrom({ isPackaged: false, env, mainDir: '/app/out/main' })).toBe('http://localhost:5173/');
    expect(rendererUrlFrom({ isPackaged: true, env, mainDir: '/app/out/main' })).toMatch(/^file:/);
    for (const url of ['https://evil.example/', 'http://10.0.0.1:5173/', 'nonsense']) {
      expect(rendererUrlFrom({ isPackaged: false, env: { ELECTRON_RENDERER_URL: url }, mainDir: '/a/m' })).toMatch(
        /^file:/,
      );
    }
  });

  it('finds resources beside the app in development and in the package when installed', () => {
    expect(resourcesDirFrom({ isPackaged: false, resourcesPath: '/r', appPath: '/src' })).toBe('/src/resources');
    expect(resourcesDirFrom({ isPackaged: true, resourcesPath: '/r', appPath: '/r/app.asar' })).toBe('/r/resources');
  });
});
