import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc';
import type { Core } from '../../../src/main/core/core';
import { registerIpc, type IpcMainLike } from '../../../src/main/electron/ipc';

const RENDERER = 'file:///app/out/renderer/index.html';

function ipcMainDouble() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  const ipcMain: IpcMainLike = {
    handle: (channel, fn) => void handlers.set(channel, fn),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

const coreDouble = () => {
  const calls: [string, unknown][] = [];
  const core = {
    handle: async (channel: string, request: unknown) => {
      calls.push([channel, request]);
      return { ok: true, value: 'handled' };
    },
  } as unknown as Core;
  return { core, calls };
};

const event = (id: number, url: string, parent: unknown = null) =>
  ({ sender: { id }, senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

describe('registerIpc', () => {
  it('registers every contract channel and removes them on dispose', () => {
    const { ipcMain, handlers } = ipcMainDouble();
    const registration = registerIpc(ipcMain, coreDouble().core, { url: () => RENDERER, contentsIds: new Set([1]) });
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    registration.dispose();
    expect(handlers.size).toBe(0);
  });

  it('passes trusted calls to the core and refuses the rest before the core sees them', async () => {
    const { ipcMain, handlers } = ipcMainDouble();
    const { core, calls } = coreDouble();
    registerIpc(ipcMain, core, { url: () => RENDERER, contentsIds: new Set([1]) });
    const call = handlers.get('tickets.get')!;
    expect(await call(event(1, RENDERER), { id: 'T1' })).toEqual({ ok: true, value: 'handled' });
    for (const bad of [event(2, RENDERER), event(1, 'https://evil.example/'), event(1, RENDERER, { url: RENDERER })]) {
      expect(await call(bad, { id: 'T1' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([['tickets.get', { id: 'T1' }]]);
  });
});
