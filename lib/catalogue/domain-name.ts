import { toASCII, toUnicode } from 'tr46';
import { cleanDomainInput } from './domain-input';

/**
 * Checking the domain a customer types for a hosting account. Internationalised names are fine
 * ("bücher.de", "例え.jp"): people always see the Unicode form, and only WHMCS gets the ASCII
 * (punycode) form DNS uses. Pure and client-safe, so the configurator and the server agree.
 *
 * The conversion is UTS #46 (`tr46`, the implementation behind jsdom's and Node's WHATWG URL
 * polyfill; plain JavaScript, so it runs in the browser too, where `node:url`'s domainToASCII does
 * not), with the checks registries apply: STD3 letters, hyphens, joiners, bidi, DNS lengths.
 */

export type DomainCheck =
  | {
      ok: true;
      /** For people: Unicode, lower case ("bücher.de", also when typed as "xn--bcher-kva.de"). */
      domain: string;
      /** For WHMCS and DNS: punycode ("xn--bcher-kva.de"). */
      ascii: string;
    }
  | { ok: false; message: string };

const UTS46 = {
  checkBidi: true,
  checkHyphens: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  transitionalProcessing: false,
} as const;

/**
 * IDNA2008 (RFC 5892) lets a label hold letters, combining marks, decimal digits and hyphens.
 * UTS #46 also keeps symbols such as "☃" for compatibility (its "NV8" characters), which no
 * registry accepts any more, so they are refused here.
 */
const IDNA2008_LABEL = /^[\p{Ll}\p{Lo}\p{Lm}\p{Lt}\p{Mn}\p{Mc}\p{Nd}-]+$/u;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function checkDomain(input: string): DomainCheck {
  const typed = cleanDomainInput(input);
  if (!typed) return { ok: false, message: 'Enter a domain name, like example.com.' };
  if (/[\s@:]/.test(typed)) return { ok: false, message: 'A domain name has no spaces, @ or :, like example.com.' };
  const invalid = { ok: false, message: `"${typed}" is not a valid domain name.` } as const;
  const ascii = toASCII(typed, { ...UTS46, verifyDNSLength: true });
  const unicode = toUnicode(typed, UTS46);
  if (ascii === null || unicode.error) return invalid;
  const labels = unicode.domain.split('.');
  if (labels.length < 2) return { ok: false, message: 'Include the extension, like example.com.' };
  if (!labels.every((label) => IDNA2008_LABEL.test(label))) return invalid;
  if (!TLD.test(ascii.slice(ascii.lastIndexOf('.') + 1))) {
    return { ok: false, message: `"${typed}" does not end in a valid extension, like .com.` };
  }
  return { ok: true, domain: unicode.domain, ascii };
}
