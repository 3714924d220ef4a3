'use client';

import { useId, useMemo, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { defaultConfiguration, enabledCycles, formatMoney } from '@/lib/pricing';
import type { Currency, Product, Tld } from '@/lib/whmcs/types';
import { Notice } from '@/components/ui/Notice';
import { button, card } from '@/components/ui/styles';
import { ConfigurationSummary, SUMMARY_TITLE_ID } from './ConfigurationSummary';
import { CycleChoice } from './CycleChoice';
import { DetailsFields, hasDetails } from './DetailsFields';
import { domainOrder, domainStepPrice, hostingDomain } from './domain-step';
import { DomainStep } from './DomainStep';
import {
  configurationFromValues,
  customFieldsFromValues,
  formFields,
  optionKey,
  priceFormValues,
  valuesFromConfiguration,
  type ConfiguratorValues,
} from './form-model';
import { useLazyResolver } from './lazy-resolver';
import { AddonFields } from './AddonFields';
import { OptionField } from './OptionField';
import { ServerFields } from './ServerFields';
import { renewalPhrase, shortRenewal } from './price-text';
import { draftKey, forgetTypedFields, useTypedFieldsMemory } from './typed-fields';
import type { ConfiguratorAction, ConfiguredItem, EditedItem } from './types';
import { useConfigurationUrl } from './use-configuration-url';

export interface ConfiguratorProps {
  /** The product, priced in `currency` (the page may trim other currencies away). */
  product: Product;
  currency: Currency;
  /** Hosting and reseller accounts are set up on the customer's domain. */
  needsDomain: boolean;
  /**
   * The TLDs the shop sells, priced in `currency`: with them, a product that needs a domain can
   * register or transfer one along with it. Null when they could not be read (own domain only).
   */
  tlds: readonly Tld[] | null;
  /** Listed but not orderable: the form works, the submit does not. */
  soldOut: boolean;
  /** The page's public path (`/store/vps/cloud-2`): shareable links are built on it. */
  path: string;
  /** What submitting does with a valid configuration (a server action adding it to the cart). */
  action: ConfiguratorAction;
  /** The submit button, and what it says while the action runs. */
  labels: { submit: string; pending: string };
  /** The caller is still finishing a successful submit (opening the cart): no second submit. */
  busy: boolean;
  /** The cart item being edited; null when adding; undefined while that is still being found out. */
  edited: EditedItem | null | undefined;
  /** "+ VAT" / "incl. VAT" beside the price (lib/tax/product-note); null when the product is not taxed. */
  taxNote?: string | null;
}

type Outcome = { kind: 'done' | 'error'; message: string } | null;

const SUMMARY_ID = 'configuration-summary';

/** Fields the server may refuse with a message of its own (a name taken since the search, say): shown beside them. */
const SERVER_CHECKED_FIELDS = ['domain', 'domainStep.register', 'domainStep.transfer', 'domainStep.eppCode'] as const;

/** Fills what useWatch has not reported yet (it starts empty) from the initial values. */
function complete(initial: ConfiguratorValues, watched: Partial<ConfiguratorValues> | undefined): ConfiguratorValues {
  return {
    ...initial,
    ...watched,
    options: { ...initial.options, ...watched?.options },
    fields: { ...initial.fields, ...watched?.fields },
    addons: { ...initial.addons, ...watched?.addons },
    server: { ...initial.server, ...watched?.server },
    domainStep: { ...initial.domainStep, ...watched?.domainStep },
  };
}

/**
 * The product configurator: every choice is priced on the client by lib/pricing as it changes
 * (./form-model), the configuration lives in the URL (./use-configuration-url), and what the
 * customer typed into custom fields survives a change of currency (./typed-fields).
 */
export function Configurator({ product, currency, needsDomain, tlds, soldOut, path, action, labels, busy, edited, taxNote = null }: ConfiguratorProps) {
  const code = currency.code;
  const formId = useId();
  const cycles = useMemo(() => enabledCycles(product, code), [product, code]);
  const initial = useMemo(() => valuesFromConfiguration(product, defaultConfiguration(product, code)), [product, code]);
  const resolver = useLazyResolver(product, code, needsDomain, tlds);
  const {
    register,
    control,
    reset,
    setValue,
    setError,
    subscribe,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ConfiguratorValues>({ defaultValues: initial, resolver, mode: 'onTouched' });

  const values = complete(initial, useWatch({ control }) as Partial<ConfiguratorValues>);
  const price = priceFormValues(product, code, values);
  // Priced as the cart will price its line (lib/pricing); the server prices it again when it is added.
  const domain = needsDomain ? domainStepPrice(values.domainStep, tlds) : null;
  const dueToday = price.ok ? price.breakdown.dueToday + (domain?.price.dueToday ?? 0) : 0;
  const draft = draftKey(product.pid, edited?.itemId ?? null);
  const savedFields = useMemo(() => (edited === undefined ? undefined : formFields(edited?.customFields ?? {})), [edited]);
  const savedDomainStep = edited?.domainStep;
  const { ready, problems, promoCode } = useConfigurationUrl({
    product,
    currencyCode: code,
    needsDomain,
    path,
    values,
    reset,
    savedFields,
    savedDomainStep,
    draft,
  });
  useTypedFieldsMemory(draft, subscribe, ready);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = handleSubmit(async (valid) => {
    const ordered = needsDomain ? domainOrder(valid.domainStep) : null;
    const item: ConfiguredItem = {
      pid: product.pid,
      currencyCode: code,
      configuration: configurationFromValues(product, code, valid),
      customFields: customFieldsFromValues(product, valid),
      ...(needsDomain ? { domain: hostingDomain(valid.domainStep, valid.domain) } : {}),
      ...(ordered ? { domainOrder: ordered } : {}),
      ...(product.type === 'server' ? { server: valid.server } : {}),
      ...(promoCode ? { promoCode } : {}),
    };
    try {
      const result = await action(item);
      if (!result.ok) {
        for (const [path, message] of Object.entries(result.fieldErrors ?? {})) {
          if (SERVER_CHECKED_FIELDS.some((known) => known === path)) setError(path as (typeof SERVER_CHECKED_FIELDS)[number], { message });
        }
        setOutcome({ kind: 'error', message: result.error });
        return;
      }
      forgetTypedFields(draft);
      setOutcome({ kind: 'done', message: result.message });
    } catch {
      setOutcome({ kind: 'error', message: 'Something went wrong on our side. Your choices are kept: please try again.' });
    }
  });

  const pending = isSubmitting || busy;
  // While pending the button says so and refuses a second submit, but is not disabled: a disabled
  // button drops the keyboard focus to the top of the page.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => (pending ? event.preventDefault() : submit(event));
  const total = price.ok ? formatMoney(dueToday, currency) : null;

  return (
    <>
      <div className="pb-28 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12 lg:pb-0">
        <form id={formId} noValidate onSubmit={onSubmit} data-ready={ready} aria-label={`Configure ${product.name}`} className="space-y-10">
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
                  cycle={price.configuration.cycle}
                  registration={register(`options.${optionKey(option.id)}`)}
                  error={errors.options?.[optionKey(option.id)]}
                />
              ))}
            </section>
          )}

          <AddonFields product={product} currency={currency} cycle={price.configuration.cycle} register={register} errors={errors} />

          {product.type === 'server' && <ServerFields register={register} errors={errors} password={values.server.rootPassword} />}

          {needsDomain && (
            <DomainStep formId={formId} tlds={tlds} currency={currency} step={values.domainStep} register={register} setValue={setValue} errors={errors} />
          )}

          {hasDetails(product) && <DetailsFields formId={formId} product={product} register={register} errors={errors} />}
        </form>

        <aside id={SUMMARY_ID} aria-labelledby={SUMMARY_TITLE_ID} className="mt-10 scroll-mt-6 lg:mt-0">
          <div className={`${card} p-6 lg:sticky lg:top-6`}>
            <ConfigurationSummary price={price} currency={currency} productName={product.name} domain={domain} taxNote={taxNote} />
            <button
              type="submit"
              form={formId}
              disabled={!ready || soldOut}
              aria-disabled={pending || undefined}
              className={`${button.primary} mt-6 w-full aria-disabled:opacity-60`}
            >
              {soldOut ? 'Sold out' : pending ? labels.pending : labels.submit}
            </button>
            <div role="status" aria-live="polite" className="mt-4 text-sm empty:hidden">
              {outcome && <p className={`font-medium ${outcome.kind === 'done' ? 'text-success' : 'text-danger'}`}>{outcome.message}</p>}
            </div>
          </div>
        </aside>
      </div>

      {/* Small screens: what it costs stays in view; the summary is one tap away. */}
      <div className="fixed inset-x-0 bottom-0 z-10 border-t border-line bg-surface/95 backdrop-blur lg:hidden">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          {price.ok ? (
            <p className="min-w-0 text-sm">
              <span className="block font-semibold tabular-nums">{total} today</span>
              <span className="block truncate text-muted tabular-nums">{shortRenewal(price.breakdown.recurring, currency, price.breakdown.cycle)}</span>
            </p>
          ) : (
            <p className="min-w-0 text-sm font-medium text-danger">Check your choices to see the price.</p>
          )}
          <a href={`#${SUMMARY_ID}`} className={button.secondary}>
            Summary
          </a>
        </div>
      </div>

      <p className="sr-only" aria-live="polite">
        {ready && price.ok ? `Due today ${total}. ${renewalPhrase(price.breakdown.recurring, currency, price.breakdown.cycle)}.` : ''}
      </p>
    </>
  );
}
