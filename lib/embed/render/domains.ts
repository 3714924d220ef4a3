import { formatMoney } from '@/lib/pricing';
import type { Currency, Tld, TldPricing, YearPrice } from '@/lib/whmcs/types';
import type { DomainEmbedOptions } from '../domain-options';
import { html, type SafeHtml } from '../html';
import { attributionParams, linkTarget } from '../order-link';
import { DOMAIN_CSS } from './domain-styles';
import { page, renderNotAvailable, type EmbedResult, type EmbedSettings } from './pages';

/**
 * The two domain embeds: a search box that opens the shop's /domains search, and a table of TLD
 * prices (register, transfer, renew for a year) with a "Search" link to it. Pure, like the
 * product embeds: the route hands in the TLD pricing (GetTLDPricing, cached with the catalogue)
 * and the currency, and sends back what comes out.
 */

/** Where the domain embeds send visitors: the shop's own search (app/domains). */
const SEARCH_PATH = '/domains';

/** utm_campaign of the domain embeds' links when the snippet names none. */
const CAMPAIGNS = { search: 'domain-search', prices: 'domain-prices' } as const;

/** A price for a year when the TLD sells one; else its shortest period. Null when it sells none. */
export function yearPrice(prices: readonly YearPrice[]): YearPrice | null {
  return prices.find((p) => p.years === 1) ?? prices[0] ?? null;
}

/** "$12.99", or "$25.98 for 2 years" for a TLD sold by longer periods only. */
function priceText(price: YearPrice, currency: Currency): string {
  const amount = formatMoney(price.price, currency, { withSuffix: false });
  return price.years === 1 ? amount : `${amount} for ${price.years} years`;
}

/**
 * The TLDs to show: the snippet's list in its order, those the shop sells; all of them (in
 * WHMCS's order) when it names none, or none the shop sells (an option that cannot be honoured
 * falls back to its default, as every embed option does).
 */
export function chosenTlds(tlds: readonly Tld[], wanted: readonly string[] | null): Tld[] {
  const byName = new Map(tlds.map((tld) => [tld.tld, tld]));
  const picked = (wanted ?? []).flatMap((name) => byName.get(name) ?? []);
  return picked.length ? picked : [...tlds];
}

/** A featured TLD under the search box: its name and first-year price. */
export interface FeaturedPrice {
  tld: string;
  price: string;
}

/** The snippet's TLDs with their registration price (those sold with a price only). */
export function featuredPrices(pricing: TldPricing, currency: Currency, wanted: readonly string[]): FeaturedPrice[] {
  return chosenTlds(pricing.tlds, wanted).flatMap((tld) => {
    const register = yearPrice(tld.register);
    return register ? [{ tld: tld.tld, price: priceText(register, currency) }] : [];
  });
}

/** `/domains`, with the snippet's attribution. Relative: the embed lives on the shop's origin. */
function searchLink(settings: EmbedSettings, campaign: string): string {
  const params = new URLSearchParams(attributionParams(settings.options, settings.options.campaign ?? campaign));
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/**
 * The search box: a labelled input and a button. A plain GET form to /domains (`query=` is the
 * search page's own parameter), opened in the top window or a new tab like the product embeds'
 * "Order" links, so it works without the embed's script; the attribution rides along as hidden
 * fields. The CSP lets this one form submit to the shop and nowhere else.
 */
export function renderDomainSearchEmbed(settings: EmbedSettings, featured: readonly FeaturedPrice[]): EmbedResult {
  const { target } = linkTarget(settings.options.target);
  const hidden = attributionParams(settings.options, settings.options.campaign ?? CAMPAIGNS.search).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  );
  const hint = featured.length
    ? html`<p class="small" id="ds-hint">First year: ${featured.map(
        (f, i) => html`${i ? ' · ' : ''}<span class="tld">.${f.tld}</span> ${f.price}`,
      )}</p>`
    : '';
  const body = html`<form class="ds" action="${SEARCH_PATH}" method="get" target="${target}" role="search"><label for="ds-query">Find your domain</label><div class="row"><input id="ds-query" name="query" type="text" maxlength="300" placeholder="my-idea.com" autocomplete="off" autocapitalize="none" spellcheck="false"${featured.length ? html` aria-describedby="ds-hint"` : ''}><button class="btn" type="submit">Search${target === '_blank' ? html`<span class="sr"> (opens in a new tab)</span>` : ''}</button></div>${hidden}${hint}</form>`;
  return { status: 200, ...page(settings, 'Find your domain', body, DOMAIN_CSS, true) };
}

function priceCell(prices: readonly YearPrice[], currency: Currency): SafeHtml {
  const price = yearPrice(prices);
  return price ? html`<td>${priceText(price, currency)}</td>` : html`<td><span aria-hidden="true">–</span><span class="sr">Not offered</span></td>`;
}

/** WHMCS's label of a TLD, for people: `hot` → "Hot". */
const LABELS: Record<string, string> = { hot: 'Hot', new: 'New', sale: 'Sale' };

/**
 * The price table: one row per TLD with its register, transfer and renew price for a year, in
 * the snippet's currency (or the shop's default), and a "Search" link to /domains under it.
 */
export function renderDomainPricesEmbed(settings: EmbedSettings, pricing: TldPricing, currency: Currency, wanted: DomainEmbedOptions['tlds']): EmbedResult {
  const { target, rel } = linkTarget(settings.options.target);
  const href = searchLink(settings, CAMPAIGNS.prices);
  const tlds = chosenTlds(pricing.tlds, wanted);
  if (tlds.length === 0) return renderNotAvailable(settings, 'domains');
  const rows = tlds.map((tld) => {
    const label = LABELS[tld.group];
    return html`<tr><th scope="row">.${tld.tld}${label ? html` <span class="tag">${label}</span>` : ''}</th>${priceCell(tld.register, currency)}${priceCell(tld.transfer, currency)}${priceCell(tld.renew, currency)}</tr>`;
  });
  // One "Search" for the table: /domains searches every extension at once, so a link per row
  // would lead to the same page and would not fit a phone's width next to three prices.
  const search = html`<a class="btn" href="${href}" target="${target}"${rel ? html` rel="${rel}"` : ''}>Search for a domain${target === '_blank' ? html`<span class="sr"> (opens in a new tab)</span>` : ''}</a>`;
  const body = html`<div class="t"><div class="head"><h1>Domain prices</h1><p class="note">Per year, in ${currency.code}.</p></div><div class="scroll" role="region" aria-label="Domain prices" tabindex="0"><table class="dt"><thead><tr><th scope="col">Extension</th><th scope="col">Register</th><th scope="col">Transfer</th><th scope="col">Renew</th></tr></thead><tbody>${rows}</tbody></table></div>${search}</div>`;
  return { status: 200, ...page(settings, 'Domain prices', body, DOMAIN_CSS) };
}
