import { CURRENCY_PARAM } from '@/lib/visitor/currency-choice';

/**
 * A product configuration as URL search parameters, so every configuration is a link a customer
 * can reload or share. The names follow WHMCS's own cart links (`billingcycle`,
 * `configoption[ID]`, `promocode`), so links a shop already has keep working. Custom fields are
 * deliberately left out: they may hold things that do not belong in a URL (passwords, notes).
 * Pure and client-safe.
 */

export const PARAM = {
  cycle: 'billingcycle',
  quantity: 'qty',
  domain: 'domain',
  promo: 'promocode',
  currency: CURRENCY_PARAM,
} as const;

const OPTION = /^configoption\[(\d{1,9})\]$/;
const optionParam = (id: number) => `configoption[${id}]`;
/** Product addons: `addon[ID]=count` (0 or absent: not added). */
const ADDON = /^addon\[(\d{1,9})\]$/;
const addonParam = (id: number) => `addon[${id}]`;

/**
 * A configuration as a link carries it: a pricing `Configuration`, or what a form shows (a count
 * as typed, even one out of range, so the link never disagrees with the form).
 */
export interface LinkedConfiguration {
  cycle: string;
  options: Record<number, number | string>;
  quantity: number | string;
  /** Chosen addons only (a count as typed); none when absent. */
  addons?: Record<number, number | string>;
}

export interface ConfigurationLink {
  configuration: LinkedConfiguration;
  currencyCode: string;
  /** Only when the product takes a product quantity: a link never invents one. */
  withQuantity: boolean;
  domain?: string;
  promoCode?: string;
}

export function configurationToParams(link: ConfigurationLink): URLSearchParams {
  const params = new URLSearchParams();
  params.set(PARAM.currency, link.currencyCode);
  params.set(PARAM.cycle, link.configuration.cycle);
  for (const [id, value] of Object.entries(link.configuration.options)) params.set(optionParam(Number(id)), String(value));
  if (link.withQuantity) params.set(PARAM.quantity, String(link.configuration.quantity));
  for (const [id, count] of Object.entries(link.configuration.addons ?? {})) {
    if (String(count) !== '0') params.set(addonParam(Number(id)), String(count));
  }
  const domain = link.domain?.trim();
  if (domain) params.set(PARAM.domain, domain);
  const promo = link.promoCode?.trim();
  if (promo) params.set(PARAM.promo, promo);
  return params;
}

const OWN_PARAMS = new Set<string>(Object.values(PARAM));

/**
 * The configuration's params, keeping every other param the link came with (`utm_*` attribution
 * from an embed, the cart's `item`): the configurator rewrites the URL as the customer changes
 * things, and must not drop what it does not own.
 */
export function withForeignParams(configuration: URLSearchParams, current: URLSearchParams): URLSearchParams {
  const merged = new URLSearchParams(configuration);
  for (const [key, value] of current) {
    if (!OWN_PARAMS.has(key) && !OPTION.test(key) && !ADDON.test(key)) merged.append(key, value);
  }
  return merged;
}

/** What a link asks for, unchecked: hand `configuration` to `normaliseConfiguration`. */
export interface LinkRequest {
  configuration: { cycle?: string; options: Record<string, string>; quantity?: string; addons?: Record<string, string> };
  currencyCode: string | null;
  domain: string | null;
  promoCode: string | null;
}

export function paramsToRequest(params: URLSearchParams): LinkRequest {
  const options: Record<string, string> = {};
  const addons: Record<string, string> = {};
  for (const [key, value] of params) {
    const match = OPTION.exec(key);
    if (match?.[1]) options[match[1]] = value;
    const addon = ADDON.exec(key);
    if (addon?.[1]) addons[addon[1]] = value;
  }
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value.slice(0, 255) : null;
  };
  return {
    configuration: {
      cycle: text(PARAM.cycle) ?? undefined,
      options,
      quantity: text(PARAM.quantity) ?? undefined,
      ...(Object.keys(addons).length > 0 ? { addons } : {}),
    },
    currencyCode: text(PARAM.currency),
    domain: text(PARAM.domain),
    promoCode: text(PARAM.promo),
  };
}
