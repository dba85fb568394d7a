import { createHash, createHmac, randomUUID } from 'node:crypto';
import RPCClient from '@alicloud/pop-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/main/sandbox/sandbox.js';

/*
 * Test helpers for the sandbox. The request signer here is written independently of the sandbox's own
 * (from spec §4.2 / toolchain §5), so a shared bug cannot make both sides agree on a wrong answer.
 */

const pct = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

export function popTimestamp(ms = Date.now()): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Returns the full v1 parameter set (common params + Signature) for `params`. */
export function signV1Params(
  method: 'GET' | 'POST',
  params: Record<string, string>,
  keyId: string,
  secret: string,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const all: Record<string, string> = {
    Format: 'JSON',
    Version: '2020-03-26',
    AccessKeyId: keyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: popTimestamp(),
    ...params,
    ...overrides,
  };
  const canonical = Object.keys(all)
    .sort()
    .map((k) => `${pct(k)}=${pct(all[k] ?? '')}`)
    .join('&');
  const sts = `${method}&${pct('/')}&${pct(canonical)}`;
  return {
    ...all,
    Signature: createHmac('sha1', secret + '&')
      .update(sts)
      .digest('base64'),
  };
}

export function encodeForm(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${pct(k)}=${pct(v)}`)
    .join('&');
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

export async function send(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* XML or empty */
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A correctly signed GET (or POST with a form body) against the sandbox. */
export function signedCall(
  sb: Sandbox,
  params: Record<string, string>,
  options: { method?: 'GET' | 'POST'; overrides?: Record<string, string>; secret?: string } = {},
): Promise<RawResponse> {
  const method = options.method ?? 'GET';
  const signed = signV1Params(method, params, sb.accessKeyId, options.secret ?? sb.accessKeySecret, options.overrides);
  if (method === 'GET') return send(`${sb.endpoint}/?${encodeForm(signed)}`);
  return send(`${sb.endpoint}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeForm(signed),
  });
}

export function popClient(sb: Sandbox, secret = sb.accessKeySecret): RPCClient {
  return new RPCClient({
    endpoint: sb.endpoint,
    apiVersion: '2020-03-26',
    accessKeyId: sb.accessKeyId,
    accessKeySecret: secret,
  });
}

/** Untyped wire JSON: the tests assert its shape field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Wire = Record<string, any>;

export function call(
  client: RPCClient,
  action: string,
  params: Record<string, unknown> = {},
  method: 'GET' | 'POST' = 'GET',
): Promise<Wire> {
  return client.request<Wire>(action, params, { method });
}

export async function withSandbox<T>(options: SandboxOptions, fn: (sb: Sandbox) => Promise<T>): Promise<T> {
  const sb = await startSandbox(options);
  try {
    return await fn(sb);
  } finally {
    await sb.close();
  }
}

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');

/** Independent ACS3-HMAC-SHA256 request builder (toolchain §6), for replay/skew tests the SDK cannot do. */
export function acs3Request(
  sb: Sandbox,
  action: string,
  query: Record<string, string>,
  options: { nonce?: string; date?: string; secret?: string; body?: string; tamperHash?: boolean } = {},
): { url: string; init: RequestInit } {
  const host = sb.endpoint.replace('http://', '');
  const body = options.body ?? '';
  const headers: Record<string, string> = {
    host,
    'x-acs-action': action,
    'x-acs-version': '2020-03-26',
    'x-acs-date': options.date ?? popTimestamp(),
    'x-acs-signature-nonce': options.nonce ?? randomUUID(),
    'x-acs-content-sha256': options.tamperHash ? sha256('other') : sha256(body),
  };
  if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
  const signed = Object.keys(headers).sort();
  const canonicalQuery = Object.keys(query)
    .sort()
    .map((k) => `${pct(k)}=${pct(query[k] ?? '')}`)
    .join('&');
  const canonical = [
    'POST',
    '/',
    canonicalQuery,
    signed.map((h) => `${h}:${headers[h]}\n`).join(''),
    signed.join(';'),
    sha256(body),
  ].join('\n');
  const signature = createHmac('sha256', options.secret ?? sb.accessKeySecret)
    .update('ACS3-HMAC-SHA256\n' + sha256(canonical))
    .digest('hex');
  const { host: _host, ...sendHeaders } = headers;
  return {
    url: `${sb.endpoint}/?${encodeForm(query)}`,
    init: {
      method: 'POST',
      headers: {
        ...sendHeaders,
        authorization: `ACS3-HMAC-SHA256 Credential=${sb.accessKeyId},SignedHeaders=${signed.join(';')},Signature=${signature}`,
      },
      body: body || undefined,
    },
  };
}
