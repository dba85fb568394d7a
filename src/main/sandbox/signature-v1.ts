import { createHmac, timingSafeEqual } from 'node:crypto';
import { percentEncode, type Params } from './params.js';

/**
 * RPC signature "1.0" (HMAC-SHA1), spec §4.2: canonicalise every parameter except Signature, sign
 * `METHOD&%2F&encode(canonical)` with key `secret&`. Verified against the published test vector.
 */
export function stringToSignV1(method: string, params: Params): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .map((k) => [percentEncode(k), percentEncode(params[k] ?? '')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`;
}

export function signV1(stringToSign: string, secret: string): string {
  return createHmac('sha1', secret + '&')
    .update(stringToSign)
    .digest('base64');
}

/** Constant-time comparison so the sandbox does not teach bad habits (and timing tests stay honest). */
export function signaturesEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(actual);
  return a.length === b.length && timingSafeEqual(a, b);
}
