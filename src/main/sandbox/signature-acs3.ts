import { createHash, createHmac } from 'node:crypto';
import { percentEncode } from './params.js';

/** What an ACS3 Authorization header carries. */
export interface Acs3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH_PATTERN =
  /^ACS3-HMAC-SHA256\s+Credential=([^,\s]+)\s*,\s*SignedHeaders=([^,\s]+)\s*,\s*Signature=([0-9a-fA-F]{64})$/;

export function parseAcs3Authorization(header: string): Acs3Authorization | null {
  const m = AUTH_PATTERN.exec(header.trim());
  if (!m) return null;
  return { accessKeyId: m[1] ?? '', signedHeaders: (m[2] ?? '').split(';'), signature: (m[3] ?? '').toLowerCase() };
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface CanonicalRequestInput {
  method: string;
  path: string;
  /** Decoded query pairs (the body is covered by the payload hash, not by the canonical query). */
  query: Array<[string, string]>;
  /** Lower-cased header name → value. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  signedHeaders: string[];
  payloadHash: string;
}

/**
 * V3 canonical request (spec §4.3, toolchain §6): query sorted and value-encoded, signed headers as
 * `name:trimmed-value\n`, then the hex SHA-256 of the payload.
 */
export function canonicalRequestAcs3(input: CanonicalRequestInput): string {
  const query = input.query
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headers = input.signedHeaders
    .map((name) => {
      const raw = input.headers[name];
      const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
      return `${name}:${value.trim()}\n`;
    })
    .join('');
  return [
    input.method.toUpperCase(),
    input.path,
    query,
    headers,
    input.signedHeaders.join(';'),
    input.payloadHash,
  ].join('\n');
}

export function stringToSignAcs3(canonicalRequest: string): string {
  return 'ACS3-HMAC-SHA256\n' + sha256Hex(canonicalRequest);
}

export function signAcs3(stringToSign: string, secret: string): string {
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}
