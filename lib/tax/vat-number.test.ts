import { describe, expect, it } from 'vitest';
import { checkVatNumber } from './vat-number';

describe('checkVatNumber', () => {
  it.each([
    ['DE', 'DE123456789', 'DE123456789'],
    ['DE', 'de 123.456.789', 'DE123456789'],
    ['DE', '123456789', 'DE123456789'],
    ['AT', 'ATU12345678', 'ATU12345678'],
    ['GR', '123456789', 'EL123456789'],
    ['GR', 'EL 123 456 789', 'EL123456789'],
    ['NL', 'NL123456789B01', 'NL123456789B01'],
    ['FR', 'FR AB 123456789', 'FRAB123456789'],
    ['ES', 'ESX1234567X', 'ESX1234567X'],
    ['IE', 'IE1234567WA', 'IE1234567WA'],
    ['IE', '1X23456W', 'IE1X23456W'],
    ['SE', 'SE123456789001', 'SE123456789001'],
    ['BE', '0123.456.789', 'BE0123456789'],
    ['GB', 'GB 123 4567 89', 'GB123456789'],
    ['GB', 'GB123456789012', 'GB123456789012'],
    ['GB', 'GBGD001', 'GBGD001'],
    ['GB', 'GBHA599', 'GBHA599'],
    ['GB', 'XI123456789', 'XI123456789'],
    ['US', '12-3456789', '123456789'],
  ])('%s %j is %s', (country, typed, value) => {
    expect(checkVatNumber(country, typed)).toEqual({ ok: true, value });
  });

  it.each([
    ['DE', 'DE12345678'],
    ['DE', 'DE1234567890'],
    ['AT', 'AT12345678'],
    ['GR', 'GR123456789'],
    ['NL', 'NL123456789'],
    ['FR', 'FRIO123456789'],
    ['SE', 'SE123456789012'],
    ['BE', 'BE2123456789'],
    ['GB', 'GBGD500'],
    ['GB', 'GBHA499'],
    ['GB', 'GB12345678'],
    ['US', '#1'],
  ])('refuses %s %j with an example of the right format', (country, typed) => {
    const check = checkVatNumber(country, typed);
    expect(check.ok).toBe(false);
  });

  it("says so when the number is another country's", () => {
    expect(checkVatNumber('DE', 'FR12345678901')).toEqual({
      ok: false,
      message: 'This VAT number is from another country than the one you chose: check the number or your country.',
    });
    expect(checkVatNumber('DE', 'DE1234')).toEqual({ ok: false, message: 'Enter a VAT number like DE123456789.' });
  });
});
