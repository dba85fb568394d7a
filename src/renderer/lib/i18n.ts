import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../shared/domain';
import { en } from './locales/en';
import { ja } from './locales/ja';
import { zh } from './locales/zh';

export const resources = { en: { translation: en }, zh: { translation: zh }, ja: { translation: ja } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    // Typed keys: a misspelt key is a compile error, not an English fallback at run time.
    resources: { translation: typeof en };
  }
}

/** One i18next instance per app (and per test), initialised synchronously with bundled resources. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** BCP 47 tag for Intl formatting of a UI language. */
export const localeOf = (language: string): string =>
  language === 'zh' ? 'zh-CN' : language === 'ja' ? 'ja-JP' : 'en-US';
