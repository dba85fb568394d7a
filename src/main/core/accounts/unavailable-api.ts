import type { IpcError } from '../../../shared/errors';
import { ApiError, type WorkorderApi } from '../api/workorder-api';

/**
 * Stands in for the client of an active account that cannot call the API right now (its secret is not
 * stored on this computer, or the demo server did not start). Cached tickets stay readable, and every
 * call fails with the reason, so sync reports it instead of silently doing nothing.
 */
export function createUnavailableApi(error: IpcError): WorkorderApi {
  const fail = async (): Promise<never> => {
    throw new ApiError(error, 'not-applied');
  };
  return {
    listProducts: fail,
    listCategories: fail,
    listTickets: fail,
    listTicketNotes: fail,
    createTicket: fail,
    replyTicket: fail,
    closeTicket: fail,
  };
}
