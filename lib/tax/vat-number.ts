/**
 * A VAT number's format, per country, as typed at sign-up: the EU's VIES formats (the country's
 * prefix, then its digits and letters) and the UK's (GB/XI: 9 or 12 digits, GD/HA numbers of
 * government departments and health authorities). Pure, shared by the sign-up form and the
 * server action that sends AddClient's `tax_id`.
 *
 * Only the format is checked here. Whether the number is registered (a VIES lookup) is WHMCS's
 * job when its "Validate VAT numbers" setting is on: WHMCS asks VIES when the client is created
 * and leaves the client taxed when the lookup fails.
 */

/** Country code -> the prefix VAT numbers carry (Greece's is EL) and the pattern after it. */
const FORMATS: Record<string, { prefix: string; body: RegExp; example: string }> = {
  AT: { prefix: 'ATU', body: /^\d{8}$/, example: 'ATU12345678' },
  BE: { prefix: 'BE', body: /^[01]\d{9}$/, example: 'BE0123456789' },
  BG: { prefix: 'BG', body: /^\d{9,10}$/, example: 'BG123456789' },
  CY: { prefix: 'CY', body: /^\d{8}[A-Z]$/, example: 'CY12345678X' },
  CZ: { prefix: 'CZ', body: /^\d{8,10}$/, example: 'CZ12345678' },
  DE: { prefix: 'DE', body: /^\d{9}$/, example: 'DE123456789' },
  DK: { prefix: 'DK', body: /^\d{8}$/, example: 'DK12345678' },
  EE: { prefix: 'EE', body: /^\d{9}$/, example: 'EE123456789' },
  ES: { prefix: 'ES', body: /^[0-9A-Z]\d{7}[0-9A-Z]$/, example: 'ESX1234567X' },
  FI: { prefix: 'FI', body: /^\d{8}$/, example: 'FI12345678' },
  FR: { prefix: 'FR', body: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, example: 'FR12345678901' },
  GR: { prefix: 'EL', body: /^\d{9}$/, example: 'EL123456789' },
  HR: { prefix: 'HR', body: /^\d{11}$/, example: 'HR12345678901' },
  HU: { prefix: 'HU', body: /^\d{8}$/, example: 'HU12345678' },
  IE: { prefix: 'IE', body: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/, example: 'IE1234567X' },
  IT: { prefix: 'IT', body: /^\d{11}$/, example: 'IT12345678901' },
  LT: { prefix: 'LT', body: /^(\d{9}|\d{12})$/, example: 'LT123456789' },
  LU: { prefix: 'LU', body: /^\d{8}$/, example: 'LU12345678' },
  LV: { prefix: 'LV', body: /^\d{11}$/, example: 'LV12345678901' },
  MT: { prefix: 'MT', body: /^\d{8}$/, example: 'MT12345678' },
  NL: { prefix: 'NL', body: /^\d{9}B\d{2}$/, example: 'NL123456789B01' },
  PL: { prefix: 'PL', body: /^\d{10}$/, example: 'PL1234567890' },
  PT: { prefix: 'PT', body: /^\d{9}$/, example: 'PT123456789' },
  RO: { prefix: 'RO', body: /^[1-9]\d{1,9}$/, example: 'RO1234567890' },
  SE: { prefix: 'SE', body: /^\d{10}01$/, example: 'SE123456789001' },
  SI: { prefix: 'SI', body: /^\d{8}$/, example: 'SI12345678' },
  SK: { prefix: 'SK', body: /^\d{10}$/, example: 'SK1234567890' },
  GB: { prefix: 'GB', body: /^(\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/, example: 'GB123456789' },
};

/** Elsewhere a tax number is passed on as typed, within these bounds (WHMCS stores it as text). */
const OTHER = /^[A-Z0-9]{4,20}$/;

export type VatNumberCheck = { ok: true; value: string } | { ok: false; message: string };

/** Spaces, dots and dashes are how people write these numbers; none of them is part of it. */
function compact(input: string): string {
  return input.replace(/[\s.\-]/g, '').toUpperCase();
}

/**
 * The VAT number for a client in `country`, normalised (`de 123.456.789` -> `DE123456789`), or
 * why it cannot be one. The prefix may be left out; a prefix of another country is refused.
 * Northern Ireland's XI numbers are accepted for GB clients.
 */
export function checkVatNumber(country: string, input: string): VatNumberCheck {
  const typed = compact(input);
  const format = FORMATS[country];
  if (!format) {
    return OTHER.test(typed) ? { ok: true, value: typed } : { ok: false, message: 'Enter your tax number using letters and digits only.' };
  }
  const prefixes = country === 'GB' ? ['GB', 'XI'] : [format.prefix];
  const prefix = prefixes.find((candidate) => typed.startsWith(candidate));
  const body = prefix ? typed.slice(prefix.length) : typed;
  if (format.body.test(body)) return { ok: true, value: `${prefix ?? format.prefix}${body}` };
  const foreign = !prefix && Object.entries(FORMATS).some(([code, other]) => code !== country && typed.startsWith(other.prefix));
  if (foreign) return { ok: false, message: 'This VAT number is from another country than the one you chose: check the number or your country.' };
  return { ok: false, message: `Enter a VAT number like ${format.example}.` };
}

