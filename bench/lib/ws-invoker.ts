import WebSocket from 'ws';

/** A Node client for the preview's WebSocket bridge, to time the contract over the real transport. */
export async function connectPreviewSocket(
  pageUrl: string,
): Promise<{ invoke: (channel: string, request: unknown) => Promise<unknown>; close: () => void }> {
  const url = new URL(pageUrl);
  const socket = new WebSocket(`ws://${url.host}/__preview/socket?token=${url.searchParams.get('token')}`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; id?: number; result?: unknown };
    if (message.type === 'result' && message.id !== undefined) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    }
  });
  let nextId = 1;
  return {
    invoke: (channel, request) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        socket.send(JSON.stringify({ type: 'invoke', id, channel, request }));
      }),
    close: () => socket.close(),
  };
}
