import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import type { ComposeField } from './compose-slice';

/** The localized error text for one compose field, if it has one. */
export function useFieldError(field: ComposeField): string | undefined {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.compose.errors[field]);
  if (!error) return undefined;
  if ('message' in error) return error.message;
  if (error.key === 'tooLong') return t('compose.error.tooLong', { max: error.max });
  return t(`compose.error.${error.key}`);
}
