import { ipcError, type ErrorCode, type IpcError } from '../../../shared/errors';
import { ApiError, type CallOutcome } from './workorder-api';

/*
 * The one table that turns what the Workorder API (gateway + service, spec §2.10 and §4.4) and the
 * network can say into contract errors. Messages are written for a person and never quote the
 * request URL (pop-core puts the signed URL, AccessKeyId and Signature into its error messages).
 */

/** What a failed response said, taken from the error body. */
export interface ServiceFailure {
  code: string;
  /** The server's message; only quoted (sanitised) where it helps the user fix their input. */
  message: string;
  requestId?: string;
  httpStatus?: number;
  retryAfterSec?: number;
}

interface Rule {
  matches(code: string): boolean;
  errorCode: ErrorCode;
  describe(failure: ServiceFailure): string;
  /** Overrides the error code's default (throttled/server/offline are retryable). */
  retryable?: boolean;
  /** Contract field to blame when the server does not name one. */
  field?: string;
}

const exactly =
  (...codes: string[]) =>
  (code: string): boolean =>
    codes.some((c) => c.toLowerCase() === code.toLowerCase());
const startsWith =
  (...prefixes: string[]) =>
  (code: string): boolean =>
    prefixes.some((p) => code.toLowerCase().startsWith(p.toLowerCase()));

const KEY_HINT = 'Check the AccessKey ID and secret in Settings → Accounts.';

/** Ordered: the first matching rule wins. */
const RULES: readonly Rule[] = [
  {
    matches: startsWith('InvalidAccessKeyId.Inactive'),
    errorCode: 'auth',
    describe: () => 'This AccessKey is disabled. Enable it in the RAM console or use another key.',
  },
  {
    matches: startsWith('InvalidAccessKeyId'),
    errorCode: 'auth',
    describe: () => `Alibaba Cloud does not know this AccessKey ID. ${KEY_HINT}`,
  },
  {
    matches: exactly('SignatureDoesNotMatch', 'IncompleteSignature'),
    errorCode: 'auth',
    describe: () => `The AccessKey secret does not match the AccessKey ID. ${KEY_HINT}`,
  },
  {
    matches: startsWith('InvalidTimeStamp.Expired', 'IllegalTimestamp'),
    errorCode: 'auth',
    describe: () =>
      "Alibaba Cloud rejected the request because this computer's clock is off by more than 15 minutes. " +
      'Set the date, time and time zone correctly (turn on automatic time), then try again.',
  },
  {
    matches: startsWith('InvalidTimeStamp'),
    errorCode: 'auth',
    describe: () => "The request's timestamp was not accepted. Check this computer's date, time and time zone.",
  },
  {
    matches: startsWith('MissingSecurityToken', 'InvalidSecurityToken'),
    errorCode: 'auth',
    describe: () => `The security token for this key is missing or expired. ${KEY_HINT}`,
  },
  {
    matches: exactly('SignatureNonceUsed'),
    errorCode: 'server',
    describe: () => 'Alibaba Cloud saw this request twice and refused the copy. Try again.',
  },
  {
    matches: (code) => startsWith('Forbidden')(code) || exactly('NoPermission', 'illegal.auth')(code),
    errorCode: 'forbidden',
    describe: () =>
      'This AccessKey is not allowed to use the ticket API. Grant its RAM user the AliyunSupportFullAccess ' +
      'policy, or use another key.',
  },
  {
    matches: startsWith('Throttling'),
    errorCode: 'throttled',
    describe: (f) =>
      f.retryAfterSec !== undefined
        ? `Alibaba Cloud is limiting how often this key may call the API. Try again in ${f.retryAfterSec} s.`
        : 'Alibaba Cloud is limiting how often this key may call the API. Try again in a moment.',
  },
  {
    matches: exactly('System.error', 'InternalError', 'ServiceUnavailable', 'InternalServerError'),
    errorCode: 'server',
    describe: () => 'The Alibaba Cloud ticket service had a problem handling the request. Try again later.',
  },
  {
    matches: (code) =>
      startsWith('InvalidAction.NotFound', 'InvalidApi.NotFound', 'InvalidProduct.NotFound')(code) ||
      exactly('InvalidVersion', 'NoSuchVersion')(code),
    errorCode: 'invalid-request',
    field: 'endpoint',
    describe: () =>
      'This endpoint does not offer the ticket API (Workorder 2020-03-26). Check the endpoint, for example ' +
      'https://workorder.aliyuncs.com.',
  },
  {
    matches: (code) => /NotFound$/i.test(code),
    errorCode: 'not-found',
    describe: (f) => withDetail('Alibaba Cloud could not find what was asked for.', f.message),
  },
  {
    matches: exactly('InvalidTicket.Closed'),
    errorCode: 'conflict',
    describe: () => 'The ticket is already closed, so it cannot be changed any more.',
  },
  {
    matches: exactly('RequestEntityTooLarge'),
    errorCode: 'invalid-request',
    describe: () => 'The request is too large for Alibaba Cloud. Shorten the text and try again.',
  },
  {
    matches: (code) =>
      exactly('param.illegal', 'illegal.param')(code) ||
      startsWith('MissingParameter', 'Missing', 'InvalidParameter', 'illegalParam')(code),
    errorCode: 'invalid-request',
    describe: (f) => withDetail('Alibaba Cloud did not accept the request.', f.message),
  },
];

/** Maps a failure the server reported (an error body, or a bare 5xx) to a contract error. */
export function mapServiceFailure(failure: ServiceFailure): IpcError {
  const rule = RULES.find((r) => r.matches(failure.code));
  const extra: { field?: string; requestId?: string; retryable?: boolean } = {};
  if (failure.requestId) extra.requestId = failure.requestId;
  if (!rule) {
    const serverSide = failure.httpStatus === undefined || failure.httpStatus >= 500;
    const what = failure.code.startsWith('HTTP') ? `HTTP status ${failure.httpStatus ?? '?'}` : `"${failure.code}"`;
    const message = serverSide
      ? `The Alibaba Cloud ticket service failed with ${what}. Try again later.`
      : `Alibaba Cloud refused the request with ${what}.`;
    return ipcError(serverSide ? 'server' : 'invalid-request', message, extra);
  }
  const field = rule.errorCode === 'invalid-request' ? (fieldNamedIn(failure) ?? rule.field) : undefined;
  if (field !== undefined) extra.field = field;
  if (rule.retryable !== undefined) extra.retryable = rule.retryable;
  return ipcError(rule.errorCode, rule.describe(failure), extra);
}

/** A response the client could not use: a 5xx without a code, HTML from a proxy, a malformed body. */
export function unusableResponse(what: string, requestId?: string): IpcError {
  return ipcError(
    'server',
    `Alibaba Cloud sent ${what} that this app does not understand. Try again later.`,
    requestId ? { requestId } : {},
  );
}

/** Network errors (Node error codes) that happen before any byte of the request left this machine. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
/** Network errors after which the request may or may not have reached the server. */
const MAYBE_SENT = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'ESOCKETTIMEDOUT']);

export interface TransportFailure {
  error: IpcError;
  outcome: CallOutcome;
  /** Whether trying again soon is likely to help (a reset or timeout, unlike a refused connection). */
  transient: boolean;
}

/** Maps a network-level failure (pop-core/httpx rejections without a service Code), or null if it is not one. */
export function mapTransportFailure(err: unknown, endpoint: string): TransportFailure | null {
  if (!(err instanceof Error)) return null;
  const code = (err as NodeJS.ErrnoException).code;
  const host = hostOf(endpoint);
  if (code !== undefined && NOT_SENT.has(code)) {
    const message =
      code === 'ECONNREFUSED'
        ? `Cannot connect to ${host}: the connection was refused. Check the endpoint and your network.`
        : `Cannot reach ${host}. Check your internet connection and the endpoint.`;
    return { error: ipcError('offline', message), outcome: 'not-applied', transient: false };
  }
  if (err.name === 'RequestTimeoutError' || (code !== undefined && MAYBE_SENT.has(code))) {
    const timedOut = err.name === 'RequestTimeoutError' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT';
    const message = timedOut
      ? `${host} did not answer in time. Check your internet connection.`
      : `The connection to ${host} was interrupted. Check your internet connection.`;
    return { error: ipcError('offline', message), outcome: 'unknown', transient: true };
  }
  return null;
}

/** Builds the thrown error, with one last scrub so no code path can carry the secret out. */
export function apiError(error: IpcError, outcome: CallOutcome, secret: string, retryAfterSec?: number): ApiError {
  return new ApiError({ ...error, message: scrub(error.message, secret) }, outcome, retryAfterSec);
}

/** Parses x-acs-retry-after (positive seconds, spec §4.4); anything else is ignored. */
export function parseRetryAfter(value: unknown): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const seconds = Number(text);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** API parameter → the contract field a form shows it in. */
const FIELD_OF_PARAM: Readonly<Record<string, string>> = {
  ProductCode: 'productCode',
  Category: 'categoryId',
  Title: 'title',
  Content: 'content',
  SecretContent: 'secretContent',
  Email: 'email',
  Phone: 'phone',
  NotifyTimeRange: 'notifyTimeRange',
  Language: 'language',
  TicketId: 'ticketId',
  Ids: 'ids',
};

function fieldNamedIn(failure: ServiceFailure): string | undefined {
  // e.g. `The parameter "Email" is invalid…`, `The input parameter "Title" that is mandatory…`,
  // `The specified value of parameter "PageSize" is not valid.`, `illegalParam.emailOrPhone` + `The email "…"`.
  const quoted = /parameter "([A-Za-z][A-Za-z0-9.]*)"/.exec(failure.message)?.[1];
  const fromCode = /^Missing([A-Z][A-Za-z0-9]*)$/.exec(failure.code)?.[1];
  const leading = /^The (email|phone) "/i.exec(failure.message)?.[1];
  const param = quoted ?? (fromCode && fromCode !== 'Parameter' ? fromCode : undefined) ?? capitalise(leading);
  if (!param) return undefined;
  return FIELD_OF_PARAM[param] ?? param.charAt(0).toLowerCase() + param.slice(1);
}

function capitalise(word: string | undefined): string | undefined {
  return word ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : undefined;
}

/** Appends the server's explanation, minus anything that could carry a URL or a string to sign. */
function withDetail(lead: string, serverMessage: string): string {
  const detail = serverMessage
    .replace(/,?\s*URL:.*$/s, '')
    .replace(/server string to sign is:.*$/is, '')
    .replace(/https?:\/\/\S*[?&](Signature|AccessKeyId)=\S*/gi, '')
    .trim()
    .slice(0, 300);
  return detail ? `${lead} ${detail}` : lead;
}

function scrub(message: string, secret: string): string {
  return secret ? message.split(secret).join('•••') : message;
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return 'the endpoint';
  }
}
