import { ApiError } from './api-error.js';

/*
 * Gateway (POP) errors with the codes, statuses and messages of spec §4.4. Where sources disagree on
 * the status, the choice is noted. Service errors of the Workorder product live in service-errors.ts.
 */

export const missingParameter = (name: string): ApiError =>
  new ApiError(
    400,
    'MissingParameter',
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );

export const invalidParameter = (name: string, why: string): ApiError =>
  new ApiError(400, 'InvalidParameter', `The specified value of parameter "${name}" is not valid. ${why}`);

/** Chosen code: percent-encoding errors get their own sub-code so a client bug is easy to spot. */
export const badEncoding = (where: string): ApiError =>
  new ApiError(
    400,
    'InvalidParameter.Encoding',
    `The request contains malformed percent-encoding or invalid UTF-8 in ${where}.`,
  );

export const duplicateParameter = (name: string): ApiError =>
  new ApiError(
    400,
    'InvalidParameter.Duplicate',
    `The parameter "${name}" is specified more than once (query string and body are merged).`,
  );

export const unsupportedMediaType = (contentType: string): ApiError =>
  new ApiError(
    415,
    'UnsupportedMediaType',
    `The Content-Type "${contentType}" is not supported; send application/x-www-form-urlencoded.`,
  );

export const bodyTooLarge = (limit: number): ApiError =>
  new ApiError(413, 'RequestEntityTooLarge', `The request body exceeds the limit of ${limit} bytes.`);

export const unsupportedMethod = (method: string): ApiError =>
  new ApiError(403, 'UnsupportedHTTPMethod', `This http method not supported: ${method}.`);

export const apiNotFound = (): ApiError =>
  new ApiError(404, 'InvalidApi.NotFound', 'Specified api is not found, please check your url and method.');

export const actionNotFound = (action: string): ApiError =>
  new ApiError(
    404,
    'InvalidAction.NotFound',
    `Specified api is not found, please check your url and method. Action "${action}" does not exist in version 2020-03-26.`,
  );

export const invalidVersion = (version: string): ApiError =>
  new ApiError(
    400,
    'InvalidVersion',
    `Specified parameter Version is not valid. Version "${version}" is not supported.`,
  );

/** 404 follows the ECS/PolarDB-style tables (spec §4.4 lists 404 and 400). */
export const accessKeyNotFound = (): ApiError =>
  new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');

/** 400 follows G3 (spec §4.4 lists 400 and 403). The string to sign helps debug clients; it holds no secret. */
export const signatureMismatch = (stringToSign: string): ApiError =>
  new ApiError(
    400,
    'SignatureDoesNotMatch',
    `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
  );

export const incompleteSignature = (why: string): ApiError =>
  new ApiError(400, 'IncompleteSignature', `The request signature does not conform to Aliyun standards. ${why}`);

export const nonceUsed = (): ApiError =>
  new ApiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');

export const timestampExpired = (value: string): ApiError =>
  new ApiError(
    400,
    'InvalidTimeStamp.Expired',
    `Specified time stamp or date value is expired. The timestamp ${value} differs from server time by more than 15 minutes.`,
  );

export const timestampFormat = (value: string): ApiError =>
  new ApiError(
    400,
    'InvalidTimeStamp.Format',
    `Specified time stamp or date value is not well formatted. Expected yyyy-MM-ddTHH:mm:ssZ, got "${value}".`,
  );

export const throttled = (retryAfterSeconds: number): ApiError =>
  new ApiError(400, 'Throttling.User', 'Request was denied due to user flow control.', {
    'x-acs-retry-after': String(retryAfterSeconds),
  });
