import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NonceStore } from '../../../src/main/sandbox/nonce-store.js';
import { startSandbox, type Sandbox } from '../../../src/main/sandbox/sandbox.js';
import { signV1, stringToSignV1 } from '../../../src/main/sandbox/signature-v1.js';
import { acs3Request, encodeForm, popTimestamp, send, signedCall, signV1Params } from './sandbox-test-kit.js';

describe('HMAC-SHA1 signature 1.0', () => {
  it('reproduces the published test vector (spec §4.2)', () => {
    const params = {
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      Format: 'XML',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      SignatureVersion: '1.0',
      Timestamp: '2016-02-23T12:46:24Z',
      Version: '2014-05-26',
    };
    const sts = stringToSignV1('GET', params);
    expect(sts).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(signV1(sts, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('excludes Signature itself and signs with the actual method', () => {
    const params = { A: '1', Signature: 'ignored' };
    expect(stringToSignV1('post', params)).toBe('POST&%2F&A%3D1');
  });
});

describe('gateway authentication', () => {
  const t0 = Date.parse('2026-03-01T08:00:00Z');
  let clock = t0;
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ now: () => clock, accessKeyId: 'LTAItestkey0000000000001', accessKeySecret: 'secret' });
  });
  afterAll(() => sb.close());

  const at = (ms: number): Record<string, string> => ({ Timestamp: popTimestamp(ms) });

  it('rejects a replayed nonce with SignatureNonceUsed (GET and POST)', async () => {
    const signed = signV1Params('GET', { Action: 'ListProducts' }, sb.accessKeyId, 'secret', at(clock));
    const url = `${sb.endpoint}/?${encodeForm(signed)}`;
    expect((await send(url)).status).toBe(200);
    const replay = await send(url);
    expect(replay.status).toBe(400);
    expect(replay.json.Code).toBe('SignatureNonceUsed');

    const post = signV1Params('POST', { Action: 'ListProducts' }, sb.accessKeyId, 'secret', at(clock));
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encodeForm(post),
    };
    expect((await send(`${sb.endpoint}/`, init)).status).toBe(200);
    expect((await send(`${sb.endpoint}/`, init)).json.Code).toBe('SignatureNonceUsed');
  });

  it('does not let a forged request burn a nonce', async () => {
    const nonce = 'nonce-forged-first';
    const forged = await signedCall(
      sb,
      { Action: 'ListProducts' },
      { secret: 'wrong', overrides: { ...at(clock), SignatureNonce: nonce } },
    );
    expect(forged.json.Code).toBe('SignatureDoesNotMatch');
    expect(String(forged.json.Message)).toContain('server string to sign is:GET&%2F&');
    const real = await signedCall(
      sb,
      { Action: 'ListProducts' },
      { overrides: { ...at(clock), SignatureNonce: nonce } },
    );
    expect(real.status).toBe(200);
  });

  it.each([
    ['16 minutes behind', -16 * 60_000, 'InvalidTimeStamp.Expired'],
    ['16 minutes ahead', 16 * 60_000, 'InvalidTimeStamp.Expired'],
    ['14 minutes behind', -14 * 60_000, null],
    ['14 minutes ahead', 14 * 60_000, null],
  ])('timestamp %s → %s', async (_label, skew, code) => {
    const res = await signedCall(sb, { Action: 'ListProducts' }, { overrides: at(clock + skew) });
    if (code === null) expect(res.status).toBe(200);
    else expect([res.status, res.json.Code]).toEqual([400, code]);
  });

  it('follows the server clock (a request valid now expires when the clock moves 20 minutes)', async () => {
    const signed = signV1Params('GET', { Action: 'ListProducts' }, sb.accessKeyId, 'secret', at(clock));
    clock += 20 * 60_000;
    try {
      expect((await send(`${sb.endpoint}/?${encodeForm(signed)}`)).json.Code).toBe('InvalidTimeStamp.Expired');
    } finally {
      clock = t0;
    }
  });

  it.each([
    ['Timestamp', { Timestamp: '2026-03-01 08:00:00' }, 400, 'InvalidTimeStamp.Format'],
    ['Timestamp', { Timestamp: '2026-02-30T08:00:00Z' }, 400, 'InvalidTimeStamp.Format'],
    ['AccessKeyId', { AccessKeyId: 'LTAIunknown' }, 404, 'InvalidAccessKeyId.NotFound'],
    ['SignatureMethod', { SignatureMethod: 'HMAC-SHA256' }, 400, 'IncompleteSignature'],
    ['SignatureVersion', { SignatureVersion: '2.0' }, 400, 'IncompleteSignature'],
    ['SignatureNonce', { SignatureNonce: '' }, 400, 'MissingParameter'],
  ])('a bad %s gets a specific gateway error', async (_name, overrides, status, code) => {
    const res = await signedCall(sb, { Action: 'ListProducts' }, { overrides: { ...at(clock), ...overrides } });
    expect([res.status, res.json.Code]).toEqual([status, code]);
  });

  it('reports a missing Signature as MissingParameter', async () => {
    const { Signature: _s, ...unsigned } = signV1Params(
      'GET',
      { Action: 'ListProducts' },
      sb.accessKeyId,
      'secret',
      at(clock),
    );
    const res = await send(`${sb.endpoint}/?${encodeForm(unsigned)}`);
    expect([res.status, res.json.Code]).toEqual([400, 'MissingParameter']);
    expect(res.json.Message).toContain('"Signature"');
  });

  describe('ACS3-HMAC-SHA256', () => {
    const acs3 = (options: Parameters<typeof acs3Request>[3] = {}, query: Record<string, string> = {}) => {
      const r = acs3Request(sb, 'ListTickets', query, { date: popTimestamp(clock), ...options });
      return send(r.url, r.init);
    };

    it('accepts a well-signed request with query and form body', async () => {
      const res = await acs3({ body: 'PageSize=3' }, { PageStart: '1' });
      expect(res.status).toBe(200);
      expect((res.json.Data as { PageSize: number }).PageSize).toBe(3);
    });

    it('rejects a replayed nonce, a skewed date, a wrong secret, a body that does not match its hash', async () => {
      expect((await acs3({ nonce: 'acs3-replay' })).status).toBe(200);
      expect((await acs3({ nonce: 'acs3-replay' })).json.Code).toBe('SignatureNonceUsed');
      expect((await acs3({ date: popTimestamp(clock - 30 * 60_000) })).json.Code).toBe('InvalidTimeStamp.Expired');
      expect((await acs3({ secret: 'nope' })).json.Code).toBe('SignatureDoesNotMatch');
      expect((await acs3({ body: 'PageSize=3', tamperHash: true })).json.Code).toBe('SignatureDoesNotMatch');
    });

    it('rejects a malformed Authorization header with IncompleteSignature', async () => {
      const r = acs3Request(sb, 'ListTickets', {}, { date: popTimestamp(clock) });
      const res = await send(r.url, {
        ...r.init,
        headers: { ...(r.init.headers as Record<string, string>), authorization: 'ACS3-HMAC-SHA256 junk' },
      });
      expect([res.status, res.json.Code]).toEqual([400, 'IncompleteSignature']);
    });
  });
});

describe('NonceStore', () => {
  it('forgets a nonce only after its window and stays bounded', () => {
    const store = new NonceStore(1000, 3);
    expect(store.claim('a', 0, 0)).toBe(true);
    expect(store.claim('a', 0, 500)).toBe(false);
    expect(store.claim('a', 0, 61_000)).toBe(true);
    for (const k of ['b', 'c', 'd', 'e']) store.claim(k, 61_000, 61_000);
    expect(store.size).toBe(3);
  });
});
