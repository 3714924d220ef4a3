/**
 * WHMCS runs every request variable through `htmlspecialchars(..., ENT_QUOTES)` before it is
 * stored, so the database (and every API answer) holds `O&#039;Brien` and `Tom &amp; Jerry`.
 * The sandbox stores input the same way so clients meet the encoding they must decode.
 */
export function whmcsEncode(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The reverse, for the sandbox's own pages (group names, invoice lines). */
export function whmcsDecode(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
}
