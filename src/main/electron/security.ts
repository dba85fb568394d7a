import type { Session, WebContents } from 'electron';
import type { Logger } from '../core/ports';
import { contentSecurityPolicy, externalUrlToOpen, isPermissionAllowed, withCsp } from './security-policy';

/**
 * Locks down one webContents (called for every one the app creates, via `web-contents-created`):
 * no navigation away from the app, no new windows, no webview tags. An https link the user clicks
 * opens in the system browser instead.
 */
export function hardenWebContents(
  contents: WebContents,
  deps: { openExternal(url: string): Promise<void>; logger: Logger },
): void {
  const openOutside = (url: string) => {
    const safe = externalUrlToOpen(url);
    if (safe) void deps.openExternal(safe).catch(() => deps.logger.warn('could not open link in the browser'));
  };
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide rules: permissions (notifications only, only for our renderer) and the CSP header
 * for pages served over http by the dev server (file:// pages carry the meta tag).
 */
export function hardenSession(session: Session, rendererUrl: () => string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, rendererUrl()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, rendererUrl()),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    const renderer = rendererUrl();
    const fromDevServer = renderer.startsWith('http') && new URL(details.url).origin === new URL(renderer).origin;
    callback(
      fromDevServer
        ? { responseHeaders: withCsp(details.responseHeaders, contentSecurityPolicy(renderer)) }
        : { responseHeaders: details.responseHeaders },
    );
  });
}
