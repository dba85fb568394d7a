import { request } from 'node:http';
import { Script } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startPreview, type Preview } from '../../../src/main/preview/preview';
import { makeTempDir } from '../../helpers/temp-dir';
import { writeFakeRenderer } from './fake-renderer';

interface Reply {
  status: number;
  body: string;
}

function get(port: number, pathAndQuery: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathAndQuery, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
function upgradeStatus(url: string, options: WebSocket.ClientOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options);
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      socket.terminate();
    });
    socket.on('error', reject);
  });
}

describe('preview access token', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let preview: Preview;
  let token: string;

  beforeEach(async () => {
    temp = makeTempDir('wd-preview-');
    preview = await startPreview({ rendererDir: writeFakeRenderer(temp.dir), demo: false });
    token = new URL(preview.url).searchParams.get('token') ?? '';
  });
  afterEach(async () => {
    await preview.close();
    temp.cleanup();
  });

  it('prints a loopback URL carrying a long random token', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect(token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses the page without the token or with a wrong one', async () => {
    expect((await get(preview.port, '/')).status).toBe(403);
    expect((await get(preview.port, `/?token=${token.slice(0, -1)}x`)).status).toBe(403);
    expect((await get(preview.port, '/index.html?token=nope')).status).toBe(403);
    expect((await get(preview.port, '/inbox/some-route')).status).toBe(403);
  });

  it('serves the page with the right token and puts the bridge before the app bundle', async () => {
    const page = await get(preview.port, `/?token=${token}`);
    expect(page.status).toBe(200);
    const bridgeAt = page.body.indexOf('/__preview/bridge.js?token=');
    expect(bridgeAt).toBeGreaterThan(0);
    expect(bridgeAt).toBeLessThan(page.body.indexOf('./assets/app.js'));
  });

  it("lets the page's CSP reach this preview's socket and no other local port", async () => {
    const page = await get(preview.port, `/?token=${token}`);
    const csp = /content="([^"]*)"/.exec(page.body)?.[1] ?? '';
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1];
    expect(connect).toBe(`'self' ws://127.0.0.1:${preview.port}`);
  });

  it('refuses the bridge script without the token', async () => {
    expect((await get(preview.port, '/__preview/bridge.js')).status).toBe(403);
    const script = await get(preview.port, `/__preview/bridge.js?token=${token}`);
    expect(script.status).toBe(200);
    expect(script.body).toContain('installPreviewBridge(');
  });

  it('serves the bridge as a classic script, so it runs before the module bundle downloads', async () => {
    const page = await get(preview.port, `/?token=${token}`);
    expect(page.body).toMatch(/<script src="\/__preview\/bridge\.js\?token=[^"]+"><\/script>/);
    const script = await get(preview.port, `/__preview/bridge.js?token=${token}`);
    // A module script's `export` would be a syntax error here.
    expect(() => new Script(script.body)).not.toThrow();
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const reply = await get(preview.port, `/?token=${token}`, { host: `evil.example:${preview.port}` });
    expect(reply.status).toBe(403);
  });

  it('serves build assets but nothing outside the build directory', async () => {
    expect((await get(preview.port, '/assets/app.js')).status).toBe(200);
    expect((await get(preview.port, '/assets/missing.js')).status).toBe(404);
    expect((await get(preview.port, '/../../package.json')).status).toBe(404);
    expect((await get(preview.port, '/%2e%2e/%2e%2e/package.json')).status).toBe(404);
  });

  it('rejects a WebSocket upgrade without the token, with a wrong one, or from another origin', async () => {
    const base = `ws://127.0.0.1:${preview.port}/__preview/socket`;
    expect(await upgradeStatus(base)).toBe(403);
    expect(await upgradeStatus(`${base}?token=wrong`)).toBe(403);
    expect(await upgradeStatus(`${base}?token=${token}`, { origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(`ws://127.0.0.1:${preview.port}/elsewhere?token=${token}`)).toBe(403);
    expect(await upgradeStatus(`${base}?token=${token}`, { origin: `http://127.0.0.1:${preview.port}` })).toBe(101);
  });
});
