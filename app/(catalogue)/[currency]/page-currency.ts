import { notFound } from 'next/navigation';
import type { Catalogue } from '@/lib/catalogue';
import type { Currency } from '@/lib/whmcs/types';

/**
 * The catalogue's one route tree carries the currency its pages show as the first segment
 * (`/EUR/store/vps`), which next.config.js fills in from the visitor's `currency` cookie; the
 * public URLs (`/`, `/store/...`) never show it. A visitor who made no choice is routed to
 * `SHOP_DEFAULT_SEGMENT`: the router cannot know WHMCS's default currency (it is fixed at build,
 * and builds need no WHMCS), so this segment stands for "whatever WHMCS calls its default".
 * Keep it in step with next.config.js.
 */
const SHOP_DEFAULT_SEGMENT = 'default';

/**
 * The currency a catalogue page is rendered in. A code the shop does not sell is a 404 (which is
 * never stored, see cache-handler.cjs), so junk codes cannot fill the page cache.
 */
export function pageCurrency(catalogue: Pick<Catalogue, 'currencies' | 'defaultCurrency'>, segment: string): Currency {
  if (segment === SHOP_DEFAULT_SEGMENT) return catalogue.defaultCurrency;
  return catalogue.currencies.find((currency) => currency.code === segment) ?? notFound();
}
