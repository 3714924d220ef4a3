import { cycleWords, type CustomerFields } from '@/lib/checkout/ordered-items';
import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, Service, ClientAddon, ServiceStatus } from '@/lib/whmcs/types';
import type { OfferDetail } from './addon-offers';
import { renews } from './cycles';
import { serviceSummary, type ServiceSummary } from './services-page';
import { canOfferRenewal } from './renewals';

/**
 * A service's own page (`/account/services/{id}`): what the customer has, what it costs, when it
 * is due, its addons and what may be renewed now. Pure; ./service.ts reads WHMCS.
 */

export interface AddonDetail {
  id: number;
  name: string;
  /** A service status when WHMCS's word is one (shown as a badge), else WHMCS's word. */
  status: ServiceStatus | string;
  billingCycle: string;
  recurringAmount: string | null;
  nextDueDate: string | null;
  renewable: boolean;
}

/** What the services list shows of it (`ServiceRow`), and more. */
export interface ServiceDetail extends ServiceSummary {
  registrationDate: string | null;
  firstPaymentAmount: string;
  /** Null when it does not renew (one-time, free). */
  recurringAmount: string | null;
  nextDueDate: string | null;
  paymentMethodName: string;
  renewable: boolean;
  addons: AddonDetail[];
  /** The catalogue addons it may have now, priced as they will be ordered. */
  offers: OfferDetail[];
  /** `addonsBasis` of its addons: what the addon form saw. */
  addonsBasis: string;
}

/** A real date, or null: WHMCS writes "0000-00-00" for "none". */
function dateOrNull(value: string | null): string | null {
  return value && !value.startsWith('0000') ? value : null;
}

export function toServiceDetail(
  service: Service,
  addons: readonly ClientAddon[],
  {
    currency,
    customerFields,
    offers,
    addonsBasis,
  }: { currency: CurrencyFormat & { format?: number }; customerFields: CustomerFields; offers: OfferDetail[]; addonsBasis: string },
): ServiceDetail {
  const serviceRenews = renews(service.billingCycle);
  const nextDueDate = serviceRenews ? dateOrNull(service.nextDueDate) : null;
  return {
    ...serviceSummary(service, customerFields),
    registrationDate: dateOrNull(service.registrationDate),
    firstPaymentAmount: formatMoney(service.firstPaymentAmount, currency),
    recurringAmount: serviceRenews ? formatMoney(service.recurringAmount, currency) : null,
    nextDueDate,
    paymentMethodName: service.paymentMethodName || service.paymentMethod,
    renewable: canOfferRenewal({ status: service.status, billingCycle: service.billingCycle, nextDueDate }),
    addons: addons.map((addon) => {
      const addonRenews = renews(addon.billingCycle);
      const addonDue = addonRenews ? dateOrNull(addon.nextDueDate) : null;
      return {
        id: addon.id,
        name: addon.name || `Addon #${addon.addonId}`,
        status: addon.status,
        billingCycle: cycleWords(addon.billingCycle),
        recurringAmount: addonRenews ? formatMoney(addon.recurringAmount, currency) : null,
        nextDueDate: addonDue,
        renewable: canOfferRenewal({ status: addon.status, billingCycle: addon.billingCycle, nextDueDate: addonDue }),
      };
    }),
    offers,
    addonsBasis,
  };
}
