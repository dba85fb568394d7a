import { useEffect, useRef } from 'react';
import { useErrorText } from '../../lib/error-text';
import { LanguageOptions } from '../../lib/LanguageOptions';
import { useTranslation } from 'react-i18next';
import { NOTIFY_TIME_RANGES, type NotifyTimeRange, type UiLanguage } from '../../../shared/domain';
import { MAX_CONTENT, MAX_TITLE } from '../../../shared/ipc';
import { useAppStore } from '../../app/store';
import { Field } from '../../lib/Field';
import { CategoryPicker } from './CategoryPicker';
import type { ComposeField } from './compose-slice';
import { ProductPicker } from './ProductPicker';
import { useFieldError } from './use-field-error';

const NOTIFY_KEYS = { normal: 'compose.notifyNormal', all: 'compose.notifyAll', never: 'compose.notifyNever' } as const;

/** New ticket form. Validation, drafts and sending live in compose-slice. */
export function ComposeView() {
  const { t } = useTranslation();
  const submit = useAppStore((s) => s.submitCompose);
  const submitting = useAppStore((s) => s.compose.submitting);
  const errorCount = useAppStore((s) => Object.keys(s.compose.errors).length);
  const discard = useAppStore((s) => s.discardDraft);
  const formRef = useRef<HTMLFormElement>(null);

  // Move focus to the first invalid field after a failed attempt.
  useEffect(() => {
    if (errorCount > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errorCount]);

  return (
    <section className="page compose" aria-labelledby="compose-heading">
      <header className="page-header">
        <h1 id="compose-heading" className="page-title">
          {t('compose.heading')}
        </h1>
        <p className="page-intro">{t('compose.intro')}</p>
      </header>
      <ComposeResultBanner />
      <form
        ref={formRef}
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <ProductPicker />
          <CategoryPicker />
        </div>
        <TextField
          field="title"
          label={t('compose.title')}
          placeholder={t('compose.titlePlaceholder')}
          maxLength={MAX_TITLE}
        />
        <TextField
          field="content"
          label={t('compose.description')}
          placeholder={t('compose.descriptionPlaceholder')}
          maxLength={MAX_CONTENT}
          multiline={8}
        />
        <TextField
          field="secretContent"
          label={t('compose.confidential')}
          hint={t('compose.confidentialHint')}
          maxLength={MAX_CONTENT}
          multiline={3}
        />
        <div className="form-grid">
          <TextField
            field="email"
            label={t('compose.email')}
            hint={t('compose.emailHint')}
            type="email"
            autoComplete="email"
          />
          <TextField
            field="phone"
            label={t('compose.phone')}
            hint={t('compose.phoneHint')}
            type="tel"
            autoComplete="tel"
          />
        </div>
        <div className="form-grid">
          <NotificationsField />
          <LanguageField />
        </div>
        <div className="form-actions">
          {errorCount > 0 && (
            <p className="form-summary" role="alert">
              {t('compose.fixErrors', { count: errorCount })}
            </p>
          )}
          <SubmitError />
          <span className="form-note">{t('compose.draftSaved')}</span>
          <button type="button" className="button button-ghost" onClick={discard}>
            {t('compose.discardDraft')}
          </button>
          <button type="submit" className="button button-primary" disabled={submitting}>
            {t('compose.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface TextFieldProps {
  field: Exclude<ComposeField, 'notifyTimeRange' | 'language'>;
  label: string;
  hint?: string;
  placeholder?: string;
  maxLength?: number;
  multiline?: number;
  type?: string;
  autoComplete?: string;
}

function TextField({ field, label, hint, placeholder, maxLength, multiline, type, autoComplete }: TextFieldProps) {
  const value = useAppStore((s) => s.compose.draft[field]);
  const setField = useAppStore((s) => s.setDraftField);
  const error = useFieldError(field);
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            className="input"
            rows={multiline}
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => setField(field, e.target.value)}
          />
        ) : (
          <input
            id={id}
            className="input"
            type={type ?? 'text'}
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
            autoComplete={autoComplete ?? 'off'}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => setField(field, e.target.value)}
          />
        )
      }
    </Field>
  );
}

function NotificationsField() {
  const { t } = useTranslation();
  const value = useAppStore((s) => s.compose.draft.notifyTimeRange);
  const setField = useAppStore((s) => s.setDraftField);
  return (
    <Field label={t('compose.notifications')}>
      {({ id }) => (
        <select
          id={id}
          className="select"
          value={value}
          onChange={(e) => setField('notifyTimeRange', e.target.value as NotifyTimeRange)}
        >
          {NOTIFY_TIME_RANGES.map((range) => (
            <option key={range} value={range}>
              {t(NOTIFY_KEYS[range])}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function LanguageField() {
  const { t } = useTranslation();
  const chosen = useAppStore((s) => s.compose.draft.language);
  const uiLanguage = useAppStore((s) => s.settings?.language ?? 'en');
  const setField = useAppStore((s) => s.setDraftField);
  return (
    <Field label={t('compose.language')} hint={t('compose.languageHint')}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="select"
          value={chosen || uiLanguage}
          aria-describedby={describedBy}
          onChange={(e) => setField('language', e.target.value === uiLanguage ? '' : (e.target.value as UiLanguage))}
        >
          <LanguageOptions />
        </select>
      )}
    </Field>
  );
}

function SubmitError() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const error = useAppStore((s) => s.compose.submitError);
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {t('compose.failed', { message: errorText(error) })}
    </p>
  );
}

function ComposeResultBanner() {
  const { t } = useTranslation();
  const result = useAppStore((s) => s.compose.result);
  const openTicket = useAppStore((s) => s.openTicket);
  const setView = useAppStore((s) => s.setView);
  if (!result) return null;
  if (result.state === 'queued') {
    return (
      <p className="notice notice-info" aria-live="polite">
        {t('compose.queued')}
      </p>
    );
  }
  return (
    <div className="notice notice-success" aria-live="polite">
      <span>{t('compose.sent', { id: result.ticketId })}</span>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setView('inbox');
          void openTicket(result.ticketId);
        }}
      >
        {t('compose.openTicket')}
      </button>
    </div>
  );
}
