import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { LanguageOptions } from '../../lib/LanguageOptions';
import { type Settings, type UiLanguage } from '../../../shared/domain';
import { useAppStore } from '../../app/store';
import { Dialog } from '../../lib/Dialog';
import { Field } from '../../lib/Field';
import { AccountForm } from './AccountForm';
import { warningTexts } from './warning-text';

const POLL_MINUTES = [1, 2, 5, 10, 15, 30, 60] as const;

/** Accounts and preferences. */
export function SettingsView() {
  const { t } = useTranslation();
  const setView = useAppStore((s) => s.setView);
  const hasAccounts = useAppStore((s) => s.accounts.length > 0);
  return (
    <section className="page settings" aria-labelledby="settings-heading">
      <header className="page-header page-header-row">
        <h1 id="settings-heading" className="page-title">
          {t('settings.heading')}
        </h1>
        {hasAccounts && (
          <button type="button" className="button" onClick={() => setView('inbox')}>
            {t('settings.close')}
          </button>
        )}
      </header>
      <CredentialWarning />
      <AccountsSection />
      <GeneralSection />
      <About />
    </section>
  );
}

function CredentialWarning() {
  const { t } = useTranslation();
  const backend = useAppStore((s) => s.appInfo?.credentialBackend);
  const warnings = useAppStore((s) => s.appInfo?.warnings);
  const texts = warningTexts(backend, warnings ?? [], t);
  if (texts.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert">
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
}

const INTRO_KEYS = {
  keychain: 'settings.accountsIntroKeychain',
  'safe-storage': 'settings.accountsIntroEncrypted',
  'session-only': 'settings.accountsIntroSession',
} as const;

function AccountsSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const accounts = useAppStore((s) => s.accounts);
  const formOpen = useAppStore((s) => s.accountForm.open);
  const removeId = useAppStore((s) => s.removeAccountId);
  const accountError = useAppStore((s) => s.accountError);
  const openForm = useAppStore((s) => s.openAccountForm);
  const askRemove = useAppStore((s) => s.askRemoveAccount);
  const setActive = useAppStore((s) => s.setActiveAccount);
  const removing = accounts.find((a) => a.id === removeId);
  // Say where the secret really lives: a keychain promise on a session-only store would be false.
  const backend = useAppStore((s) => s.appInfo?.credentialBackend);
  const intro = INTRO_KEYS[backend ?? 'keychain'];

  return (
    <section className="settings-section" aria-labelledby="accounts-heading">
      <div className="section-head">
        <div>
          <h2 id="accounts-heading" className="section-title">
            {t('settings.accounts')}
          </h2>
          <p className="section-intro">{t(intro)}</p>
        </div>
        {!formOpen && (
          <button type="button" className="button button-primary" onClick={openForm}>
            {t('settings.addAccount')}
          </button>
        )}
      </div>
      {accountError && (
        <p className="notice notice-error" role="alert">
          {errorText(accountError)}
        </p>
      )}
      {accounts.length === 0 && !formOpen && <p className="muted">{t('settings.noAccounts')}</p>}
      {accounts.length > 0 && (
        <ul className="account-list">
          {accounts.map((a) => (
            <li key={a.id} className={`account-item${a.active ? ' is-active' : ''}`}>
              <span className="account-avatar" aria-hidden="true">
                {a.name.slice(0, 1).toUpperCase()}
              </span>
              <span className="account-text">
                <span className="account-name">
                  {a.name}
                  {a.demo && <span className="badge badge-other">{t('settings.demo')}</span>}
                  {a.active && <span className="badge badge-open">{t('settings.active')}</span>}
                </span>
                <span className="account-meta mono">
                  {t('settings.keyId', { key: a.accessKeyIdMasked })} · {a.endpoint}
                </span>
              </span>
              {!a.active && (
                <button type="button" className="button button-small" onClick={() => void setActive(a.id)}>
                  {t('settings.makeActive')}
                </button>
              )}
              <button
                type="button"
                className="button button-small button-ghost"
                aria-label={t('settings.removeAccountLabel', { name: a.name })}
                onClick={() => askRemove(a.id)}
              >
                {t('settings.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {formOpen && <AccountForm />}
      {removing && <RemoveAccountDialog name={removing.name} />}
    </section>
  );
}

function RemoveAccountDialog({ name }: { name: string }) {
  const { t } = useTranslation();
  const cancel = useAppStore((s) => s.cancelRemoveAccount);
  const confirm = useAppStore((s) => s.confirmRemoveAccount);
  return (
    <Dialog
      title={t('settings.removeTitle', { name })}
      onCancel={cancel}
      actions={
        <>
          <button type="button" className="button" onClick={cancel}>
            {t('settings.cancel')}
          </button>
          <button type="button" className="button button-danger" onClick={() => void confirm()}>
            {t('settings.confirmRemove')}
          </button>
        </>
      }
    >
      <p>{t('settings.removeBody')}</p>
    </Dialog>
  );
}

function GeneralSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const settings = useAppStore((s) => s.settings);
  const error = useAppStore((s) => s.settingsError);
  const update = useAppStore((s) => s.updateSettings);
  if (!settings) return null;
  const set = (patch: Partial<Settings>) => void update(patch);
  const minutes = Math.round(settings.pollIntervalSec / 60);
  const pollOptions = POLL_MINUTES.includes(minutes as (typeof POLL_MINUTES)[number])
    ? POLL_MINUTES
    : [...POLL_MINUTES, minutes].sort((a, b) => a - b);

  return (
    <section className="settings-section" aria-labelledby="general-heading">
      <h2 id="general-heading" className="section-title">
        {t('settings.general')}
      </h2>
      {error && (
        <p className="notice notice-error" role="alert">
          {t('settings.saveSettingsFailed', { message: errorText(error) })}
        </p>
      )}
      <div className="form-grid">
        <Field label={t('settings.uiLanguage')}>
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={settings.language}
              onChange={(e) => set({ language: e.target.value as UiLanguage })}
            >
              <LanguageOptions />
            </select>
          )}
        </Field>
        <Field label={t('settings.theme')}>
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={settings.theme}
              onChange={(e) => set({ theme: e.target.value as Settings['theme'] })}
            >
              <option value="system">{t('settings.themeSystem')}</option>
              <option value="light">{t('settings.themeLight')}</option>
              <option value="dark">{t('settings.themeDark')}</option>
            </select>
          )}
        </Field>
        <Field label={t('settings.pollInterval')}>
          {({ id }) => (
            <select
              id={id}
              className="select"
              value={minutes}
              onChange={(e) => set({ pollIntervalSec: Number(e.target.value) * 60 })}
            >
              {pollOptions.map((m) => (
                <option key={m} value={m}>
                  {t('settings.everyMinutes', { count: m })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="checkbox-list">
        <Checkbox
          label={t('settings.notifications')}
          checked={settings.notifications}
          onChange={(v) => set({ notifications: v })}
        />
        <Checkbox
          label={t('settings.closeToTray')}
          checked={settings.closeToTray}
          onChange={(v) => set({ closeToTray: v })}
        />
        <Checkbox
          label={t('settings.launchAtLogin')}
          checked={settings.launchAtLogin}
          onChange={(v) => set({ launchAtLogin: v })}
        />
      </div>
    </section>
  );
}

function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

function About() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.appInfo);
  if (!info) return null;
  return <p className="about muted">{t('settings.about', { version: info.version, platform: info.platform })}</p>;
}
