import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../shared/errors';

/**
 * How an error from main reads to a person. Main writes its messages in English with the details
 * (which key, which field); in English they are shown as they are. In Chinese and Japanese the code
 * becomes a translated sentence instead, with the request id kept for support.
 */
export function useErrorText(): (error: IpcError) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (i18n.language === 'en') return error.message;
    const text = t(`errors.${error.code}`);
    return error.requestId ? `${text} ${t('errors.requestId', { id: error.requestId })}` : text;
  };
}
