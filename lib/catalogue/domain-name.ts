/**
 * Checking the domain a customer types for a hosting account. Internationalised names are fine
 * ("bücher.de", "例え.jp"): they are checked in their ASCII (punycode) form, the form WHMCS and
 * DNS use. Pure and client-safe, so the configurator and the server agree.
 */

export type DomainCheck = { ok: true; domain: string; ascii: string } | { ok: false; message: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** "https://www.Example.com/" -> "www.example.com": what people paste from their address bar. */
export function cleanDomainInput(input: string): string {
  return input
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();
}

export function checkDomain(input: string): DomainCheck {
  const domain = cleanDomainInput(input);
  if (!domain) return { ok: false, message: 'Enter a domain name, like example.com.' };
  if (/[\s@:]/.test(domain)) return { ok: false, message: 'A domain name has no spaces, @ or :, like example.com.' };
  let ascii: string;
  try {
    // The WHATWG URL parser applies IDNA (UTS #46): the same conversion browsers do.
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return { ok: false, message: `"${domain}" is not a valid domain name.` };
  }
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, message: 'Include the extension, like example.com.' };
  if (ascii.length > 253 || !labels.every((label) => LABEL.test(label))) {
    return { ok: false, message: `"${domain}" is not a valid domain name.` };
  }
  if (!TLD.test(labels[labels.length - 1] ?? '')) {
    return { ok: false, message: `"${domain}" does not end in a valid extension, like .com.` };
  }
  return { ok: true, domain, ascii };
}

/** Product types WHMCS provisions on a domain (a web hosting or reseller account). */
export function needsDomain(type: string): boolean {
  return type === 'hostingaccount' || type === 'reselleraccount';
}
