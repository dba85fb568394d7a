import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/main/core/ports';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  restoreWindowState,
  windowStateFile,
} from '../../../src/main/electron/window-state';
import { makeTempDir } from '../../helpers/temp-dir';

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('restoreWindowState', () => {
  it('keeps a saved window that is on screen', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true };
    expect(restoreWindowState(saved, screen)).toEqual(saved);
  });

  it('drops the position when the window would be off every screen (monitor unplugged)', () => {
    const saved = { bounds: { x: 2500, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, screen)).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false });
  });

  it('clamps sizes between the minimum and the largest screen', () => {
    const tiny = restoreWindowState({ bounds: { x: 0, y: 0, width: 10, height: 10 } }, screen);
    expect(tiny.bounds).toMatchObject({ width: 880, height: 560 });
    const huge = restoreWindowState({ bounds: { width: 9000, height: 9000 } }, screen);
    expect(huge.bounds).toEqual({ width: 1920, height: 1040 });
  });

  it('falls back to defaults for garbage', () => {
    for (const raw of [null, 'x', { bounds: { width: 'a', height: 2 } }, { bounds: { width: NaN, height: 600 } }]) {
      expect(restoreWindowState(raw, screen)).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('captures the normal bounds, not the maximized ones', () => {
    const state = captureWindowState({
      getNormalBounds: () => ({ x: 1, y: 2, width: 900, height: 600 }),
      isMaximized: () => true,
    });
    expect(state).toEqual({ bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true });
  });
});

describe('window state file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  it('round-trips through userData/window-state.json', async () => {
    const file = windowStateFile(path.join(temp.dir, 'window-state.json'), silentLogger);
    expect(await file.load(screen)).toEqual(DEFAULT_WINDOW_STATE);
    await file.save({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    expect(await file.load(screen)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
  });

  it('a window opened again (macOS dock) gets the state saved last, not the one from startup', async () => {
    const file = windowStateFile(path.join(temp.dir, 'window-state.json'), silentLogger);
    await file.load(screen);
    expect(file.latest(screen)).toEqual(DEFAULT_WINDOW_STATE);
    const saving = file.save({ bounds: { x: 5, y: 5, width: 900, height: 600 }, maximized: true });
    expect(file.latest(screen)).toEqual({ bounds: { x: 5, y: 5, width: 900, height: 600 }, maximized: true });
    expect(file.latest([{ x: 3000, y: 0, width: 1000, height: 800 }]).bounds).toEqual({ width: 900, height: 600 });
    await saving;
  });

  it('a corrupt file means defaults, not a crash', async () => {
    const name = path.join(temp.dir, 'window-state.json');
    writeFileSync(name, '{not json');
    expect(await windowStateFile(name, silentLogger).load(screen)).toEqual(DEFAULT_WINDOW_STATE);
  });
});
