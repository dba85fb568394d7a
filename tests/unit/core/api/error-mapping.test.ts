import { describe, expect, it } from 'vitest';
import { mapServiceFailure, mapTransportFailure } from '../../../../src/main/core/api/error-mapping';
import { delayBeforeRetry, DEFAULT_RETRY_POLICY } from '../../../../src/main/core/api/retry-policy';

describe('error mapping table', () => {
  it.each([
    ['InvalidAccessKeyId.NotFound', 404, 'auth', /AccessKey ID/],
    ['InvalidAccessKeyId.Inactive', 400, 'auth', /disabled/],
    ['SignatureDoesNotMatch', 400, 'auth', /secret/],
    ['IncompleteSignature', 400, 'auth', /secret/],
    ['InvalidTimeStamp.Expired', 400, 'auth', /clock/],
    ['InvalidTimeStamp.Format', 400, 'auth', /time/],
    ['Forbidden.RAM', 403, 'forbidden', /AliyunSupportFullAccess/],
    ['NoPermission', 403, 'forbidden', /AliyunSupportFullAccess/],
    ['Throttling.User', 400, 'throttled', /limiting/],
    ['Throttling', 400, 'throttled', /limiting/],
    ['System.error', 500, 'server', /try again/i],
    ['InternalError', 500, 'server', /try again/i],
    ['ServiceUnavailable', 503, 'server', /try again/i],
    ['InvalidTicket.NotFound', 404, 'not-found', /find/],
    ['InvalidTicket.Closed', 400, 'conflict', /closed/],
    ['InvalidAction.NotFound', 404, 'invalid-request', /endpoint/],
    ['SomethingNew.Broken', 502, 'server', /SomethingNew\.Broken/],
    ['SomethingNew.Rejected', 400, 'invalid-request', /SomethingNew\.Rejected/],
  ] as const)('%s → %s', (code, httpStatus, expected, message) => {
    const error = mapServiceFailure({ code, message: 'server text', httpStatus, requestId: 'REQ-1' });
    expect(error.code).toBe(expected);
    expect(error.message).toMatch(message);
    expect(error.requestId).toBe('REQ-1');
  });

  it.each([
    [
      'MissingParameter',
      'The input parameter "Title" that is mandatory for processing this request is not supplied.',
      'title',
    ],
    ['InvalidParameter', 'The specified value of parameter "PageSize" is not valid.', 'pageSize'],
    ['param.illegal', 'The parameter "Category" is invalid: not a category', 'categoryId'],
    ['illegalParam.emailOrPhone', 'The phone "12" is not valid.', 'phone'],
    ['MissingEmail', 'Email is mandatory.', 'email'],
    ['InvalidAction.NotFound', 'Specified api is not found', 'endpoint'],
  ])('%s names the field %s', (code, message, field) => {
    expect(mapServiceFailure({ code, message, httpStatus: 400 })).toMatchObject({ code: 'invalid-request', field });
  });

  it('never repeats a URL or a string to sign from the server message', () => {
    const error = mapServiceFailure({
      code: 'InvalidParameter',
      message:
        'The specified value of parameter "X" is not valid. server string to sign is:POST&%2F&AccessKeyId%3DLTAI, URL: http://h/?Signature=abc&AccessKeyId=LTAI',
      httpStatus: 400,
    });
    expect(error.message).not.toMatch(/string to sign|Signature=|AccessKeyId|URL:/);
  });

  it('distinguishes connections that never started from ones that may have delivered the request', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1GET http://x/?Signature=s failed.'), {
      code: 'ECONNREFUSED',
    });
    expect(mapTransportFailure(refused, 'http://127.0.0.1:1')).toMatchObject({
      error: { code: 'offline' },
      outcome: 'not-applied',
      transient: false,
    });
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(mapTransportFailure(reset, 'https://workorder.aliyuncs.com')).toMatchObject({
      outcome: 'unknown',
      transient: true,
    });
    const timeout = Object.assign(new Error('ReadTimeout(3000). POST http://x/ failed.'), {
      name: 'RequestTimeoutError',
    });
    expect(mapTransportFailure(timeout, 'https://workorder.aliyuncs.com')?.outcome).toBe('unknown');
    expect(mapTransportFailure(new Error('something else'), 'https://workorder.aliyuncs.com')).toBeNull();
  });
});

describe('retry delays', () => {
  it('uses full jitter under an exponential cap', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((n) => delayBeforeRetry(n, undefined, policy, () => 0.999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(delayBeforeRetry(3, undefined, policy, () => 0)).toBe(0);
  });

  it('waits at least what the server asks, and not at all when it asks too much', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxRetryAfterMs: 5_000 };
    expect(delayBeforeRetry(1, 2, policy, () => 0.5)).toBe(2_000);
    expect(delayBeforeRetry(1, 60, policy, () => 0.5)).toBeNull();
  });
});
