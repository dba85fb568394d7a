import type { CredentialStore, Logger } from '../ports';
import { createSessionOnlyStore } from './session-only-store';

/** A way to open a secret store; rejects with a readable reason when that store cannot be used here. */
export type CredentialStoreCandidate = () => Promise<CredentialStore>;

/**
 * Returns the first candidate that opens (e.g. keychain, then Electron safeStorage). When none does,
 * secrets are kept in memory only, and the store's warning (shown by app.info) says why.
 */
export async function chooseCredentialStore(
  candidates: readonly CredentialStoreCandidate[],
  logger: Logger,
): Promise<CredentialStore> {
  const reasons: string[] = [];
  for (const candidate of candidates) {
    try {
      const store = await candidate();
      logger.info('credential store ready', { backend: store.backend });
      return store;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reasons.push(reason);
      logger.warn('credential store unavailable', { reason });
    }
  }
  const why = reasons.length > 0 ? ` (${reasons.join(' ')})` : '';
  return createSessionOnlyStore(
    `No system keychain is available${why}. Access keys are kept only until the app quits; ` +
      'you will be asked for the secret again next time.',
  );
}
