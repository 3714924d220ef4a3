import { useState, useTransition, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldError, FieldErrors, UseFormRegister, UseFormRegisterReturn, UseFormSetValue } from 'react-hook-form';
import { MAX_DOMAIN_LENGTH, MAX_EPP_CODE_LENGTH } from '@/lib/cart/limits';
import { searchDomainNames, type InlineSearchResult } from '@/lib/domains/search-action';
import type { Currency, Tld } from '@/lib/whmcs/types';
import { OfferPrice } from '@/components/domains/OfferPrice';
import { button, card, field } from '@/components/ui/styles';
import { choiceCard, choiceRadio } from './choice-card';
import { transferableTlds, type DomainChoice, type DomainStepValues } from './domain-step';
import { FieldMessage } from './FieldMessage';
import type { ConfiguratorValues } from './form-model';

interface StepProps {
  formId: string;
  /** The TLDs the shop sells in this currency; null when GetTLDPricing could not be read (only "use my own" then). */
  tlds: readonly Tld[] | null;
  currency: Currency;
  step: DomainStepValues;
  register: UseFormRegister<ConfiguratorValues>;
  setValue: UseFormSetValue<ConfiguratorValues>;
  errors: FieldErrors<ConfiguratorValues>;
}

const CHOICES: { value: DomainChoice; label: string; hint: string }[] = [
  { value: 'register', label: 'Register a new domain', hint: 'Find a free name; it is added to your cart with this plan.' },
  { value: 'transfer', label: 'Transfer my domain', hint: 'Move a domain you hold elsewhere to us, with its EPP code.' },
  { value: 'own', label: 'Use a domain I already own', hint: 'Keep it where it is and point it at this account.' },
];

/**
 * The domain step of products that need a domain (hosting and reseller accounts), as WHMCS's own
 * order form asks it: register a new domain (searched here), transfer one in (with its EPP code),
 * or use one the customer already owns. The choices are one radio group; each shows only its own
 * fields, each field with its message under it.
 */
export function DomainStep({ formId, tlds, currency, step, register, setValue, errors }: StepProps) {
  const id = (part: string) => `${formId}-${part}`;
  return (
    <section aria-labelledby={id('domain-step')} className="space-y-4">
      <h2 id={id('domain-step')} className="text-lg font-semibold">
        Domain
      </h2>
      {tlds ? (
        <fieldset>
          <legend className="text-sm text-muted">Every hosting account needs a domain. How would you like to get yours?</legend>
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            {CHOICES.map((choice) => (
              <label key={choice.value} className={choiceCard}>
                <input type="radio" value={choice.value} {...register('domainStep.choice')} className={choiceRadio} />
                <span className="flex min-w-0 flex-col gap-0.5">
                  <span className="font-medium">{choice.label}</span>
                  <span className="text-sm text-muted">{choice.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="text-sm text-muted">Registering or transferring a domain is not available right now: enter a domain you own.</p>
      )}
      {tlds && step.choice === 'register' && (
        <RegisterPanel id={id} tlds={tlds} currency={currency} picked={step.register} register={register} setValue={setValue} errors={errors} />
      )}
      {tlds && step.choice === 'transfer' && <TransferPanel id={id} tlds={tlds} keptTransfer={step.keptTransfer} register={register} errors={errors} />}
      {(!tlds || step.choice === 'own') && <OwnDomainField id={id} register={register} errors={errors} />}
    </section>
  );
}

type PanelProps = { id: (part: string) => string; register: UseFormRegister<ConfiguratorValues>; errors: FieldErrors<ConfiguratorValues> };

/** Search inline: the name typed, then the same name in the featured TLDs; an available one is picked with its radio. */
function RegisterPanel({
  id,
  tlds,
  currency,
  picked,
  register,
  setValue,
  errors,
}: PanelProps & { tlds: readonly Tld[]; currency: Currency; picked: string; setValue: UseFormSetValue<ConfiguratorValues> }) {
  const [query, setQuery] = useState(picked);
  const [answer, setAnswer] = useState<InlineSearchResult | null>(null);
  const [searching, startSearch] = useTransition();
  const transferable = transferableTlds(tlds);
  const error = errors.domainStep?.register;
  const problem = answer && !answer.ok ? answer.message : error?.message;

  const search = () => {
    if (searching) return;
    startSearch(async () => {
      try {
        setAnswer(await searchDomainNames({ query, currencyCode: currency.code }));
      } catch {
        setAnswer({ ok: false, message: 'The search did not go through. Check your connection and try again.' });
      }
    });
  };
  // Enter searches: the step sits inside the configurator's form, which Enter would otherwise submit.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    search();
  };
  const transferInstead = (domain: string) => {
    setValue('domainStep.transfer', domain);
    setValue('domainStep.choice', 'transfer');
  };

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={id('domain-query')} className={field.label}>
          Find your new domain
        </label>
        <p id={id('domain-query-hint')} className={field.hint}>
          Type the name you want, with or without the extension: we check it and our most popular ones.
        </p>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <input
            id={id('domain-query')}
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder="my-idea.com"
            maxLength={MAX_DOMAIN_LENGTH}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id('domain-query-hint')} ${id('domain-query-error')}`}
            className={field.input}
          />
          <button type="button" onClick={search} aria-disabled={searching || undefined} className={`${button.secondary} shrink-0 sm:mt-1.5`}>
            {searching ? 'Searching…' : 'Search'}
          </button>
        </div>
        <p id={id('domain-query-error')} aria-live="polite" className={problem ? field.error : 'sr-only'}>
          {problem ?? ''}
        </p>
      </div>

      {answer?.ok && (
        <fieldset aria-busy={searching || undefined}>
          <legend className={field.label}>Choose a name</legend>
          <ul className={`${card} mt-2 divide-y divide-line`}>
            {answer.names.map((name) => (
              <li key={name.domain} data-domain={name.domain} className="flex min-h-16 flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
                {name.status === 'available' ? (
                  <label className="flex min-w-0 cursor-pointer items-center gap-3">
                    <input type="radio" value={name.domain} {...register('domainStep.register')} className={choiceRadio} />
                    <span>
                      <span className="block font-semibold break-all">{name.domain}</span>
                      <span className="block text-sm text-success">Available</span>
                    </span>
                  </label>
                ) : (
                  <div className="min-w-0">
                    <p className="font-semibold break-all">{name.domain}</p>
                    <p className="text-sm text-muted">
                      {name.status === 'unknown' ? "We couldn't check this name just now. Search again in a minute." : 'Already registered.'}
                    </p>
                  </div>
                )}
                <div className="flex flex-wrap items-center gap-4">
                  <OfferPrice status={name.status} offer={name.offer} currency={currency} />
                  {name.status === 'unavailable' && transferable.includes(name.tld) && (
                    <button type="button" onClick={() => transferInstead(name.domain)} className={button.secondary}>
                      Transfer it instead
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <p role="status" className="text-sm empty:hidden">
        {picked ? (
          <>
            Your new domain: <strong className="font-semibold">{picked}</strong>
          </>
        ) : null}
      </p>
    </div>
  );
}

function TransferPanel({ id, tlds, keptTransfer, register, errors }: PanelProps & { tlds: readonly Tld[]; keptTransfer: string }) {
  const transferable = transferableTlds(tlds);
  return (
    <div className="space-y-6">
      <StepTextField
        inputId={id('transfer-domain')}
        label="Domain to transfer"
        requirement="(required)"
        hint={`We can transfer ${transferable.map((tld) => `.${tld}`).join(', ')} domains.`}
        registration={register('domainStep.transfer')}
        error={errors.domainStep?.transfer}
        domainName
      />
      <StepTextField
        inputId={id('epp-code')}
        label="EPP code"
        requirement={keptTransfer ? '(kept if left empty)' : '(required)'}
        hint={
          <>
            The transfer authorisation code from your current registrar (also called auth code).
            {keptTransfer && ` For ${keptTransfer}, leave it empty to keep the code you gave.`}
          </>
        }
        registration={register('domainStep.eppCode')}
        error={errors.domainStep?.eppCode}
        maxLength={MAX_EPP_CODE_LENGTH}
        inputClassName="max-w-sm font-mono"
      />
    </div>
  );
}

/** "Use a domain I already own": the field hosting accounts always had. */
function OwnDomainField({ id, register, errors }: PanelProps) {
  return (
    <StepTextField
      inputId={id('domain')}
      label="Domain name"
      requirement="(required)"
      hint="The domain this account is for, e.g. example.com. Names like bücher.de are fine."
      registration={register('domain')}
      error={errors.domain}
      domainName
    />
  );
}

/**
 * One of the step's typed fields, registered with the configurator's form: label with its
 * requirement, hint, input, and the message under it. `domainName` fields get the URL keyboard
 * and a domain's length limit.
 */
function StepTextField({
  inputId,
  label,
  requirement,
  hint,
  registration,
  error,
  domainName = false,
  maxLength = MAX_DOMAIN_LENGTH,
  inputClassName = '',
}: {
  inputId: string;
  label: string;
  requirement: string;
  hint: ReactNode;
  registration: UseFormRegisterReturn;
  error: FieldError | undefined;
  domainName?: boolean;
  maxLength?: number;
  inputClassName?: string;
}) {
  return (
    <div>
      <label htmlFor={inputId} className={field.label}>
        {label} <span className="font-normal text-muted">{requirement}</span>
      </label>
      <p id={`${inputId}-hint`} className={field.hint}>
        {hint}
      </p>
      <input
        id={inputId}
        type="text"
        {...(domainName ? { inputMode: 'url' as const, placeholder: 'example.com' } : {})}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={maxLength}
        {...registration}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${inputId}-hint ${inputId}-error`}
        className={`${field.input} ${inputClassName}`.trim()}
      />
      <FieldMessage id={`${inputId}-error`} error={error} />
    </div>
  );
}
