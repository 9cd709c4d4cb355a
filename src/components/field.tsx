// Labelled form controls that keep the value as typed and show a message beside a bad one.
import type { ReactNode } from 'react';

export interface FieldOption {
  value: string;
  label: string;
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

function describedBy(id: string, error: string | undefined, hint: ReactNode): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldNotes({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  return (
    <>
      {hint ? (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  className,
  placeholder,
  inputMode,
  normalize,
}: FieldProps & {
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** The value in the form the app keeps (1/5/2026 as 2026-01-05), applied on leaving the field. */
  normalize?: (typed: string) => string;
}) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
        onBlur={(event) => {
          if (!normalize) return;
          const normal = normalize(event.target.value);
          if (normal !== event.target.value) onChange(normal);
        }}
      />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  className,
  options,
  emptyLabel,
}: FieldProps & { options: FieldOption[]; emptyLabel?: string }) {
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyLabel !== undefined || value === '' ? (
          <option value="">{emptyLabel ?? '—'}</option>
        ) : null}
        {known ? null : <option value={value}>{value} (not recognised)</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}
