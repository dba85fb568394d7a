import { ApiError } from './api-error.js';

/*
 * Errors of the Workorder service itself (spec §2.10): `param.illegal` 400 and `System.error` 500 are
 * documented; the ticket-state codes below are this sandbox's choice because the spec leaves them open.
 * They use the gateway error body (spec §8 question 10 leaves the real shape open).
 */

export const paramIllegal = (name: string, why: string): ApiError =>
  new ApiError(400, 'param.illegal', `The parameter "${name}" is invalid: ${why}`);

export const emailOrPhoneIllegal = (name: 'Email' | 'Phone', value: string): ApiError =>
  new ApiError(400, 'illegalParam.emailOrPhone', `The ${name.toLowerCase()} "${value}" is not valid.`);

export const systemError = (): ApiError =>
  new ApiError(500, 'System.error', 'An error occurred while processing your request. Please try again later.');

/** Chosen code: reply/close on an id that does not exist. 404 so clients can tell "gone" from "invalid". */
export const ticketNotFound = (id: string): ApiError =>
  new ApiError(404, 'InvalidTicket.NotFound', `The ticket "${id}" does not exist.`);

/** Chosen code: reply/close on a ticket that is already closed (confirmed). */
export const ticketClosed = (id: string): ApiError =>
  new ApiError(400, 'InvalidTicket.Closed', `The ticket "${id}" is closed; it cannot be replied to or closed again.`);
