import { useEffect, useMemo, useRef, useState } from 'react';
import type { UseFormReset } from 'react-hook-form';
import { configurationToParams, paramsToRequest, withForeignParams } from '@/lib/catalogue/configuration-link';
import { defaultConfiguration, normaliseConfiguration } from '@/lib/pricing';
import type { Product } from '@/lib/whmcs/types';
import { linkConfiguration, valuesFromConfiguration, type ConfiguratorValues } from './form-model';
import type { DomainStepValues } from './domain-step';
import { typedFields } from './typed-fields';

/** What the URL said, once read in the browser. */
export interface UrlState {
  /** False until the URL has been read and the form shows it. */
  ready: boolean;
  /** What in the link did not fit the product and was replaced, in words. */
  problems: string[];
  promoCode: string | null;
}

interface Options {
  product: Product;
  currencyCode: string;
  needsDomain: boolean;
  /** The page's public path (`/store/vps/cloud-2`): the link is built on it. */
  path: string;
  values: ConfiguratorValues;
  reset: UseFormReset<ConfiguratorValues>;
  /**
   * Custom fields to start from (a link does not carry them): what the cart item being edited
   * holds, or none. Undefined while still being looked up: the URL is read once they are known.
   */
  savedFields: ConfiguratorValues['fields'] | undefined;
  /** The domain step of the cart item being edited (a link carries only the domain itself). */
  savedDomainStep: DomainStepValues | undefined;
  /** What was typed into them since, in this page's memory (./typed-fields), wins. */
  draft: string;
}

/**
 * The configuration lives in the URL (WHMCS-style parameters), so reloading or sharing the page
 * restores it. The page is static: the URL is read once the form is in the browser, anything in
 * it that does not fit the product falls back to its default with a note, and from then on the
 * address bar follows what the form shows, exactly as shown (a count out of range included).
 */
export function useConfigurationUrl({ product, currencyCode, needsDomain, path, values, reset, savedFields, savedDomainStep, draft }: Options): UrlState {
  const [restored, setRestored] = useState<Omit<UrlState, 'ready'> | null>(null);
  const linkHadParams = useRef(false);

  // Once in the browser (and once the fields to start from are known): restore from the URL.
  useEffect(() => {
    if (!savedFields) return;
    const params = new URLSearchParams(window.location.search);
    linkHadParams.current = params.size > 0;
    const request = paramsToRequest(params);
    const normalised = normaliseConfiguration(product, currencyCode, request.configuration);
    const notes = [...normalised.problems];
    if (request.currencyCode && request.currencyCode.toUpperCase() !== currencyCode) {
      notes.push(`Prices are shown in ${currencyCode}: ${request.currencyCode} is not one of our currencies.`);
    }
    const fields = { ...savedFields, ...typedFields(draft) };
    // An edited item's registered or transferred name is the step's, not a domain the customer owns.
    const domain = needsDomain && !savedDomainStep ? (request.domain ?? '') : '';
    reset(valuesFromConfiguration(product, normalised.configuration, { domain, fields, domainStep: needsDomain ? savedDomainStep : undefined }));
    // The page is static, so the URL can only be read here, after hydration: this one extra
    // render is the point of the effect, not an accident.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored({ problems: notes, promoCode: request.promoCode });
  }, [product, currencyCode, needsDomain, reset, savedFields, savedDomainStep, draft]);

  const ready = restored !== null && savedFields !== undefined;
  const promoCode = restored?.promoCode ?? null;
  const withQuantity = product.quantityMode !== 'none';
  const params = configurationToParams({
    configuration: linkConfiguration(product, values),
    currencyCode,
    withQuantity,
    // Only a domain the customer owns goes in the link: a name to register is not theirs yet.
    domain: needsDomain && values.domainStep.choice === 'own' ? values.domain : undefined,
    promoCode: promoCode ?? undefined,
  }).toString();
  const defaultParams = useMemo(
    () => configurationToParams({ configuration: defaultConfiguration(product, currencyCode), currencyCode, withQuantity }).toString(),
    [product, currencyCode, withQuantity],
  );

  // Keep the URL in step with the form, so the address bar is always the shareable link.
  useEffect(() => {
    if (!ready) return;
    // A plain visit keeps its plain URL until the customer changes something.
    if (!linkHadParams.current && params === defaultParams) return;
    linkHadParams.current = true;
    const next = withForeignParams(new URLSearchParams(params), new URLSearchParams(window.location.search)).toString();
    if (window.location.search !== `?${next}`) window.history.replaceState(null, '', `${path}?${next}`);
  }, [ready, params, defaultParams, path]);

  return { ready, problems: restored?.problems ?? [], promoCode };
}
