import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';

/** Which account's tickets are shown. */
export function AccountSwitcher() {
  const { t } = useTranslation();
  const accounts = useAppStore((s) => s.accounts);
  const activeId = useAppStore((s) => s.accounts.find((a) => a.active)?.id ?? '');
  const setActive = useAppStore((s) => s.setActiveAccount);
  if (accounts.length === 0) return null;
  return (
    <label className="account-switcher">
      <span className="visually-hidden">{t('nav.account')}</span>
      <select className="select account-select" value={activeId} onChange={(e) => void setActive(e.target.value)}>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.demo ? t('nav.demoAccount', { name: a.name }) : a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
