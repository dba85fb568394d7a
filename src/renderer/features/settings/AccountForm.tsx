import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { useAppStore } from '../../app/store';
import { Field } from '../../lib/Field';
import { ENDPOINT_PRESETS } from './settings-slice';

const PRESET_KEYS = {
  default: 'settings.regionDefault',
  singapore: 'settings.regionSingapore',
  tokyo: 'settings.regionTokyo',
} as const;

/** Add an account. The secret field is write-only: its value is dropped as soon as the form closes. */
export function AccountForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useAppStore((s) => s.accountForm);
  const setField = useAppStore((s) => s.setAccountField);
  const test = useAppStore((s) => s.testConnection);
  const save = useAppStore((s) => s.saveAccount);
  const close = useAppStore((s) => s.closeAccountForm);
  const preset = ENDPOINT_PRESETS.find((p) => p.endpoint === form.endpoint)?.id ?? 'custom';

  return (
    <form
      className="card account-form"
      aria-labelledby="account-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="account-form-title" className="card-title">
        {t('settings.accountForm')}
      </h3>
      <Field label={t('settings.accountName')}>
        {({ id }) => (
          <input
            id={id}
            className="input"
            value={form.name}
            placeholder={t('settings.accountNamePlaceholder')}
            autoComplete="off"
            maxLength={64}
            onChange={(e) => setField('name', e.target.value)}
          />
        )}
      </Field>
      <div className="form-grid">
        <Field label={t('settings.accessKeyId')}>
          {({ id }) => (
            <input
              id={id}
              className="input mono"
              value={form.accessKeyId}
              autoComplete="off"
              spellCheck={false}
              maxLength={128}
              onChange={(e) => setField('accessKeyId', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('settings.accessKeySecret')} hint={t('settings.secretHint')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              className="input mono"
              type="password"
              value={form.accessKeySecret}
              autoComplete="new-password"
              spellCheck={false}
              maxLength={256}
              aria-describedby={describedBy}
              onChange={(e) => setField('accessKeySecret', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-grid">
        <Field label={t('settings.region')}>
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={preset}
              onChange={(e) => {
                const chosen = ENDPOINT_PRESETS.find((p) => p.id === e.target.value);
                if (chosen) setField('endpoint', chosen.endpoint);
              }}
            >
              {ENDPOINT_PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(PRESET_KEYS[p.id])}
                </option>
              ))}
              {preset === 'custom' && <option value="custom">{t('settings.regionCustom')}</option>}
            </select>
          )}
        </Field>
        <Field label={t('settings.endpoint')}>
          {({ id }) => (
            <input
              id={id}
              className="input mono"
              type="url"
              value={form.endpoint}
              spellCheck={false}
              onChange={(e) => setField('endpoint', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div aria-live="polite" className="test-result">
        {form.test.state === 'testing' && <span className="notice">{t('settings.testing')}</span>}
        {form.test.state === 'ok' && (
          <span className="notice notice-success">
            {t('settings.testOk', { ms: Math.round(form.test.latencyMs), count: form.test.productCount })}
          </span>
        )}
        {form.test.state === 'failed' && (
          <span className="notice notice-error">
            {t('settings.testFailed', { message: form.test.error ? errorText(form.test.error) : '' })}
          </span>
        )}
      </div>
      {form.error && (
        <p className="notice notice-error" role="alert">
          {t('settings.saveFailed', { message: errorText(form.error) })}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-ghost" onClick={close}>
          {t('settings.cancel')}
        </button>
        <button type="button" className="button" disabled={form.test.state === 'testing'} onClick={() => void test()}>
          {t('settings.testConnection')}
        </button>
        <button type="submit" className="button button-primary" disabled={form.saving}>
          {t('settings.saveAccount')}
        </button>
      </div>
    </form>
  );
}
