import type { Catalogue, CatalogueGroup, CatalogueProduct } from '@/lib/catalogue/model';
import { resolveCurrency } from '@/lib/catalogue/model';
import { cycleLabel, defaultCycle, enabledCycles, isRecurringCycle, CYCLE_ORDER } from '@/lib/pricing';
import type { Currency, Product, RecurringCycle } from '@/lib/whmcs/types';
import { html, type SafeHtml } from '../html';
import type { EmbedOptions } from '../options';
import { renderEmbedDocument, type RenderedEmbed } from './document';
import { offerBlock, planCard, type PlanContext } from './plan';
import { SWITCHER_CSS } from './styles';

/**
 * The three embed documents: a product card, a group's pricing table, and the small "not
 * available" card an unknown product or group gets. Pure: the route hands in the catalogue, the
 * parsed options and the shop's settings, and sends back what comes out.
 */

export interface EmbedSettings {
  options: EmbedOptions;
  /** Where to post the height (already checked against the allowed origins) and the loader's id. */
  frame: { target: string | null; id: string | null };
  allowedOrigins: readonly string[];
  shopName: string;
  /** SHOP_ACCENT: the accent when the snippet sets none. */
  shopAccent: string;
}

export interface EmbedResult extends RenderedEmbed {
  status: 200 | 404 | 503;
}

type Currencies = Pick<Catalogue, 'currencies' | 'defaultCurrency'>;

/**
 * The currency asked for when the products are sold in it, else the shop's default, else the
 * first currency they are sold in; null when they are sold in none.
 */
export function chooseCurrency(catalogue: Currencies, products: readonly Product[], code: string | null): Currency | null {
  const sold = (currency: Currency) => products.some((product) => enabledCycles(product, currency.code).length > 0);
  const asked = resolveCurrency(catalogue, code).currency;
  return [asked, catalogue.defaultCurrency, ...catalogue.currencies].find(sold) ?? null;
}

/** An embed document with the snippet's theme and accent; `form` for a page with a form (the domain search box). */
export function page(settings: EmbedSettings, title: string, body: SafeHtml, extraCss?: string, form = false): RenderedEmbed {
  return renderEmbedDocument({
    form,
    title: `${title} – ${settings.shopName}`,
    body,
    theme: settings.options.theme,
    accent: settings.options.accent ?? settings.shopAccent,
    extraCss,
    frame: settings.frame,
    allowedOrigins: settings.allowedOrigins,
  });
}

const UNAVAILABLE = {
  product: { status: 404, text: 'This product is not available right now.' },
  group: { status: 404, text: 'These plans are not available right now.' },
  domains: { status: 404, text: 'This is not available right now.' },
  // WHMCS is down and no earlier copy of the catalogue exists: say so rather than show an error page.
  catalogue: { status: 503, text: 'Prices cannot be shown right now. Please try again in a few minutes.' },
} as const;

/** The small card shown instead of an error page. */
export function renderNotAvailable(settings: EmbedSettings, what: keyof typeof UNAVAILABLE): EmbedResult {
  const { status, text } = UNAVAILABLE[what];
  const body = html`<div class="na"><h1 class="name">Not available</h1><p class="note">${text}</p></div>`;
  return { status, ...page(settings, 'Not available', body) };
}

export function renderProductEmbed(
  catalogue: Currencies,
  product: CatalogueProduct | undefined,
  settings: EmbedSettings,
  taxNote: PlanContext['taxNote'],
): EmbedResult {
  // A product outside every store group has no configurator to order from.
  const currency = product?.groupSlug ? chooseCurrency(catalogue, [product], settings.options.currency) : null;
  if (!product || !currency) return renderNotAvailable(settings, 'product');

  const wanted = settings.options.cycle;
  const cycle = wanted && enabledCycles(product, currency.code).includes(wanted) ? wanted : defaultCycle(product, currency.code);
  const ctx: PlanContext = { currency, options: settings.options, campaign: product.slug, taxNote };
  const block = cycle && offerBlock(product, cycle, ctx);
  if (!block) return renderNotAvailable(settings, 'product');
  return { status: 200, ...page(settings, product.name, planCard(product, 'h1', block)) };
}

/** The recurring cycles any product of the group sells in the currency, shortest first. */
export function tableCycles(products: readonly Product[], currencyCode: string): RecurringCycle[] {
  const offered = new Set(products.flatMap((product) => enabledCycles(product, currencyCode)));
  return CYCLE_ORDER.filter((cycle): cycle is RecurringCycle => isRecurringCycle(cycle) && offered.has(cycle));
}

/**
 * Shows a cycle's price blocks and hides the others' once a radio is checked. Without :has()
 * the rules are dropped and the server-rendered `hidden` attributes keep the initial cycle on
 * show: the prices stay right, only the switch does nothing.
 */
function switcherCss(cycles: readonly RecurringCycle[]): string {
  if (cycles.length < 2) return '';
  return (
    SWITCHER_CSS +
    '.t:has(.sw :checked) .offer[data-c]{display:none}' +
    cycles.map((cycle) => `.t:has(#c-${cycle}:checked) .offer[data-c="${cycle}"]{display:grid}`).join('')
  );
}

function switcher(cycles: readonly RecurringCycle[], initial: RecurringCycle): SafeHtml | '' {
  if (cycles.length < 2) return '';
  const choices = cycles.map(
    (cycle) =>
      html`<label><input class="sr" type="radio" name="cycle" id="c-${cycle}" value="${cycle}"${cycle === initial ? html` checked` : ''}>${cycleLabel(cycle)}</label>`,
  );
  return html`<fieldset class="sw"><legend class="sr">Billing cycle</legend><div>${choices}</div></fieldset>`;
}

/**
 * One plan of the table: a price block per cycle of the switcher. A product that does not sell
 * a cycle shows its own default cycle there, saying so; a one-time or free product shows its
 * single price under every cycle.
 */
function planPrices(product: CatalogueProduct, cycles: readonly RecurringCycle[], initial: RecurringCycle | null, ctx: PlanContext) {
  const own = enabledCycles(product, ctx.currency.code);
  const fallback = defaultCycle(product, ctx.currency.code);
  if (!fallback) return null;
  if (cycles.length < 2 || !isRecurringCycle(fallback)) {
    return offerBlock(product, initial && own.includes(initial) ? initial : fallback, ctx);
  }
  return cycles.map((cycle) => {
    const view = { cycle, initial: cycle === initial };
    return own.includes(cycle)
      ? offerBlock(product, cycle, ctx, view)
      : offerBlock(product, fallback, ctx, view, `Not offered ${cycleLabel(cycle).toLowerCase()}`);
  });
}

export function renderGroupEmbed(
  catalogue: Currencies,
  group: CatalogueGroup | undefined,
  settings: EmbedSettings,
  taxNote: PlanContext['taxNote'],
): EmbedResult {
  const currency = group && chooseCurrency(catalogue, group.products, settings.options.currency);
  if (!group || !currency) return renderNotAvailable(settings, 'group');

  const cycles = tableCycles(group.products, currency.code);
  const wanted = settings.options.cycle;
  const initial =
    wanted && isRecurringCycle(wanted) && cycles.includes(wanted) ? wanted : cycles.includes('monthly') ? 'monthly' : (cycles[0] ?? null);
  const ctx: PlanContext = { currency, options: settings.options, campaign: group.slug, taxNote };

  const plans = group.products.flatMap((product) => {
    const prices = planPrices(product, cycles, initial, ctx);
    return prices ? [html`<li>${planCard(product, 'h2', html`${prices}`)}</li>`] : [];
  });
  const body = html`<div class="t"><div class="head"><h1>${group.name}</h1>${group.tagline ? html`<p class="note">${group.tagline}</p>` : ''}</div>${initial ? switcher(cycles, initial) : ''}<ul class="plans">${plans}</ul></div>`;
  return { status: 200, ...page(settings, group.name, body, switcherCss(cycles)) };
}
