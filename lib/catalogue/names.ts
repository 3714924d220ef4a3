/**
 * Readable text derived from what WHMCS gives: group names from store URL slugs, feature lines
 * from product descriptions. Pure.
 */

/**
 * "shared-hosting" -> "Shared Hosting", "vps" -> "VPS", "ssl-certificates" -> "SSL Certificates".
 * A short word without a vowel is taken for an acronym (vps, ssl, dns, cdn, ssd).
 */
export function nameFromSlug(slug: string): string {
  let text = slug;
  try {
    text = decodeURIComponent(slug);
  } catch {
    // A malformed escape is left as it is: a name must never fail a page.
  }
  return text
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => {
      if (word.length <= 4 && !/[aeiouy\d]/i.test(word)) return word.toUpperCase();
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/**
 * One feature per line of the description. WHMCS descriptions are often typed as HTML, so line
 * breaks may be `<br>` and words may be wrapped in tags: tags are dropped (we never render the
 * admin's HTML), entities were already decoded by the WHMCS seam.
 */
export function featureLines(description: string): string[] {
  return description
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s•*\-–]+/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
