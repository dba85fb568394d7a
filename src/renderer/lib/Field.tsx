import { useId, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: string | undefined;
  /** Render the control with the ids that tie it to its label, hint and error. */
  children(ids: { id: string; describedBy: string | undefined; invalid: boolean }): ReactElement;
  extra?: ReactNode;
}

/** Label, control, hint and error wired together for screen readers. */
export function Field({ label, hint, error, optional, children, extra }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
          {optional && (
            <span className="field-optional" aria-hidden="true">
              {' '}
              {optional}
            </span>
          )}
        </label>
        {extra}
      </div>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
