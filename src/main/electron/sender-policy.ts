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
