import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** A file inside `root` for a URL path, or null when it escapes root or does not exist. */
export async function resolveRendererFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? file : null;
}

/**
 * The built index.html with the bridge script placed before the app bundle. The bridge is a
 * classic (parser-blocking) script, so `window.workorder` exists before the module bundle starts,
 * as with the desktop preload, and its socket opens while the bundle downloads. The only other
 * change: the CSP's connect-src admits this preview's socket (`ws://127.0.0.1:PORT`) — the desktop
 * build allows no WebSocket at all.
 */
export async function indexWithBridge(root: string, bridgeSrc: string, socketOrigin: string): Promise<string> {
  const html = await readFile(path.join(root, 'index.html'), 'utf8');
  const csp = /(http-equiv="Content-Security-Policy"[^>]*?connect-src 'self')/;
  if (!csp.test(html)) throw new Error("The built index.html has no CSP with connect-src 'self'");
  const withSocket = html.replace(csp, `$1 ${socketOrigin}`);
  const tag = `<script src="${bridgeSrc.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`;
  const at = withSocket.search(/<script\b/i);
  if (at < 0) throw new Error('The built index.html has no <script> for the app bundle');
  return `${withSocket.slice(0, at)}${tag}\n    ${withSocket.slice(at)}`;
}
