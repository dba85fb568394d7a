import type { z } from 'zod';
import { ipcError, type IpcError } from '../../shared/errors';

/** Turns a schema failure into one readable `invalid-request` naming the first offending field. */
export function describeSchemaError(error: z.ZodError): IpcError {
  const issue = error.issues[0];
  let field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  let message = issue?.message ?? 'The request is not valid.';
  if (issue?.code === 'unrecognized_keys') {
    field = [...issue.path.map(String), issue.keys[0]].join('.');
    message = `Unexpected field(s): ${issue.keys.join(', ')}.`;
  } else if (issue?.code === 'invalid_type' && field) message = `"${field}": ${message}`;
  return ipcError('invalid-request', message, field !== undefined ? { field } : {});
}
