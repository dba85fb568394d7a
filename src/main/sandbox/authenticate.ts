import type { IncomingHttpHeaders } from 'node:http';
import {
  accessKeyNotFound,
  incompleteSignature,
  missingParameter,
  nonceUsed,
  signatureMismatch,
  timestampExpired,
  timestampFormat,
} from './gateway-errors.js';
import type { NonceStore } from './nonce-store.js';
import type { Params } from './params.js';
import { signV1, signaturesEqual, stringToSignV1 } from './signature-v1.js';
import {
  canonicalRequestAcs3,
  parseAcs3Authorization,
  sha256Hex,
  signAcs3,
  stringToSignAcs3,
} from './signature-acs3.js';

/** The gateway's clock-skew window (spec §4.1). */
export const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;

export type SignatureKind = 'v1' | 'acs3';

export interface AuthRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  query: Array<[string, string]>;
  params: Params;
  body: Buffer;
}

export interface AuthContext {
  lookupSecret(accessKeyId: string): string | undefined;
  nonces: NonceStore;
  nowMs: number;
}

/** ACS3 when an Authorization header is present (that is how the Tea SDKs sign), v1 otherwise. */
export function signatureKindOf(headers: IncomingHttpHeaders): SignatureKind {
  return headers.authorization ? 'acs3' : 'v1';
}

/**
 * Checks order: credentials present → key known → timestamp well-formed and within the window →
 * signature → nonce. The nonce is claimed only after the signature verified, so a forged request
 * cannot burn a legitimate client's nonce.
 */
export function authenticate(req: AuthRequest, ctx: AuthContext): void {
  if (signatureKindOf(req.headers) === 'acs3') authenticateAcs3(req, ctx);
  else authenticateV1(req, ctx);
}

function authenticateV1(req: AuthRequest, ctx: AuthContext): void {
  const p = req.params;
  for (const name of [
    'AccessKeyId',
    'Signature',
    'SignatureMethod',
    'SignatureVersion',
    'SignatureNonce',
    'Timestamp',
  ]) {
    if (!p[name]) throw missingParameter(name);
  }
  if (p.SignatureMethod !== 'HMAC-SHA1') {
    throw incompleteSignature(`SignatureMethod "${p.SignatureMethod}" is not supported; use HMAC-SHA1.`);
  }
  if (p.SignatureVersion !== '1.0') {
    throw incompleteSignature(`SignatureVersion "${p.SignatureVersion}" is not supported; use 1.0.`);
  }
  const secret = ctx.lookupSecret(p.AccessKeyId ?? '');
  if (secret === undefined) throw accessKeyNotFound();
  const requestTime = checkTimestamp(p.Timestamp ?? '', ctx.nowMs);
  const sts = stringToSignV1(req.method, p);
  if (!signaturesEqual(signV1(sts, secret), p.Signature ?? '')) throw signatureMismatch(sts);
  if (!ctx.nonces.claim(`${p.AccessKeyId}\n${p.SignatureNonce}`, requestTime, ctx.nowMs)) throw nonceUsed();
}

function authenticateAcs3(req: AuthRequest, ctx: AuthContext): void {
  const auth = parseAcs3Authorization(String(req.headers.authorization));
  if (!auth) {
    throw incompleteSignature(
      'Expected "Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,Signature=<hex>".',
    );
  }
  for (const required of ['host', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256']) {
    if (!auth.signedHeaders.includes(required)) throw incompleteSignature(`SignedHeaders must include ${required}.`);
  }
  const nonce = headerValue(req.headers, 'x-acs-signature-nonce');
  const date = headerValue(req.headers, 'x-acs-date');
  const contentHash = headerValue(req.headers, 'x-acs-content-sha256');
  if (!nonce) throw missingParameter('x-acs-signature-nonce');
  if (!date) throw missingParameter('x-acs-date');
  if (!contentHash) throw missingParameter('x-acs-content-sha256');
  const secret = ctx.lookupSecret(auth.accessKeyId);
  if (secret === undefined) throw accessKeyNotFound();
  const requestTime = checkTimestamp(date, ctx.nowMs);
  const payloadHash = sha256Hex(req.body);
  if (contentHash.toLowerCase() !== payloadHash) {
    throw signatureMismatch(`x-acs-content-sha256 ${contentHash} does not match the body's SHA-256 ${payloadHash}`);
  }
  const canonical = canonicalRequestAcs3({
    method: req.method,
    path: req.path,
    query: req.query,
    headers: req.headers,
    signedHeaders: auth.signedHeaders,
    payloadHash,
  });
  const sts = stringToSignAcs3(canonical);
  if (!signaturesEqual(signAcs3(sts, secret), auth.signature)) throw signatureMismatch(sts);
  if (!ctx.nonces.claim(`${auth.accessKeyId}\n${nonce}`, requestTime, ctx.nowMs)) throw nonceUsed();
}

function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const raw = headers[name];
  return Array.isArray(raw) ? raw.join(',') : (raw ?? '');
}

const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

/** Parses the ISO-8601 UTC timestamp POP requires and enforces the ±15 minute window. */
export function checkTimestamp(value: string, nowMs: number): number {
  const m = TIMESTAMP_PATTERN.exec(value);
  if (!m) throw timestampFormat(value);
  const ms = Date.parse(value);
  // Date.parse accepts 2020-02-31 by rolling over; round-tripping the date part rejects it.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== value.slice(0, 19)) throw timestampFormat(value);
  if (Math.abs(nowMs - ms) > TIMESTAMP_WINDOW_MS) throw timestampExpired(value);
  return ms;
}
