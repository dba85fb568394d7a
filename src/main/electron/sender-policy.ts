/**
 * Only our own renderer may call the API: its frame URL must have the same origin (dev server) or,
 * for file:// builds, be the very file we loaded. Anything else — an iframe, a navigated page, a
 * devtools-injected frame — is refused.
 */
export function isTrustedSender(frameUrl: string | undefined, rendererUrl: string): boolean {
  if (!frameUrl) return false;
  let frame: URL;
  let expected: URL;
  try {
    frame = new URL(frameUrl);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') return frame.protocol === 'file:' && frame.pathname === expected.pathname;
  return frame.origin === expected.origin;
}

/** The parts of an IPC event the check needs (Electron's `IpcMainInvokeEvent`). */
export interface IpcSenderInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * An IPC call is trusted when it comes from a window we created, from its main frame (not a
 * subframe, which would share the preload's bridge only through a bug), showing our renderer.
 */
export function isTrustedIpcEvent(
  event: IpcSenderInfo,
  trustedContentsIds: ReadonlySet<number>,
  rendererUrl: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!trustedContentsIds.has(event.sender.id)) return false;
  return isTrustedSender(frame.url, rendererUrl);
}
