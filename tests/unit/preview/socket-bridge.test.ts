import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createPreviewBridge, type PreviewBridgeEnv } from '../../../src/main/preview/bridge-client';
import { startPreview, type Preview } from '../../../src/main/preview/preview';
import { CHANNELS, EVENT_NAMES, type NotifyPayload, type WorkorderBridge } from '../../../src/shared/ipc';
import { makeTempDir } from '../../helpers/temp-dir';
import { writeFakeRenderer } from './fake-renderer';

describe('preview WebSocket bridge', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let preview: Preview;
  let socketUrl: string;
  const sockets: WebSocket[] = [];

  /** The browser client from bridge-client.ts, running in Node on the `ws` WebSocket. */
  function connectBridge(notified: NotifyPayload[] = []): WorkorderBridge {
    class TrackedSocket extends WebSocket {
      constructor(url: string) {
        super(url);
        sockets.push(this);
      }
    }
    const env: PreviewBridgeEnv = {
      WebSocket: TrackedSocket,
      notify: (payload) => notified.push(payload),
      setTimeout: () => undefined, // no reconnects once the test closes the server
    };
    return createPreviewBridge({ socketUrl, channels: CHANNELS, events: EVENT_NAMES }, env);
  }

  beforeEach(async () => {
    temp = makeTempDir('wd-preview-');
    preview = await startPreview({ rendererDir: writeFakeRenderer(temp.dir), demo: false });
    const token = new URL(preview.url).searchParams.get('token') ?? '';
    socketUrl = `ws://127.0.0.1:${preview.port}/__preview/socket?token=${token}`;
  });
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.terminate());
    await preview.close();
    temp.cleanup();
  });

  it('answers app.info from the real core', async () => {
    const bridge = connectBridge();
    const info = await bridge.invoke('app.info');
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.value.credentialBackend).toBe('session-only');
    expect(info.value.demo).toBe(false);
    expect(info.value.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('delivers core events to listeners and stops after unsubscribe', async () => {
    const bridge = connectBridge();
    const seen: string[] = [];
    const off = bridge.on('settings.changed', (settings) => seen.push(settings.theme));
    const set = await bridge.invoke('settings.set', { theme: 'dark' });
    expect(set.ok).toBe(true);
    await expect.poll(() => seen).toEqual(['dark']);
    off();
    await bridge.invoke('settings.set', { theme: 'light' });
    // A round trip after the change: its event was sent before this answer.
    await bridge.invoke('app.info');
    expect(seen).toEqual(['dark']);
  });

  it('reports a request outside the contract as invalid-request (validated by the server)', async () => {
    const bridge = connectBridge();
    const result = await bridge.invoke('tickets.list', { limit: 'many' } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'limit' } });
  });

  it('answers an unknown channel sent over the raw socket with invalid-request', async () => {
    const socket = new WebSocket(socketUrl);
    sockets.push(socket);
    await new Promise((resolve) => socket.once('open', resolve));
    const answer = new Promise<unknown>((resolve) =>
      socket.once('message', (data) => resolve(JSON.parse(String(data)))),
    );
    socket.send(JSON.stringify({ type: 'invoke', id: 7, channel: 'fs.readFile', request: { path: '/etc/passwd' } }));
    expect(await answer).toMatchObject({
      type: 'result',
      id: 7,
      result: { ok: false, error: { code: 'invalid-request' } },
    });
  });

  it('refuses an unknown channel in the page before it is sent', async () => {
    const bridge = connectBridge();
    const untyped = bridge.invoke as (channel: string) => Promise<unknown>;
    const result = await untyped('no.such.channel');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('closes a socket that sends something other than an invoke message', async () => {
    const socket = new WebSocket(socketUrl);
    sockets.push(socket);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send('not json');
    expect(await closed).toBe(1003);
  });

  it('fails calls in flight when the server goes away instead of leaving them pending', async () => {
    const bridge = connectBridge();
    await bridge.invoke('app.info');
    await preview.close();
    const result = await bridge.invoke('app.info');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', retryable: true } });
  });
});
