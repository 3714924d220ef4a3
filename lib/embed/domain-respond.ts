import 'server-only';
import type { NextRequest } from 'next/server';
import { catalogueSourceName } from '@/lib/app-services';
import { CatalogueUnavailableError, getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { EmptyCatalogueError } from '@/lib/catalogue/model';
import { tldPricing } from '@/lib/domains';
import { processWide } from '@/lib/process-wide';
import { WhmcsError } from '@/lib/whmcs';
import type { Currency, TldPricing } from '@/lib/whmcs/types';
import { parseDomainOptions } from './domain-options';
import { DOMAIN_VIEWS, type DomainView } from './protocol';
import { featuredPrices, renderDomainPricesEmbed, renderDomainSearchEmbed } from './render/domains';
import { renderNotAvailable, type EmbedResult } from './render/pages';
import { requestEmbedSettings, sendEmbed } from './respond';
import { withLastGood } from './last-good';

/**
 * The domain embeds' route: the search box and the TLD price table. TLD prices come from
 * lib/domains (GetTLDPricing, cached with the catalogue and revalidated with it), the currencies
 * from the catalogue (its last good copy when WHMCS is down); the prices' last good copy is kept
 * here, in memory, per WHMCS and currency. Reads the URL and the Host headers only.
 */

/** TLD prices in `currency`, or the last good copy of them when WHMCS fails. */
function pricesOrLastGood(currency: Currency): Promise<TldPricing> {
  const copies = processWide('embed-tld-pricing', () => new Map<string, TldPricing>());
  return withLastGood(copies, `GetTLDPricing ${catalogueSourceName()} ${currency.code}`, () => tldPricing(currency));
}

/** The currency the snippet asks for when the shop sells it, else the shop's default; and its TLD prices. */
async function loadPricing(code: string | null): Promise<{ currency: Currency; pricing: TldPricing }> {
  const currency = resolveCurrency(await getCatalogue(), code).currency;
  return { currency, pricing: await pricesOrLastGood(currency) };
}

function isOutage(error: unknown): boolean {
  return error instanceof CatalogueUnavailableError || error instanceof EmptyCatalogueError || error instanceof WhmcsError;
}

const isView = (view: string): view is DomainView => (DOMAIN_VIEWS as readonly string[]).includes(view);

export async function domainEmbedResponse(request: NextRequest, view: string): Promise<Response> {
  const settings = requestEmbedSettings(request);
  const { tlds } = parseDomainOptions(request.nextUrl.searchParams);
  if (!isView(view)) return sendEmbed(renderNotAvailable(settings, 'domains'));

  let result: EmbedResult;
  if (view === 'search') {
    // The box needs no prices: it asks WHMCS only for the snippet's featured TLDs, and without
    // them (WHMCS down, nothing cached) it is still a working search box.
    let featured: ReturnType<typeof featuredPrices> = [];
    if (tlds) {
      try {
        const { currency, pricing } = await loadPricing(settings.options.currency);
        featured = featuredPrices(pricing, currency, tlds);
      } catch (error) {
        if (!isOutage(error)) throw error;
      }
    }
    result = renderDomainSearchEmbed(settings, featured);
  } else {
    try {
      const { currency, pricing } = await loadPricing(settings.options.currency);
      result = renderDomainPricesEmbed(settings, pricing, currency, tlds);
    } catch (error) {
      if (!isOutage(error)) throw error;
      result = renderNotAvailable(settings, 'catalogue');
    }
  }
  return sendEmbed(result);
}
