import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkorderBridge } from '../../../src/shared/ipc';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Set<Listener>();
  const exposed: Record<string, unknown> = {};
  return {
    exposed,
    emit: (...args: unknown[]) => [...listeners].forEach((l) => l({}, ...args)),
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
      on: (_channel: string, fn: Listener) => void listeners.add(fn),
      removeListener: (_channel: string, fn: Listener) => void listeners.delete(fn),
    },
  };
});
vi.mock('electron', () => electron);

async function loadBridge(): Promise<WorkorderBridge> {
  vi.resetModules();
  await import('../../../src/preload/index');
  return electron.exposed['workorder'] as WorkorderBridge;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('preload bridge', () => {
  afterEach(() => electron.ipcRenderer.invoke.mockClear());

  it('exposes only window.workorder and forwards contract channels', async () => {
    const bridge = await loadBridge();
    expect(Object.keys(electron.exposed)).toEqual(['workorder']);
    expect(await bridge.invoke('tickets.get', { id: 'T1' })).toEqual({
      ok: true,
      value: { channel: 'tickets.get', request: { id: 'T1' } },
    });
    const bad = await (bridge.invoke as (c: string) => Promise<unknown>)('shell.exec');
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });

  it('holds a "show this ticket" instruction that arrives before the renderer subscribes', async () => {
    const bridge = await loadBridge();
    electron.emit('ui.openTicket', { ticketId: 'T7' });
    electron.emit('tickets.changed', { ids: ['T7'] });
    const seen: unknown[] = [];
    const off = bridge.on('ui.openTicket', (p) => seen.push(p));
    bridge.on('tickets.changed', (p) => seen.push(p));
    await tick();
    expect(seen).toEqual([{ ticketId: 'T7' }]);
    electron.emit('ui.openTicket', { ticketId: 'T8' });
    expect(seen).toEqual([{ ticketId: 'T7' }, { ticketId: 'T8' }]);
    off();
    electron.emit('ui.openTicket', { ticketId: 'T9' });
    expect(seen).toHaveLength(2);
  });

  it('refuses unknown events', async () => {
    const bridge = await loadBridge();
    expect(() => (bridge.on as (e: string, l: () => void) => void)('evil', () => {})).toThrow(/Unknown event/);
  });
});
