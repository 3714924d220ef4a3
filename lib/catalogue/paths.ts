/**
 * The public URLs of the catalogue, mirroring WHMCS's own store URLs (`/store/{group}/{product}`)
 * so a shop moving to Hostfront keeps its links. Pure and client-safe.
 */
export function groupPath(groupSlug: string): string {
  return `/store/${encodeURIComponent(groupSlug)}`;
}

export function productPath(groupSlug: string, productSlug: string): string {
  return `${groupPath(groupSlug)}/${encodeURIComponent(productSlug)}`;
}
