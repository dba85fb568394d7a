import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { useAppStore } from '../../app/store';

/** First run with no account: try the embedded demo, or connect a real account. */
export function FirstRun() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const starting = useAppStore((s) => s.demo.starting);
  const error = useAppStore((s) => s.demo.error);
  const startDemo = useAppStore((s) => s.startDemo);
  const addAccount = useAppStore((s) => s.openAccountForm);
  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <div className="first-run-card">
        <div className="brand-mark brand-mark-large" aria-hidden="true" />
        <h1 id="first-run-title" className="first-run-title">
          {t('onboarding.title')}
        </h1>
        <p className="first-run-body">{t('onboarding.body')}</p>
        <div className="first-run-options">
          <div className="first-run-option">
            <button
              type="button"
              className="button button-primary button-large"
              disabled={starting}
              aria-describedby="try-demo-hint"
              onClick={() => void startDemo()}
            >
              {t('onboarding.tryDemo')}
            </button>
            <p id="try-demo-hint" className="muted">
              {starting ? t('onboarding.starting') : t('onboarding.tryDemoHint')}
            </p>
          </div>
          <div className="first-run-option">
            <button
              type="button"
              className="button button-large"
              aria-describedby="add-account-hint"
              onClick={addAccount}
            >
              {t('onboarding.addAccount')}
            </button>
            <p id="add-account-hint" className="muted">
              {t('onboarding.addAccountHint')}
            </p>
          </div>
        </div>
        {error && (
          <p className="notice notice-error" role="alert">
            {t('onboarding.demoFailed', { message: errorText(error) })}
          </p>
        )}
      </div>
    </main>
  );
}
