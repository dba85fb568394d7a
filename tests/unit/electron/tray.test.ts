import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrayAction, TrayState } from '../../../src/main/electron/tray-menu';

// A test double for the parts of `electron` the tray uses; the instances are inspected below.
const electron = vi.hoisted(() => {
  class FakeTray {
    static last: FakeTray | undefined;
    image: unknown;
    menu: unknown;
    tooltip = '';
    title: string | undefined;
    listeners = new Map<string, () => void>();
    destroyed = false;
    constructor(image: unknown) {
      this.image = image;
      FakeTray.last = this;
    }
    on(name: string, fn: () => void) {
      this.listeners.set(name, fn);
    }
    setContextMenu(menu: unknown) {
      this.menu = menu;
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setImage(image: unknown) {
      this.image = image;
    }
    setTitle(title: string) {
      this.title = title;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return {
    Tray: FakeTray,
    Menu: { buildFromTemplate: (template: unknown[]) => ({ template }) },
    nativeImage: { createFromPath: (p: string) => ({ path: p }) },
    app: { setBadgeCount: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const { createTrayController, toMenuTemplate } = await import('../../../src/main/electron/tray');

const state = (over: Partial<TrayState>): TrayState => ({
  unread: 0,
  recent: [],
  syncing: false,
  language: 'en',
  platform: 'linux',
  ...over,
});

type Item = { label?: string; enabled?: boolean; type?: string; click?: () => void };
const menuOf = () => (electron.Tray.last!.menu as { template: Item[] }).template;

describe('tray controller', () => {
  beforeEach(() => electron.app.setBadgeCount.mockClear());

  it('builds the menu from the model; each item dispatches its action', () => {
    const actions: TrayAction[] = [];
    const tray = createTrayController({
      resourcesDir: '/res',
      platform: 'linux',
      window: () => null,
      onAction: (a) => actions.push(a),
    });
    tray.update(state({ unread: 1, recent: [{ id: 'T1', title: 'Disk full', unread: 1 }] }));
    const menu = menuOf();
    for (const item of menu) item.click?.();
    expect(actions).toEqual([
      { kind: 'open' },
      { kind: 'open-ticket', ticketId: 'T1' },
      { kind: 'sync-now' },
      { kind: 'new-ticket' },
      { kind: 'quit' },
    ]);
    tray.dispose();
    expect(electron.Tray.last!.destroyed).toBe(true);
  });

  it('shows the unread count: dotted icon and launcher badge on Linux', () => {
    const tray = createTrayController({
      resourcesDir: '/res',
      platform: 'linux',
      window: () => null,
      onAction: () => {},
    });
    expect(electron.Tray.last!.image).toEqual({ path: '/res/tray/tray.png' });
    tray.update(state({ unread: 3 }));
    expect(electron.Tray.last!.image).toEqual({ path: '/res/tray/tray-unread.png' });
    expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(3);
    expect(electron.Tray.last!.tooltip).toBe('Workorder Desk — 3 with new replies');
  });

  it('macOS: template icon with the count as its title, and the dock badge', () => {
    const tray = createTrayController({
      resourcesDir: '/res',
      platform: 'darwin',
      window: () => null,
      onAction: () => {},
    });
    tray.update(state({ unread: 2, platform: 'darwin' }));
    expect(electron.Tray.last!.image).toEqual({ path: '/res/tray/trayTemplate.png' });
    expect(electron.Tray.last!.title).toBe('2');
    expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(2);
  });

  it('Windows: taskbar overlay with the count, cleared at zero; clicking the icon opens the app', () => {
    const overlay = vi.fn();
    const win = { isDestroyed: () => false, setOverlayIcon: overlay };
    const actions: TrayAction[] = [];
    const tray = createTrayController({
      resourcesDir: 'C:/res',
      platform: 'win32',
      window: () => win as never,
      onAction: (a) => actions.push(a),
    });
    tray.update(state({ unread: 4, platform: 'win32' }));
    expect(overlay).toHaveBeenLastCalledWith({ path: 'C:/res/overlay/overlay-4.png' }, expect.stringContaining('4'));
    tray.update(state({ unread: 0, platform: 'win32' }));
    expect(overlay).toHaveBeenLastCalledWith(null, '');
    expect(electron.app.setBadgeCount).not.toHaveBeenCalled();
    electron.Tray.last!.listeners.get('click')?.();
    expect(actions).toEqual([{ kind: 'open' }]);
  });

  it('maps labels to disabled items and separators', () => {
    expect(toMenuTemplate([{ type: 'label', label: 'New replies' }, { type: 'separator' }], () => {})).toEqual([
      { label: 'New replies', enabled: false },
      { type: 'separator' },
    ]);
  });
});
