import type { FieldError } from 'react-hook-form';
import { field } from '@/components/ui/styles';

/**
 * A field's error, next to it and announced: the live region is always in the page (an empty
 * one), so screen readers notice when a message appears.
 */
export function FieldMessage({ id, error }: { id: string; error?: FieldError }) {
  return (
    <p id={id} aria-live="polite" className={error?.message ? field.error : 'sr-only'}>
      {error?.message ?? ''}
    </p>
  );
}
