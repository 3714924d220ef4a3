import type { HTMLInputTypeAttribute, InputHTMLAttributes } from 'react';
import { field } from '@/components/ui/styles';

/**
 * A labelled text input with its hint and error. The error paragraph is always present (empty
 * when there is nothing to say) and live, so a screen reader hears a message when it appears.
 */
export interface TextFieldProps {
  id: string;
  name: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  defaultValue?: string;
  required?: boolean;
  hint?: string;
  error?: string;
  minLength?: number;
  maxLength?: number;
  className?: string;
}

export function TextField({ id, name, label, type = 'text', hint, error, required = true, className = '', ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <label htmlFor={id} className={field.label}>
        {label}
        {!required && <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {hint && (
        <p id={hintId} className={field.hint}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        className={field.input}
        {...input}
      />
      <p id={errorId} aria-live="polite" className={error ? field.error : 'sr-only'}>
        {error ?? ''}
      </p>
    </div>
  );
}
