import type { AccountDirectory } from '../accounts/active-account';
import type { CoreContext, CoreModule } from '../core-module';

/** Cache, sync engine and outbox (issue 5). Placeholder until that lands. */
export async function createTicketsModule(_ctx: CoreContext, _accounts: AccountDirectory): Promise<CoreModule> {
  return { handlers: {} };
}
