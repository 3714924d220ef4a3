import { useEffect, useMemo } from 'react';
import type { Resolver } from 'react-hook-form';
import type { Product, Tld } from '@/lib/whmcs/types';
import type { ConfiguratorValues } from './form-model';

/**
 * The configurator's validation (zod, in ./form-schema), loaded when the form first validates or
 * when the browser is idle: prices and choices work without it, so the page does not wait for it.
 */
export function useLazyResolver(product: Product, currencyCode: string, needsDomain: boolean, tlds: readonly Tld[] | null): Resolver<ConfiguratorValues> {
  useEffect(() => {
    const preload = () => void import('./form-schema');
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(preload);
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 1500);
    return () => clearTimeout(timer);
  }, []);
  return useMemo<Resolver<ConfiguratorValues>>(
    () => async (values, context, options) => {
      const { configuratorResolver } = await import('./form-schema');
      return configuratorResolver(product, currencyCode, needsDomain, tlds)(values, context, options);
    },
    [product, currencyCode, needsDomain, tlds],
  );
}
