import type { Settings } from '../../shared/domain';

type ThemeSetting = Settings['theme'];
type Theme = 'light' | 'dark';

/** The palette to show: the setting itself, or the system's preference for "system". */
export const resolveTheme = (setting: ThemeSetting, prefersDark: boolean): Theme =>
  setting === 'system' ? (prefersDark ? 'dark' : 'light') : setting;

/** The part of MediaQueryList this needs; tests pass a double. */
export interface DarkQuery {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

export const systemDarkQuery = (): DarkQuery | undefined => window.matchMedia?.('(prefers-color-scheme: dark)');

/**
 * Puts the resolved theme on <html data-theme>, so the stylesheet has one dark palette instead of a
 * copy per way of asking for it; with "system" it follows the OS while the setting stays. Returns
 * the function that stops following.
 */
export function applyTheme(
  setting: ThemeSetting,
  root: HTMLElement = document.documentElement,
  query: DarkQuery | undefined = systemDarkQuery(),
): () => void {
  const apply = () => {
    root.dataset.theme = resolveTheme(setting, query?.matches ?? false);
  };
  apply();
  if (setting !== 'system' || !query) return () => {};
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
