import type { CatalogueProduct } from '@/lib/catalogue/model';
import type { BillingCycle, Currency } from '@/lib/whmcs/types';
import { html, type SafeHtml } from '../html';
import { offerFor, type Offer } from '../offer';
import type { EmbedOptions } from '../options';
import { linkTarget, orderLink } from '../order-link';

/**
 * The building blocks both embeds share: a plan card (name, features, price) and the price
 * block with its "Order" button. A product card is one plan card with one price block; a pricing
 * table is a plan card per product with one price block per billing cycle.
 */

export interface PlanContext {
  currency: Currency;
  options: EmbedOptions;
  /** utm_campaign when the snippet names none. */
  campaign: string;
  /** "+ VAT" / "incl. VAT" beside a product's price (lib/tax/product-note); null for an untaxed product. */
  taxNote: (pid: number) => string | null;
}

/** When set, the block belongs to one cycle of the switcher and is hidden unless it is the initial one. */
export interface View {
  cycle: BillingCycle;
  initial: boolean;
}

function orderButton(product: CatalogueProduct, offer: Offer, ctx: PlanContext): SafeHtml {
  if (product.soldOut) return html`<p class="out">Sold out</p>`;
  const href = orderLink(product, { cycle: offer.cycle, currencyCode: ctx.currency.code }, ctx.options, ctx.campaign);
  const { target, rel } = linkTarget(ctx.options.target);
  // "Order" is what everybody sees; screen readers hear which plan, which cycle and where it opens.
  return html`<a class="btn" href="${href}" target="${target}"${rel ? html` rel="${rel}"` : ''}>Order<span class="sr"> ${product.name}, ${offer.cycleLabel.toLowerCase()}${target === '_blank' ? ' (opens in a new tab)' : ''}</span></a>`;
}

function priceBlock(
  product: CatalogueProduct,
  offer: Offer,
  ctx: PlanContext,
  view?: View,
  /** A line above the price, e.g. why this is not the cycle the switcher shows. */
  note?: string,
): SafeHtml {
  const taxNote = ctx.taxNote(product.pid);
  const viewAttributes = view ? html` data-c="${view.cycle}"${view.initial ? '' : html` hidden`}` : '';
  const monthly = offer.monthly
    ? html`<p class="small">${offer.monthly} effective${offer.saving !== null ? html`<span class="save">Save ${offer.saving}%</span>` : ''}</p>`
    : '';
  return html`<div class="offer"${viewAttributes}>${note ? html`<p class="note">${note}</p>` : ''}<p><span class="price">${offer.price}</span><span class="per">${offer.per}</span>${taxNote && offer.price !== 'Free' ? html`<span class="per"> ${taxNote}</span>` : ''}</p>${monthly}<p class="small">${offer.summary}</p><p class="small">${offer.setup}</p>${orderButton(product, offer, ctx)}</div>`;
}

export function planCard(product: CatalogueProduct, heading: 'h1' | 'h2', prices: SafeHtml): SafeHtml {
  // Two fixed tag names, so the heading level is chosen without building markup from a string.
  const name = heading === 'h1' ? html`<h1 class="name">${product.name}</h1>` : html`<h2 class="name">${product.name}</h2>`;
  const features = product.features.length
    ? html`<ul class="features">${product.features.map((line) => html`<li>${line}</li>`)}</ul>`
    : '';
  return html`<article class="card">${name}${features}${prices}</article>`;
}

/** The block for one cycle, or null when the product does not sell it in the currency. */
export function offerBlock(product: CatalogueProduct, cycle: BillingCycle, ctx: PlanContext, view?: View, note?: string) {
  const offer = offerFor(product, ctx.currency, cycle);
  return offer && priceBlock(product, offer, ctx, view, note);
}
