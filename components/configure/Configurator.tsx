'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { configurationToParams, paramsToRequest, withForeignParams } from '@/lib/catalogue/configuration-link';
import { cleanDomainInput } from '@/lib/catalogue/domain-name';
import { defaultConfiguration, enabledCycles, formatMoney, normaliseConfiguration, priceConfiguration, productQuantityBounds } from '@/lib/pricing';
import type { Currency, Product } from '@/lib/whmcs/types';
import { Notice } from '@/components/ui/Notice';
import { button, card, field } from '@/components/ui/styles';
import { CycleChoice } from './CycleChoice';
import { FieldMessage } from './FieldMessage';
import {
  configurationFromValues,
  fieldKey,
  optionKey,
  valuesFromConfiguration,
  type ConfiguratorValues,
} from './form-model';
import { OptionField } from './OptionField';
import { OrderSummary } from './OrderSummary';
import { renewalPhrase, shortRenewal } from './price-text';
import type { ConfiguratorAction, ConfiguredItem } from './types';

export interface ConfiguratorProps {
  /** The product, priced in `currency` (the page may trim other currencies away). */
  product: Product;
  currency: Currency;
  /** Hosting and reseller accounts are set up on the customer's domain. */
  needsDomain: boolean;
  /** Listed but not orderable: the form works, the submit does not. */
  soldOut: boolean;
  /** The page's public path (`/store/vps/cloud-2`): shareable links are built on it. */
  path: string;
  /**
   * What submitting does with a valid configuration (e.g. a server action adding it to the
   * cart). Without one, submitting validates and offers the configuration's link.
   */
  action?: ConfiguratorAction;
  submitLabel?: string;
}

type Outcome = { kind: 'link'; url: string } | { kind: 'done'; message: string } | { kind: 'error'; message: string } | null;

/** Fills what useWatch has not reported yet (it starts empty) from the initial values. */
function complete(initial: ConfiguratorValues, watched: Partial<ConfiguratorValues> | undefined): ConfiguratorValues {
  return {
    ...initial,
    ...watched,
    options: { ...initial.options, ...watched?.options },
    fields: { ...initial.fields, ...watched?.fields },
  };
}

/**
 * The product configurator: every choice is priced on the client by lib/pricing as it changes,
 * and the whole configuration lives in the URL (WHMCS-style parameters), so reloading or sharing
 * the page restores it. The page is static; the URL is read once the form is in the browser,
 * and anything in it that does not fit the product falls back to the default with a notice.
 */
export function Configurator({ product, currency, needsDomain, soldOut, path, action, submitLabel }: ConfiguratorProps) {
  const code = currency.code;
  const formId = useId();
  const cycles = useMemo(() => enabledCycles(product, code), [product, code]);
  const initial = useMemo(() => valuesFromConfiguration(product, defaultConfiguration(product, code)), [product, code]);
  // Validation (zod) is loaded when the form first validates, or when the browser is idle:
  // prices and choices work without it, so the page does not wait for it.
  const resolver = useMemo<Resolver<ConfiguratorValues>>(
    () => async (values, context, options) => {
      const { configuratorResolver } = await import('./form-schema');
      return configuratorResolver(product, code, needsDomain)(values, context, options);
    },
    [product, code, needsDomain],
  );
  useEffect(() => {
    const preload = () => void import('./form-schema');
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(preload);
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(preload, 1500);
    return () => clearTimeout(timer);
  }, []);
  const {
    register,
    control,
    reset,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ConfiguratorValues>({ defaultValues: initial, resolver, mode: 'onTouched' });

  const values = complete(initial, useWatch({ control }) as Partial<ConfiguratorValues>);
  const configuration = configurationFromValues(product, code, values);
  const breakdown = priceConfiguration(product, code, configuration);

  // What the URL said, once read in the browser (null until then: the form is not ready).
  const [restored, setRestored] = useState<{ problems: string[]; promoCode: string | null } | null>(null);
  const ready = restored !== null;
  const problems = restored?.problems ?? [];
  const promoCode = restored?.promoCode ?? null;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const linkHadParams = useRef(false);

  // Once in the browser: restore the configuration from the URL.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    linkHadParams.current = params.size > 0;
    const request = paramsToRequest(params);
    const normalised = normaliseConfiguration(product, code, request.configuration);
    const notes = [...normalised.problems];
    if (request.currencyCode && request.currencyCode.toUpperCase() !== code) {
      notes.push(`Prices are shown in ${code}: ${request.currencyCode} is not one of our currencies.`);
    }
    reset(valuesFromConfiguration(product, normalised.configuration, { domain: needsDomain ? (request.domain ?? '') : '', fields: {} }));
    // The page is static, so the URL can only be read here, after hydration: this one extra
    // render is the point of the effect, not an accident.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored({ problems: notes, promoCode: request.promoCode });
  }, [product, code, needsDomain, reset]);

  // Keep the URL in step with the form, so the address bar is always the shareable link.
  const params = configurationToParams({
    configuration,
    currencyCode: code,
    withQuantity: product.quantityMode !== 'none',
    domain: needsDomain ? values.domain : undefined,
    promoCode: promoCode ?? undefined,
  }).toString();
  const defaultParams = useMemo(
    () => configurationToParams({ configuration: defaultConfiguration(product, code), currencyCode: code, withQuantity: product.quantityMode !== 'none' }).toString(),
    [product, code],
  );
  useEffect(() => {
    if (!ready) return;
    // A plain visit keeps its plain URL until the customer changes something.
    if (!linkHadParams.current && params === defaultParams) return;
    linkHadParams.current = true;
    const next = withForeignParams(new URLSearchParams(params), new URLSearchParams(window.location.search)).toString();
    if (window.location.search !== `?${next}`) window.history.replaceState(null, '', `${path}?${next}`);
    setOutcome((current) => (current?.kind === 'link' ? null : current));
  }, [ready, params, defaultParams, path]);

  const submit = handleSubmit(async (valid) => {
    const customFields: Record<number, string> = {};
    for (const customField of product.customFields) {
      const value = valid.fields[fieldKey(customField.id)]?.trim();
      if (value) customFields[customField.id] = value;
    }
    const item: ConfiguredItem = {
      pid: product.pid,
      currencyCode: code,
      configuration: configurationFromValues(product, code, valid),
      customFields,
      ...(needsDomain ? { domain: cleanDomainInput(valid.domain) } : {}),
      ...(promoCode ? { promoCode } : {}),
    };
    if (!action) {
      setOutcome({ kind: 'link', url: `${window.location.origin}${path}?${params}` });
      return;
    }
    try {
      const result = await action(item);
      if (result && !result.ok) setOutcome({ kind: 'error', message: result.error });
      else setOutcome({ kind: 'done', message: result?.message ?? `${product.name} is in your cart.` });
    } catch {
      setOutcome({ kind: 'error', message: 'Something went wrong on our side. Your choices are kept: please try again.' });
    }
  });

  const quantityBounds = productQuantityBounds(product);
  const total = formatMoney(breakdown.dueToday, currency);

  return (
    <>
      <div className="pb-28 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12 lg:pb-0">
        <form id={formId} noValidate onSubmit={submit} data-ready={ready} aria-label={`Configure ${product.name}`} className="space-y-10">
          {problems.length > 0 && (
            <Notice tone="warning" role="status" title="Part of your link did not fit this product, so we used the defaults:">
              <ul className="list-disc space-y-1 pl-5">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </Notice>
          )}
          {soldOut && (
            <Notice tone="warning" title="Sold out">
              {product.name} is out of stock right now. You can still look at the prices; ordering opens again when it is back.
            </Notice>
          )}
          {promoCode && (
            <Notice>
              Promo code <strong className="font-semibold">{promoCode}</strong> will be checked when you order.
            </Notice>
          )}

          <CycleChoice product={product} currency={currency} cycles={cycles} registration={register('cycle')} />

          {product.configOptions.length > 0 && (
            <section aria-labelledby={`${formId}-options`} className="space-y-6">
              <h2 id={`${formId}-options`} className="text-lg font-semibold">
                Options
              </h2>
              {product.configOptions.map((option) => (
                <OptionField
                  key={option.id}
                  option={option}
                  currency={currency}
                  cycle={configuration.cycle}
                  registration={register(`options.${optionKey(option.id)}`)}
                  error={errors.options?.[optionKey(option.id)]}
                />
              ))}
            </section>
          )}

          {(product.quantityMode !== 'none' || needsDomain || product.customFields.length > 0) && (
            <section aria-labelledby={`${formId}-details`} className="space-y-6">
              <h2 id={`${formId}-details`} className="text-lg font-semibold">
                Details
              </h2>
              {product.quantityMode !== 'none' && (
                <div>
                  <label htmlFor={`${formId}-quantity`} className={field.label}>
                    Quantity
                  </label>
                  <p id={`${formId}-quantity-hint`} className={field.hint}>
                    {product.quantityMode === 'scaling' ? 'One service, scaled to this many units.' : 'This many separate services.'}
                    {product.stockLevel !== null && ` ${product.stockLevel} in stock.`}
                  </p>
                  <input
                    id={`${formId}-quantity`}
                    type="number"
                    inputMode="numeric"
                    min={quantityBounds.min}
                    max={product.stockLevel !== null ? quantityBounds.max : undefined}
                    step={1}
                    {...register('quantity')}
                    aria-invalid={errors.quantity ? true : undefined}
                    aria-describedby={`${formId}-quantity-hint ${formId}-quantity-error`}
                    className={`${field.input} max-w-40 tabular-nums`}
                  />
                  <FieldMessage id={`${formId}-quantity-error`} error={errors.quantity} />
                </div>
              )}
              {needsDomain && (
                <div>
                  <label htmlFor={`${formId}-domain`} className={field.label}>
                    Domain name <span className="font-normal text-muted">(required)</span>
                  </label>
                  <p id={`${formId}-domain-hint`} className={field.hint}>
                    The domain this account is for, e.g. example.com. Names like bücher.de are fine.
                  </p>
                  <input
                    id={`${formId}-domain`}
                    type="text"
                    inputMode="url"
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                    placeholder="example.com"
                    {...register('domain')}
                    aria-required="true"
                    aria-invalid={errors.domain ? true : undefined}
                    aria-describedby={`${formId}-domain-hint ${formId}-domain-error`}
                    className={field.input}
                  />
                  <FieldMessage id={`${formId}-domain-error`} error={errors.domain} />
                </div>
              )}
              {product.customFields.map((customField) => {
                const key = fieldKey(customField.id);
                const id = `${formId}-${key}`;
                return (
                  <div key={customField.id}>
                    <label htmlFor={id} className={field.label}>
                      {customField.name}{' '}
                      <span className="font-normal text-muted">{customField.required ? '(required)' : '(optional)'}</span>
                    </label>
                    {customField.description && (
                      <p id={`${id}-hint`} className={field.hint}>
                        {customField.description}
                      </p>
                    )}
                    <input
                      id={id}
                      type="text"
                      autoComplete="off"
                      {...register(`fields.${key}`)}
                      aria-required={customField.required || undefined}
                      aria-invalid={errors.fields?.[key] ? true : undefined}
                      aria-describedby={[customField.description && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ')}
                      className={field.input}
                    />
                    <FieldMessage id={`${id}-error`} error={errors.fields?.[key]} />
                  </div>
                );
              })}
            </section>
          )}
        </form>

        <aside id="order-summary" aria-labelledby="order-summary-title" className="mt-10 scroll-mt-6 lg:mt-0">
          <div className={`${card} p-6 lg:sticky lg:top-6`}>
            <OrderSummary breakdown={breakdown} currency={currency} productName={product.name} />
            <button type="submit" form={formId} disabled={!ready || soldOut || isSubmitting} className={`${button.primary} mt-6 w-full`}>
              {soldOut ? 'Sold out' : (submitLabel ?? (action ? 'Add to cart' : 'Continue'))}
            </button>
            <div role="status" aria-live="polite" className="mt-4 text-sm empty:hidden">
              {outcome?.kind === 'link' && (
                <div className="space-y-2">
                  <p className="font-medium text-success">Your configuration is complete.</p>
                  <p className="text-muted">Bookmark or share this link to come back to it:</p>
                  <a href={outcome.url} className="block break-all font-medium text-accent-text underline underline-offset-4">
                    {outcome.url}
                  </a>
                </div>
              )}
              {outcome?.kind === 'done' && <p className="font-medium text-success">{outcome.message}</p>}
              {outcome?.kind === 'error' && <p className="font-medium text-danger">{outcome.message}</p>}
            </div>
          </div>
        </aside>
      </div>

      {/* Small screens: what it costs stays in view; the summary is one tap away. */}
      <div className="fixed inset-x-0 bottom-0 z-10 border-t border-line bg-surface/95 backdrop-blur lg:hidden">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <p className="min-w-0 text-sm">
            <span className="block font-semibold tabular-nums">{total} today</span>
            <span className="block truncate text-muted tabular-nums">{shortRenewal(breakdown.recurring, currency, breakdown.cycle)}</span>
          </p>
          <a href="#order-summary" className={button.secondary}>
            Summary
          </a>
        </div>
      </div>

      <p className="sr-only" aria-live="polite">
        {ready ? `Due today ${total}. ${renewalPhrase(breakdown.recurring, currency, breakdown.cycle)}.` : ''}
      </p>
    </>
  );
}
