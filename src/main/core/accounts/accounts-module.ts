import type { CoreContext, CoreModule } from '../core-module';
import type { AccountDirectory } from './active-account';

export interface AccountsModule extends CoreModule {
  directory: AccountDirectory;
  isDemo(): boolean;
  warnings(): { code: string; message: string }[];
}

/** Accounts, credentials and demo mode (issue 4). Placeholder until that lands: no accounts. */
export async function createAccountsModule(_ctx: CoreContext): Promise<AccountsModule> {
  return {
    handlers: {},
    directory: {
      active: () => null,
      onActiveChanged: () => ({ dispose() {} }),
      onRemoved: () => ({ dispose() {} }),
    },
    isDemo: () => false,
    warnings: () => [],
  };
}
