import type { TaxEstimateSource } from '@/lib/cart/tax-estimate';
import { countryName } from '@/lib/geo/countries';
import type { TaxPlace } from '@/lib/tax';
import { TaxPlacePicker } from './TaxPlacePicker';

function placeName(place: TaxPlace): string {
  return place.state ? `${place.state}, ${countryName(place.country)}` : countryName(place.country);
}

/** Where the cart's tax is worked out for: a visitor picks; a signed-in customer's own address decides. */
export function TaxEstimate({ source }: { source: TaxEstimateSource }) {
  if (source.kind === 'client') {
    return (
      <p className="text-sm text-muted" data-testid="tax-place">
        Tax for your address in {placeName(source.place)}
        {source.place.exempt ? ': your account is exempt from tax.' : '.'}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <TaxPlacePicker countries={source.countries} statesByCountry={source.statesByCountry} place={source.place} />
      <p className="text-xs text-muted">
        An estimate: the tax on your order follows your billing address, and a business with a VAT number may be exempt.
      </p>
    </div>
  );
}
