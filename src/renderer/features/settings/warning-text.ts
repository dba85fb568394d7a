import type { TFunction } from 'i18next';
import type { CredentialBackend } from '../../../shared/domain';

/** app.info warning codes the core sends (core.ts, accounts-module.ts) and their translated text. */
const KNOWN = {
  'credentials-session-only': 'settings.warnings.sessionOnly',
  'account-secret-missing': 'settings.warnings.secretMissing',
  'demo-unavailable': 'settings.warnings.demoUnavailable',
  'accounts-unreadable': 'settings.warnings.accountsUnreadable',
} as const;

/**
 * The sentences of the settings warning box, each once, in the UI language. A code this renderer
 * does not know yet falls back to main's own (English) message rather than hiding the problem.
 */
export function warningTexts(
  backend: CredentialBackend | undefined,
  warnings: readonly { code: string; message: string }[],
  t: TFunction,
): string[] {
  const texts: string[] = [];
  const add = (text: string) => {
    if (!texts.includes(text)) texts.push(text);
  };
  if (backend === 'session-only') add(t(KNOWN['credentials-session-only']));
  for (const w of warnings) {
    const key = Object.hasOwn(KNOWN, w.code) ? KNOWN[w.code as keyof typeof KNOWN] : null;
    add(key ? t(key) : w.message);
  }
  return texts;
}
