import { chooseCredentialStore } from '../core/credentials/choose-credential-store';
import { createKeytarStore } from '../core/credentials/keytar-store';
import { createSessionOnlyStore } from '../core/credentials/session-only-store';
import type { CredentialStore, Logger } from '../core/ports';

export type CredentialsChoice = 'memory' | 'keychain';

/**
 * The credential store behind `--credentials`: process memory (default, nothing outlives the
 * preview) or the OS keychain, falling back to memory with the same warning the desktop app shows.
 */
export async function openCredentialStore(choice: CredentialsChoice, logger: Logger): Promise<CredentialStore> {
  if (choice === 'keychain') return chooseCredentialStore([() => createKeytarStore()], logger);
  return createSessionOnlyStore('Web preview: access keys are kept in memory until the preview stops.');
}
