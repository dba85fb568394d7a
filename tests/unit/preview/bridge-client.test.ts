import { describe, expect, it } from 'vitest';
import { createPreviewBridge, type WebSocketLike } from '../../../src/main/preview/bridge-client';
import { CHANNELS, EVENT_NAMES, type NotifyPayload } from '../../../src/shared/ipc';

/** A socket the test drives by hand: it opens when told and records what the page sends. */
class ScriptedSocket implements WebSocketLike {
  static last: ScriptedSocket;
  readyState = 0;
  sent: unknown[] = [];
  private readonly handlers = new Map<string, ((event: { data: unknown }) => void)[]>();
  constructor(readonly url: string) {
    ScriptedSocket.last = this;
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {}
  addEventListener(type: string, listener: (event: { data: unknown }) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), listener]);
  }
  fire(type: 'open' | 'close' | 'message', data?: unknown): void {
    if (type === 'open') this.readyState = 1;
    if (type === 'close') this.readyState = 3;
    for (const listener of this.handlers.get(type) ?? []) listener({ data: JSON.stringify(data) });
  }
}

function setup() {
  const shown: { payload: NotifyPayload; open: () => void }[] = [];
  const bridge = createPreviewBridge(
    { socketUrl: 'ws://127.0.0.1:1/__preview/socket?token=t', channels: CHANNELS, events: EVENT_NAMES },
    { WebSocket: ScriptedSocket, notify: (payload, open) => shown.push({ payload, open }), setTimeout: () => 0 },
  );
  return { bridge, shown, socket: ScriptedSocket.last };
}

const reply: NotifyPayload = {
  ticketId: 'T1',
  noteId: 'N1',
  title: 'New reply',
  body: 'Please retry',
  fromOfficial: true,
};

describe('preview bridge in the page', () => {
  it('queues calls made while connecting and sends them once the socket opens', async () => {
    const { bridge, socket } = setup();
    const answer = bridge.invoke('app.info');
    expect(socket.sent).toEqual([]);
    socket.fire('open');
    expect(socket.sent).toEqual([{ type: 'invoke', id: 1, channel: 'app.info' }]);
    socket.fire('message', { type: 'result', id: 1, result: { ok: false, error: { code: 'internal' } } });
    expect(await answer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('shows one notification per official reply and none for the user\u2019s own', () => {
    const { shown, socket } = setup();
    socket.fire('open');
    socket.fire('message', { type: 'event', name: 'notify', payload: reply });
    socket.fire('message', { type: 'event', name: 'notify', payload: { ...reply, noteId: 'N2', fromOfficial: false } });
    expect(shown.map((s) => s.payload.noteId)).toEqual(['N1']);
  });

  it('opens the ticket when the notification is clicked, as the desktop shell does', () => {
    const { bridge, shown, socket } = setup();
    const opened: string[] = [];
    bridge.on('ui.openTicket', ({ ticketId }) => opened.push(ticketId));
    socket.fire('open');
    socket.fire('message', { type: 'event', name: 'notify', payload: reply });
    shown[0]?.open();
    expect(opened).toEqual(['T1']);
  });

  it('refuses to listen to an event outside the contract', () => {
    const { bridge } = setup();
    expect(() => bridge.on('no.such.event' as never, () => {})).toThrow(/Unknown event/);
  });
});
