import { createSessionOnlyStore } from '../core/credentials/session-only-store';
import type { CredentialStore, Logger } from '../core/ports';

export type CredentialsChoice = 'memory' | 'keychain';

/** The credential store behind `--credentials`: process memory (default, nothing outlives the preview). */
export async function openCredentialStore(choice: CredentialsChoice, _logger: Logger): Promise<CredentialStore> {
  // The keytar store (issue 4) is not on main yet; until it is, say so instead of pretending.
  if (choice === 'keychain')
    throw new Error('--credentials keychain needs the keytar store, which is not on main yet.');
  return createSessionOnlyStore('Web preview: access keys are kept in memory until the preview stops.');
}
