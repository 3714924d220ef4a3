import { configurationToParams } from '@/lib/catalogue/configuration-link';
import { productPath } from '@/lib/catalogue/paths';
import { AFFILIATE_PARAM } from '@/lib/visitor/attribution';
import type { BillingCycle, Product } from '@/lib/whmcs/types';
import type { EmbedOptions } from './options';

/**
 * Where an embed's "Order" button goes: the product's configurator with the cycle, currency and
 * promotion preset, in the configurator's own URL format (lib/catalogue/configuration-link), plus
 * UTM attribution when the snippet names a source and the affiliate when it names one. Relative: the embed document lives on the
 * shop's origin, so the link resolves there whichever window it opens in.
 */
export function orderLink(
  product: Pick<Product, 'groupSlug' | 'slug'>,
  choice: { cycle: BillingCycle; currencyCode: string },
  options: Pick<EmbedOptions, 'promo' | 'source' | 'campaign' | 'aff'>,
  /** utm_campaign when the snippet names none: the embedded product's or group's slug. */
  defaultCampaign: string,
): string {
  const params = configurationToParams({
    // Only the cycle: the configurator fills in the default options itself, so a link never
    // carries choices the visitor did not make.
    configuration: { cycle: choice.cycle, options: {}, quantity: 1 },
    currencyCode: choice.currencyCode,
    withQuantity: false,
    promoCode: options.promo ?? undefined,
  });
  for (const [name, value] of attributionParams(options, defaultCampaign)) params.set(name, value);
  return `${productPath(product.groupSlug, product.slug)}?${params}`;
}

/**
 * What every link (or form) out of an embed carries to the shop: UTM attribution when the
 * snippet names a source (`utm_medium=embed`, the snippet's campaign or `defaultCampaign`), and
 * the snippet's affiliate, which the shop remembers when the link is followed
 * (lib/visitor/attribution), as WHMCS's own affiliate links.
 */
export function attributionParams(options: Pick<EmbedOptions, 'source' | 'campaign' | 'aff'>, defaultCampaign: string): [string, string][] {
  const params: [string, string][] = [];
  if (options.source) {
    params.push(['utm_source', options.source], ['utm_medium', 'embed'], ['utm_campaign', options.campaign ?? defaultCampaign]);
  }
  if (options.aff !== null) params.push([AFFILIATE_PARAM, String(options.aff)]);
  return params;
}

/** The link's target attributes: the top window (leaving the marketing page) or a new tab. */
export function linkTarget(target: EmbedOptions['target']): { target: '_top' | '_blank'; rel: string | null } {
  return target === 'blank' ? { target: '_blank', rel: 'noopener' } : { target: '_top', rel: null };
}
