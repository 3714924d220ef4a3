'use client';

import { useRouter } from 'next/navigation';
import { useId, useTransition } from 'react';
import { CURRENCY_COOKIE, CURRENCY_COOKIE_MAX_AGE, CURRENCY_PARAM } from '@/lib/visitor/currency-choice';
import { rememberChoice } from '@/lib/visitor/remember-choice';

export interface CurrencyChoice {
  code: string;
  /** What the option reads, e.g. "USD". */
  label: string;
}

/**
 * Picks the currency prices are shown in, remembered in a cookie. Pages are rendered once per
 * currency (routed by next.config.js), so switching is a refresh, not a recalculation. A link that carries
 * `?currency=` (a configurator link) keeps carrying it, with the new code.
 * Without JavaScript the surrounding form submits `?currency=XXX`, which the proxy honours.
 */
export function CurrencySwitcher({ currencies, current }: { currencies: CurrencyChoice[]; current: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const id = useId();

  function choose(code: string) {
    rememberChoice(CURRENCY_COOKIE, code, CURRENCY_COOKIE_MAX_AGE);
    const url = new URL(window.location.href);
    startTransition(() => {
      if (url.searchParams.has(CURRENCY_PARAM)) {
        url.searchParams.set(CURRENCY_PARAM, code);
        router.replace(`${url.pathname}${url.search}${url.hash}`, { scroll: false });
      } else {
        router.refresh();
      }
    });
  }

  return (
    <form method="get" className="flex items-center gap-2" aria-busy={pending}>
      <label htmlFor={id} className="sr-only">
        Currency
      </label>
      <select
        id={id}
        name={CURRENCY_PARAM}
        value={current}
        onChange={(event) => choose(event.target.value)}
        className="min-h-10 rounded-lg border border-line-strong bg-surface px-2 text-sm font-medium text-fg"
      >
        {currencies.map((currency) => (
          <option key={currency.code} value={currency.code}>
            {currency.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="min-h-11 rounded-lg border border-line-strong px-3 text-sm">
          Change
        </button>
      </noscript>
    </form>
  );
}
