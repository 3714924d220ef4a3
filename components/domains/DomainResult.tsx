import type { ReactNode } from 'react';
import { domainAvailability } from '@/lib/domains';
import type { DomainName, TldOffer } from '@/lib/domains/search';
import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, DomainAvailability } from '@/lib/whmcs/types';
import { Skeleton } from '@/components/ui/Skeleton';

export interface ResultProps {
  name: DomainName;
  offer: TldOffer;
  currency: CurrencyFormat;
  /** What a customer can do with an available name (register) or a taken one (transfer). */
  actions?: (status: DomainAvailability) => ReactNode;
}

function years(n: number): string {
  return n === 1 ? 'year' : `${n} years`;
}

/** One name's row while its lookup runs: the name, and a grey block where the answer will be. */
export function DomainResultSkeleton({ name }: { name: DomainName }) {
  return (
    <li className="flex min-h-16 items-center justify-between gap-4 px-4 py-3" aria-busy="true">
      <span className="font-semibold break-all">{name.domain}</span>
      <span className="sr-only">Checking…</span>
      <Skeleton className="h-5 w-40 rounded" />
    </li>
  );
}

/**
 * One name's row: available (first-period price, renewal price) or taken (and, when the TLD
 * can be transferred, the transfer price). Rendered on the server once its WHOIS answer is in:
 * each row streams to the page as soon as it is ready.
 */
export async function DomainResult({ name, offer, currency, actions }: ResultProps) {
  let status: DomainAvailability;
  try {
    status = await domainAvailability(name.ascii);
  } catch {
    return (
      <li className="flex min-h-16 flex-wrap items-center justify-between gap-4 px-4 py-3">
        <span className="font-semibold break-all">{name.domain}</span>
        <span className="text-sm text-muted">We couldn&apos;t check this name just now. Search again in a minute.</span>
      </li>
    );
  }
  const money = (amount: number) => formatMoney(amount, currency);
  return (
    <li className="flex min-h-16 flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3" data-domain={name.domain}>
      <div>
        <p className="font-semibold break-all">{name.domain}</p>
        {status === 'available' ? (
          <p className="text-sm text-success">Available</p>
        ) : (
          <p className="text-sm text-muted">Already registered{offer.transfer ? ': is it yours? Transfer it to us.' : '.'}</p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        {status === 'available' && offer.register && (
          <p className="text-right text-sm tabular-nums">
            <span className="text-base font-semibold">{money(offer.register.price)}</span> for the first {years(offer.register.years)}
            {offer.renew && (
              <span className="block text-muted">
                then {money(offer.renew.price)} every {years(offer.renew.years)}
              </span>
            )}
          </p>
        )}
        {status === 'unavailable' && offer.transfer && (
          <p className="text-right text-sm tabular-nums">
            Transfer: <span className="text-base font-semibold">{money(offer.transfer.price)}</span>
            <span className="block text-muted">includes {years(offer.transfer.years)} of renewal</span>
          </p>
        )}
        {actions?.(status)}
      </div>
    </li>
  );
}
