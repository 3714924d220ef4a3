/**
 * Where the shop's terms of service live: SHOP_TERMS_URL when the shop has its own page, else
 * the storefront's /terms page (the shop's name and a placeholder text to replace), so the
 * checkbox at checkout always links to terms the customer can read. Pure.
 */
const OWN_TERMS_PATH = '/terms';

export function termsHref(configured: string | undefined): string {
  return configured ?? OWN_TERMS_PATH;
}
