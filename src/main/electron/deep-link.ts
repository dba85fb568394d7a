/** The URL scheme registered with the OS: `workorder-desk://ticket/ID`. */
export const DEEP_LINK_SCHEME = 'workorder-desk';

export type DeepLink = { kind: 'ticket'; ticketId: string };

// The same alphabet and length as the contract's ticket id, so a link can never smuggle anything
// the `tickets.get` schema would reject — and nothing that could form a path or a query.
const TICKET_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LINK_LENGTH = 256;

/**
 * Parses a deep link strictly: exactly `workorder-desk://ticket/<id>` with an optional trailing
 * slash. Anything else — other hosts, credentials, ports, queries, fragments, extra path segments,
 * percent-encoding — is refused, because the text comes from outside the app.
 */
export function parseDeepLink(raw: unknown): DeepLink | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return null;
  const prefix = `${DEEP_LINK_SCHEME}://ticket/`;
  if (raw.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  let rest = raw.slice(prefix.length);
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  return TICKET_ID.test(rest) ? { kind: 'ticket', ticketId: rest } : null;
}

/**
 * Windows and Linux deliver a link as a command-line argument of the (second) instance. Returns the
 * first argument that is a valid link; flags and the executable path are skipped naturally.
 */
export function deepLinkFromArgv(argv: readonly string[]): DeepLink | null {
  for (const arg of argv) {
    const link = parseDeepLink(arg);
    if (link) return link;
  }
  return null;
}
