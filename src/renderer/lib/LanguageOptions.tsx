import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../shared/domain';

/** The <option>s for a language picker, each language named in the current UI language. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return UI_LANGUAGES.map((lang) => (
    <option key={lang} value={lang}>
      {t(`languages.${lang}`)}
    </option>
  ));
}
