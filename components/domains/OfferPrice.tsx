import type { TldOffer } from '@/lib/domains/search';
import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, DomainAvailability } from '@/lib/whmcs/types';

function years(n: number): string {
  return n === 1 ? 'year' : `${n} years`;
}

/**
 * What a searched name costs: an available one its first period and what that renews at, a taken
 * one its transfer price (when the TLD can be transferred). Shared by /domains and the
 * configurator's inline search, so both say it the same way.
 */
export function OfferPrice({ status, offer, currency }: { status: DomainAvailability | 'unknown'; offer: TldOffer; currency: CurrencyFormat }) {
  const money = (amount: number) => formatMoney(amount, currency);
  if (status === 'available' && offer.register) {
    return (
      <p className="text-right text-sm tabular-nums">
        <span className="text-base font-semibold">{money(offer.register.price)}</span> for the first {years(offer.register.years)}
        {offer.renew && (
          <span className="block text-muted">
            then {money(offer.renew.price)} every {years(offer.renew.years)}
          </span>
        )}
      </p>
    );
  }
  if (status === 'unavailable' && offer.transfer) {
    return (
      <p className="text-right text-sm tabular-nums">
        Transfer: <span className="text-base font-semibold">{money(offer.transfer.price)}</span>
        <span className="block text-muted">includes {years(offer.transfer.years)} of renewal</span>
      </p>
    );
  }
  return null;
}
