import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  externalUrlToOpen,
  isPermissionAllowed,
  withCsp,
} from '../../../src/main/electron/security-policy';
import { isTrustedIpcEvent, isTrustedSender } from '../../../src/main/electron/sender-policy';

const FILE_RENDERER = 'file:///opt/Workorder%20Desk/resources/app.asar/out/renderer/index.html';

describe('content security policy', () => {
  it('is strict: nothing by default, scripts only from the app, no inline or eval', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('lets the dev server page reach its own hot-reload socket only', () => {
    expect(contentSecurityPolicy('http://localhost:5173/')).toContain("connect-src 'self' ws://localhost:5173");
  });

  it('replaces any policy the server sent', () => {
    const headers = withCsp({ 'content-security-policy': ['default-src *'], 'X-Other': ['1'] }, 'default-src none');
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': ['default-src none'] });
  });
});

describe('external links', () => {
  it('opens plain https URLs in the browser', () => {
    expect(externalUrlToOpen('https://www.alibabacloud.com/help?x=1')).toBe('https://www.alibabacloud.com/help?x=1');
  });
  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'smb://host/share',
    'javascript:alert(1)',
    'workorder-desk://ticket/1',
    'https://user:pw@example.com/',
    'not a url',
  ])('refuses %s', (url) => expect(externalUrlToOpen(url)).toBeNull());
});

describe('permissions', () => {
  it('allows notifications for our renderer only', () => {
    expect(isPermissionAllowed('notifications', FILE_RENDERER, FILE_RENDERER)).toBe(true);
    expect(isPermissionAllowed('notifications', 'https://evil.example/', FILE_RENDERER)).toBe(false);
  });
  it.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'display-capture', 'hid', 'usb'])(
    'denies %s',
    (permission) => expect(isPermissionAllowed(permission, FILE_RENDERER, FILE_RENDERER)).toBe(false),
  );
});

describe('IPC sender validation', () => {
  const trusted = new Set([7]);
  const event = (over: { id?: number; url?: string; parent?: unknown; frame?: null }) => ({
    sender: { id: over.id ?? 7 },
    senderFrame: over.frame === null ? null : { url: over.url ?? FILE_RENDERER, parent: over.parent ?? null },
  });

  it('accepts the main frame of our window showing our renderer', () => {
    expect(isTrustedIpcEvent(event({}), trusted, FILE_RENDERER)).toBe(true);
    expect(isTrustedIpcEvent(event({ url: `${FILE_RENDERER}#/ticket/1` }), trusted, FILE_RENDERER)).toBe(true);
  });
  it('refuses subframes, unknown webContents, other pages and vanished frames', () => {
    expect(isTrustedIpcEvent(event({ parent: {} }), trusted, FILE_RENDERER)).toBe(false);
    expect(isTrustedIpcEvent(event({ id: 8 }), trusted, FILE_RENDERER)).toBe(false);
    expect(isTrustedIpcEvent(event({ url: 'file:///tmp/evil.html' }), trusted, FILE_RENDERER)).toBe(false);
    expect(isTrustedIpcEvent(event({ url: 'https://evil.example/' }), trusted, FILE_RENDERER)).toBe(false);
    expect(isTrustedIpcEvent(event({ frame: null }), trusted, FILE_RENDERER)).toBe(false);
  });
  it('compares origins for the dev server', () => {
    expect(isTrustedSender('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isTrustedSender(undefined, 'http://localhost:5173/')).toBe(false);
    expect(isTrustedSender('::', 'http://localhost:5173/')).toBe(false);
  });
});
