import type { WorkorderApi } from '../api/workorder-api';
import type { Disposable } from '../ports';

/** What the ticket side of the core needs to know about accounts. */
export interface ActiveAccount {
  id: string;
  demo: boolean;
  api: WorkorderApi;
}

export interface AccountDirectory {
  active(): ActiveAccount | null;
  /** Fires after the active account changed (added first, switched, removed, demo started). */
  onActiveChanged(listener: (account: ActiveAccount | null) => void): Disposable;
  /** Fires when an account is deleted, so its cached data can be removed. */
  onRemoved(listener: (accountId: string) => void): Disposable;
}
