import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../src/main/core/ports';
import { hardenSession, hardenWebContents } from '../../../src/main/electron/security';

const RENDERER = 'file:///app/out/renderer/index.html';

/** Records listeners the way WebContents/Session would, so the test can fire them. */
function contentsDouble() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
  };
  const fire = (name: string, url = 'https://example.com/') => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  const setup = () => {
    const double = contentsDouble();
    const openExternal = vi.fn(async () => {});
    hardenWebContents(double.contents, { openExternal, logger: silentLogger });
    return { ...double, openExternal };
  };

  it('denies every new window; https links go to the system browser', () => {
    const { open, openExternal } = setup();
    expect(open('https://www.alibabacloud.com/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.alibabacloud.com/']]);
  });

  it('blocks navigation and redirects away from the app', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(fire('will-navigate', 'file:///tmp/x.html').preventDefault).toHaveBeenCalled();
    expect(fire('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    // A plain https link clicked in the page opens outside instead of replacing the app.
    expect(openExternal.mock.calls).toEqual([['https://evil.example/']]);
  });

  it('refuses to attach <webview>', () => {
    expect(setup().fire('will-attach-webview').preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  function sessionDouble() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (fn: never) => (handlers.request = fn),
      setPermissionCheckHandler: (fn: never) => (handlers.check = fn),
      webRequest: { onHeadersReceived: (fn: never) => (handlers.headers = fn) },
    };
    return { session: session as unknown as Session, handlers };
  }

  it('grants only notifications, only to our renderer, for requests and checks', () => {
    const { session, handlers } = sessionDouble();
    hardenSession(session, () => RENDERER);
    const request = handlers.request as unknown as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
      d: { requestingUrl: string },
    ) => void;
    const check = handlers.check as unknown as (
      c: unknown,
      p: string,
      o: string,
      d: { requestingUrl?: string },
    ) => boolean;
    const answers: boolean[] = [];
    request(null, 'notifications', (ok) => answers.push(ok), { requestingUrl: RENDERER });
    request(null, 'media', (ok) => answers.push(ok), { requestingUrl: RENDERER });
    request(null, 'notifications', (ok) => answers.push(ok), { requestingUrl: 'https://evil.example/' });
    expect(answers).toEqual([true, false, false]);
    expect(check(null, 'notifications', 'file:///', { requestingUrl: RENDERER })).toBe(true);
    expect(check(null, 'geolocation', 'file:///', { requestingUrl: RENDERER })).toBe(false);
  });

  it('adds the CSP header to dev-server pages only', () => {
    const { session, handlers } = sessionDouble();
    hardenSession(session, () => 'http://localhost:5173/');
    const headers = handlers.headers as unknown as (
      d: { url: string; responseHeaders?: Record<string, string[]> },
      cb: (r: { responseHeaders?: Record<string, string[] | string> }) => void,
    ) => void;
    const results: { responseHeaders?: Record<string, string[] | string> }[] = [];
    headers({ url: 'http://localhost:5173/index.html', responseHeaders: {} }, (r) => results.push(r));
    headers({ url: 'https://workorder.aliyuncs.com/', responseHeaders: { a: ['1'] } }, (r) => results.push(r));
    expect(String(results[0]?.responseHeaders?.['Content-Security-Policy'])).toContain("default-src 'none'");
    expect(results[1]).toEqual({ responseHeaders: { a: ['1'] } });
  });
});
