import { useEffect } from 'react';
import type { UseFormSubscribe } from 'react-hook-form';
import type { ConfiguratorValues } from './form-model';

/**
 * What the customer typed into custom fields, kept in this page's memory while they configure.
 * A link never carries custom fields (see lib/catalogue/configuration-link.ts), and switching
 * currency renders the product page anew, so without this the typed text would be lost. Memory
 * only: nothing is written to storage, and a reload starts afresh.
 */

const typed = new Map<string, Record<string, string>>();

/** One configuration being made: a product, or the cart item being edited. */
export function draftKey(pid: number, itemId: string | null): string {
  return itemId ? `item:${itemId}` : `product:${pid}`;
}

export function typedFields(key: string): Record<string, string> {
  return typed.get(key) ?? {};
}

/** After the configuration went into the cart: the next one starts empty. */
export function forgetTypedFields(key: string): void {
  typed.delete(key);
}

/** Remembers the custom fields as they are typed (once the form has its starting values). */
export function useTypedFieldsMemory(key: string, subscribe: UseFormSubscribe<ConfiguratorValues>, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    return subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        typed.set(key, { ...values.fields });
      },
    });
  }, [key, subscribe, ready]);
}
