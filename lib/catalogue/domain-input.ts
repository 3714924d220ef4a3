/*
 * What the configurator needs of a domain while the customer types, without the IDNA tables of
 * ./domain-name (tr46 is large: it loads only with the form's validation).
 */

/** "https://www.Example.com/" -> "www.example.com": what people paste from their address bar. */
export function cleanDomainInput(input: string): string {
  return input
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

/** Product types WHMCS provisions on a domain (a web hosting or reseller account). */
export function needsDomain(type: string): boolean {
  return type === 'hostingaccount' || type === 'reselleraccount';
}
