import { isTrustedSender } from './sender-policy';

/**
 * Decisions behind the shell's hardening, as pure functions. `security.ts` attaches them to
 * Electron; tests check them here and check that they are attached.
 */

/**
 * Directives the renderer needs and nothing more. index.html's meta tag carries the same policy
 * except frame-ancestors, which only a header can deliver (a test keeps the two in step).
 */
const BASE_CSP: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

/**
 * The CSP header for pages served over http (the electron-vite dev server; file:// pages carry the
 * meta tag instead). The dev server additionally needs its own websocket for hot reload.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const directives = structuredClone(BASE_CSP);
  if (devServerUrl) {
    const origin = new URL(devServerUrl);
    directives['connect-src']!.push(`ws://${origin.host}`);
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Adds the CSP to response headers, replacing any policy the server sent (in any letter case). */
export function withCsp(
  headers: Record<string, string[] | string> | undefined,
  policy: string,
): Record<string, string[] | string> {
  const result: Record<string, string[] | string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

/**
 * A link the user clicked may open in the system browser only if it is a plain https URL: no other
 * scheme (file:, smb:, custom handlers are a classic RCE path) and no embedded credentials.
 */
export function externalUrlToOpen(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.href;
}

/** Only notifications, and only for our own renderer; every other permission is refused. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  rendererUrl: string,
): boolean {
  return permission === 'notifications' && isTrustedSender(requestingUrl, rendererUrl);
}
