import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import { useAppStore } from '../../app/store';
import { Field } from '../../lib/Field';
import { useFieldError } from './use-field-error';

/** Categories of the chosen product; resets when the product changes (see compose-slice). */
export function CategoryPicker() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const productCode = useAppStore((s) => s.compose.draft.productCode);
  const value = useAppStore((s) => s.compose.draft.categoryId);
  const categories = useAppStore((s) => s.compose.categories);
  const status = useAppStore((s) => s.compose.categoriesStatus);
  const loadError = useAppStore((s) => s.compose.categoriesError);
  const setField = useAppStore((s) => s.setDraftField);
  const retry = useAppStore((s) => s.loadCategories);
  const error = useFieldError('categoryId');

  const placeholder = !productCode
    ? t('compose.chooseProductFirst')
    : status === 'loading'
      ? t('compose.categoriesLoading')
      : t('compose.chooseCategory');
  const hint =
    status === 'loading'
      ? t('compose.categoriesLoading')
      : status === 'error'
        ? t('compose.categoriesError', { message: loadError ? errorText(loadError) : '' })
        : status === 'ready' && categories.length === 0
          ? t('compose.categoriesEmpty')
          : undefined;

  return (
    <Field label={t('compose.category')} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <div className="select-with-action">
          <select
            id={id}
            className="select"
            value={value}
            disabled={!productCode || status !== 'ready' || categories.length === 0}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            aria-busy={status === 'loading' || undefined}
            onChange={(e) => setField('categoryId', e.target.value)}
          >
            <option value="">{placeholder}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {status === 'error' && (
            <button type="button" className="button button-small" onClick={() => void retry(productCode)}>
              {t('inbox.retry')}
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
