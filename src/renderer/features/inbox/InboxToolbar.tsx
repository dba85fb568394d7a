import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../app/store';
import { allProducts } from '../../lib/catalog';
import { DateRangeFilter } from './DateRangeFilter';
import type { InboxSort } from './inbox-slice';

/** Search, then one row of filters (product, sort, created range) above the list. */
export function InboxToolbar() {
  const { t } = useTranslation();
  const queryInput = useAppStore((s) => s.inbox.queryInput);
  const query = useAppStore((s) => s.inbox.query);
  const productCode = useAppStore((s) => s.inbox.productCode);
  const createdFrom = useAppStore((s) => s.inbox.createdFrom);
  const createdTo = useAppStore((s) => s.inbox.createdTo);
  const sort = useAppStore((s) => s.inbox.sort);
  const total = useAppStore((s) => s.inbox.total);
  const products = useAppStore(useShallow((s) => allProducts(s.compose.catalog)));
  const focus = useAppStore((s) => s.shell.focus);
  const setQuery = useAppStore((s) => s.setInboxQuery);
  const setProduct = useAppStore((s) => s.setInboxProduct);
  const setSort = useAppStore((s) => s.setInboxSort);
  const clear = useAppStore((s) => s.clearInboxFilters);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focus?.target === 'search') searchRef.current?.focus();
  }, [focus]);

  const filtered = Boolean(queryInput || productCode || createdFrom || createdTo);
  return (
    <div className="inbox-toolbar">
      <div className="search-box">
        <svg className="search-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={searchRef}
          type="search"
          aria-label={t('inbox.search')}
          placeholder={t('inbox.searchPlaceholder')}
          value={queryInput}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && queryInput) {
              e.stopPropagation();
              setQuery('');
            } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
              e.preventDefault();
              requestFocus('list');
            }
          }}
        />
        <kbd className="kbd search-kbd" aria-hidden="true">
          /
        </kbd>
      </div>
      <div className="filter-row">
        <select
          aria-label={t('inbox.productFilter')}
          className="compact-select"
          value={productCode}
          onChange={(e) => setProduct(e.target.value)}
        >
          <option value="">{t('inbox.allProducts')}</option>
          {products.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('inbox.sort')}
          className="compact-select"
          value={sort === 'relevance' && !query ? 'created-desc' : sort}
          onChange={(e) => setSort(e.target.value as InboxSort)}
        >
          <option value="created-desc">{t('inbox.sortCreatedDesc')}</option>
          <option value="created-asc">{t('inbox.sortCreatedAsc')}</option>
          <option value="activity-desc">{t('inbox.sortActivity')}</option>
          {query && <option value="relevance">{t('inbox.sortRelevance')}</option>}
        </select>
        <DateRangeFilter />
      </div>
      <div className="result-row">
        <span className="result-count" aria-live="polite">
          {total !== null ? t('inbox.results', { count: total }) : ''}
        </span>
        {filtered && (
          <button type="button" className="link-button" onClick={clear}>
            {t('inbox.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
