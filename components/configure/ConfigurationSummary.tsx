import { formatMoney, type DomainPrice } from '@/lib/pricing';
import type { Currency } from '@/lib/whmcs/types';
import type { DomainOrder } from './domain-step';
import type { FormPrice } from './form-model';
import { renewalPhrase } from './price-text';

/** The domain step's registration or transfer, priced: a line of its own, in what is due today. */
export interface SummaryDomain {
  order: DomainOrder;
  price: DomainPrice;
}

const periodWords = (years: number) => (years === 1 ? '1 year' : `${years} years`);

export const SUMMARY_TITLE_ID = 'configuration-summary-title';

/**
 * The configuration's price, line by line, with what is due today and what renews; while a count
 * in the form is invalid, what to fix instead (never the price of a value the form does not show).
 * Presentational: the configurator prices the form (lib/pricing) on every change.
 */
export function ConfigurationSummary({
  price,
  currency,
  productName,
  domain,
  taxNote,
}: {
  price: FormPrice;
  currency: Currency;
  productName: string;
  domain: SummaryDomain | null;
  /** "+ VAT" / "incl. VAT"; null when the product is not taxed. */
  taxNote: string | null;
}) {
  const money = (amount: number, withSuffix = false) => formatMoney(amount, currency, { withSuffix });
  const title = (
    <h2 id={SUMMARY_TITLE_ID} className="text-base font-semibold">
      Order summary
    </h2>
  );
  if (!price.ok) {
    return (
      <div>
        {title}
        <p className="mt-4 text-sm font-medium">Fix {price.problems.length === 1 ? 'this' : 'these'} to see the price:</p>
        <ul data-testid="summary-problems" className="mt-2 list-disc space-y-1 pl-5 text-sm text-danger">
          {price.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { breakdown } = price;
  return (
    <div>
      {title}
      {breakdown.quantity > 1 && (
        <p className="mt-1 text-sm text-muted">
          {breakdown.quantity} × {productName}
        </p>
      )}
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">Price of each part of your order, due today</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Due today</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.lines.map((line, index) => (
            <tr key={`${line.kind}-${line.optionId ?? line.addonId ?? index}`} className="border-b border-line last:border-0">
              <th scope="row" className="py-2 pr-4 text-left font-normal text-muted">
                {line.label}
              </th>
              <td className="py-2 text-right font-medium tabular-nums">{money(line.dueToday)}</td>
            </tr>
          ))}
          {domain && (
            <tr className="border-b border-line last:border-0">
              <th scope="row" className="py-2 pr-4 text-left font-normal text-muted">
                Domain {domain.order.type === 'register' ? 'registration' : 'transfer'}: <span className="wrap-anywhere">{domain.order.domain}</span>{' '}
                <span className="whitespace-nowrap">({periodWords(domain.price.years)})</span>
              </th>
              <td className="py-2 text-right font-medium tabular-nums">{money(domain.price.dueToday)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="mt-4 border-t border-line pt-4">
        <p className="flex items-baseline justify-between gap-4">
          <span className="font-semibold">
            Due today
            {taxNote && (
              <span data-testid="tax-note" className="ml-1 text-sm font-normal text-muted">
                {taxNote}
              </span>
            )}
          </span>
          <span data-testid="due-today" className="text-2xl font-semibold tracking-tight tabular-nums">
            {money(breakdown.dueToday + (domain?.price.dueToday ?? 0), true)}
          </span>
        </p>
        <p data-testid="renewal" className="mt-1 text-right text-sm text-muted tabular-nums">
          {renewalPhrase(breakdown.recurring, currency, breakdown.cycle)}
        </p>
        {domain && domain.price.renewal !== null && (
          <p data-testid="domain-renewal" className="mt-1 text-right text-sm text-muted tabular-nums">
            The domain renews at {money(domain.price.renewal, true)} every {domain.price.years === 1 ? 'year' : periodWords(domain.price.years)}
          </p>
        )}
      </div>
    </div>
  );
}
