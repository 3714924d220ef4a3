'use server';

import { z } from 'zod';
import '@/lib/security/zod-without-eval';
import { describeWait } from '@/lib/auth/rate-limit';
import { CatalogueUnavailableError, getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { visitorCurrency } from '@/lib/visitor';
import { WhmcsError } from '@/lib/whmcs';
import { domainAvailability, domainSettings, tldPricing } from './index';
import { checkNames, type NameCheck } from './name-check';
import { featuredTlds } from './search';
import { countSearch } from './search-limit';

const searchInputSchema = z.object({
  query: z.string().max(300, 'That is longer than any domain name.'),
  /** The currency the configurator shows; a bad one falls back to the visitor's. */
  currencyCode: z.string().regex(/^[A-Za-z]{3}$/).optional().catch(undefined),
});

/** What the configurator's inline search gets: the names with their status and prices, in `currencyCode`. */
export type InlineSearchResult = (NameCheck & { ok: true; currencyCode: string }) | (NameCheck & { ok: false });

/**
 * The configurator's inline domain search (a server action is a public endpoint: the input is
 * checked with zod). It counts against the same per-visitor limit as /domains and uses the same
 * cached WHOIS answers and TLD prices.
 */
export async function searchDomainNames(input: unknown): Promise<InlineSearchResult> {
  const parsed = searchInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Type the name you want, like my-idea.com.' };
  try {
    const catalogue = await getCatalogue();
    const page = parsed.data.currencyCode ? resolveCurrency(catalogue, parsed.data.currencyCode) : null;
    const currency = page?.known ? page.currency : await visitorCurrency(catalogue);
    const { tlds } = await tldPricing(currency);
    const result = await checkNames({
      query: parsed.data.query,
      tlds,
      featured: featuredTlds(tlds, domainSettings().featuredTlds),
      lookup: domainAvailability,
      allow: async () => {
        const limit = await countSearch();
        return limit.allowed
          ? { allowed: true }
          : { allowed: false, message: `That's a lot of searches: please wait ${describeWait(limit.retryAfterMs)} before searching again.` };
      },
    });
    return result.ok ? { ...result, currencyCode: currency.code } : result;
  } catch (error) {
    if (error instanceof CatalogueUnavailableError || error instanceof WhmcsError) {
      return { ok: false, message: 'Domain search is not available right now: our billing system is not answering. Try again in a few minutes.' };
    }
    throw error;
  }
}
