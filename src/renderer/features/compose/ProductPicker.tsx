import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../lib/error-text';
import type { Product, ProductCatalog } from '../../../shared/domain';
import { useAppStore } from '../../app/store';
import { Field } from '../../lib/Field';
import { useFieldError } from './use-field-error';

interface Group {
  key: string;
  label: string;
  products: Product[];
}

function groupsOf(catalog: ProductCatalog, t: ReturnType<typeof useTranslation>['t']): Group[] {
  return [
    { key: 'hot-consultation', label: t('compose.groupHotConsultation'), products: catalog.hotConsultation },
    { key: 'consultation-more', label: t('compose.groupConsultationMore'), products: catalog.consultationMore },
    { key: 'hot-tech', label: t('compose.groupHotTech'), products: catalog.hotTech },
    ...catalog.techMore.map((g) => ({
      key: `tech-${g.groupName}`,
      label: t('compose.groupTech', { group: g.groupName }),
      products: g.products,
    })),
  ];
}

const matches = (p: Product, filter: string) => {
  const f = filter.trim().toLowerCase();
  return !f || p.name.toLowerCase().includes(f) || p.code.toLowerCase().includes(f);
};

/** Type-to-filter over the four ListProducts groups, feeding a native grouped select. */
export function ProductPicker() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const catalog = useAppStore((s) => s.compose.catalog);
  const status = useAppStore((s) => s.compose.catalogStatus);
  const catalogError = useAppStore((s) => s.compose.catalogError);
  const filter = useAppStore((s) => s.compose.productSearch);
  const value = useAppStore((s) => s.compose.draft.productCode);
  const setFilter = useAppStore((s) => s.setProductSearch);
  const setField = useAppStore((s) => s.setDraftField);
  const retry = useAppStore((s) => s.loadCatalog);
  const error = useFieldError('productCode');

  const groups = catalog
    ? groupsOf(catalog, t)
        .map((g) => ({ ...g, products: g.products.filter((p) => matches(p, filter) || p.code === value) }))
        .filter((g) => g.products.length > 0)
    : [];
  const noMatch =
    catalog !== null && filter.trim() !== '' && groups.every((g) => g.products.every((p) => p.code === value));
  const hint =
    status === 'loading'
      ? t('compose.catalogLoading')
      : status === 'error'
        ? t('compose.catalogError', { message: catalogError ? errorText(catalogError) : '' })
        : noMatch
          ? t('compose.noProductMatch', { filter })
          : undefined;

  return (
    <Field label={t('compose.product')} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <div className="product-picker">
          <input
            type="search"
            className="input product-filter"
            aria-label={t('compose.productFilter')}
            placeholder={t('compose.productFilterPlaceholder')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <div className="select-with-action">
            <select
              id={id}
              className="select"
              value={value}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              aria-busy={status === 'loading' || undefined}
              onChange={(e) => setField('productCode', e.target.value)}
            >
              <option value="">{t('compose.chooseProduct')}</option>
              {groups.map((g) => (
                <optgroup key={g.key} label={g.label}>
                  {g.products.map((p) => (
                    <option key={`${g.key}-${p.code}`} value={p.code} title={p.description || undefined}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {status === 'error' && (
              <button type="button" className="button button-small" onClick={() => void retry()}>
                {t('inbox.retry')}
              </button>
            )}
          </div>
        </div>
      )}
    </Field>
  );
}
