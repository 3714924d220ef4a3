import type { ReactNode } from 'react';
import { domainAvailability } from '@/lib/domains';
import type { DomainName, TldOffer } from '@/lib/domains/search';
import type { CurrencyFormat, DomainAvailability } from '@/lib/whmcs/types';
import { Skeleton } from '@/components/ui/Skeleton';
import { OfferPrice } from './OfferPrice';

export interface ResultProps {
  name: DomainName;
  offer: TldOffer;
  currency: CurrencyFormat;
  /** What a customer can do with an available name (register) or a taken one (transfer). */
  actions?: (status: DomainAvailability) => ReactNode;
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
        <OfferPrice status={status} offer={offer} currency={currency} />
        {actions?.(status)}
      </div>
    </li>
  );
}
