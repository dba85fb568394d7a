import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh secret for one preview run; it travels only in the page URL on the loopback interface. */
export function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Decides whether a request may reach the app: the right token in the query, a loopback Host
 * (against DNS rebinding) and, when the browser sends one, our own Origin (against other pages
 * opening the socket). Static build assets are public and are not checked here.
 */
export function isAuthorized(request: IncomingMessage, token: string, port: number): boolean {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const given = url.searchParams.get('token');
  if (!given || !sameSecret(given, token)) return false;
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || allowedHosts.some((host) => origin === `http://${host}`);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
