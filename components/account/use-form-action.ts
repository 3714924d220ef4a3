'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';

/**
 * A server action form that keeps what the customer typed. React resets a form after its
 * `action` runs; submitting through `onSubmit` instead keeps the fields (the `action` attribute
 * stays for browsers without JavaScript, which post the form the classic way). After an answer
 * with errors, focus moves to the first invalid field so keyboard and screen reader users land
 * on the problem.
 */
export function useFormAction<State>(action: (state: Awaited<State>, formData: FormData) => Promise<State>, initial: Awaited<State>) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, initial);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return { state, formAction, pending, formRef, onSubmit };
}
