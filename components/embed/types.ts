import type { BillingCycle } from '@/lib/whmcs/types';

/** What the builder page needs from the catalogue, computed on the server. */
interface BuilderProduct {
  pid: number;
  name: string;
  groupName: string;
  /** Cycles sold in the shop's default currency, to offer in the cycle choice. */
  cycles: BillingCycle[];
  /** Left out of the shop's listings; can still be embedded. */
  hidden: boolean;
}

interface BuilderGroup {
  slug: string;
  name: string;
  cycles: BillingCycle[];
}

export interface BuilderCatalogue {
  products: BuilderProduct[];
  groups: BuilderGroup[];
  currencies: string[];
  defaultCurrency: string;
  /** The TLDs the shop sells (no dot), for the domain embeds' hint; empty when GetTLDPricing did not answer. */
  tlds: string[];
}
