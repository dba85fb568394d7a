import { z } from 'zod';

/** Every failure that crosses IPC carries one of these codes; messages are for people. */
export const ERROR_CODES = [
  'invalid-request',
  'auth',
  'forbidden',
  'throttled',
  'offline',
  'server',
  'not-found',
  'conflict',
  'keychain-unavailable',
  'no-account',
  'not-implemented',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ipcErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  retryable: z.boolean(),
  /** For invalid-request: the dotted path of the offending field (e.g. "limit", "email"). */
  field: z.string().optional(),
  /** The API's RequestId, kept so the user can quote it to support. */
  requestId: z.string().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['throttled', 'offline', 'server']);

export function ipcError(
  code: ErrorCode,
  message: string,
  extra: { field?: string; requestId?: string; retryable?: boolean } = {},
): IpcError {
  const error: IpcError = { code, message, retryable: extra.retryable ?? RETRYABLE.has(code) };
  if (extra.field !== undefined) error.field = extra.field;
  if (extra.requestId !== undefined) error.requestId = extra.requestId;
  return error;
}

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = <T = never>(error: IpcError): IpcResult<T> => ({ ok: false, error });

/** Thrown inside the core to abort a handler with a contract error; `handle()` turns it into a result. */
export class CoreError extends Error {
  readonly error: IpcError;
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'CoreError';
    this.error = error;
  }
}
