import { describe, expect, it } from 'vitest';
import { rememberSoldCurrencies, sellsCurrency } from './sold-currencies';

describe('sold currencies', () => {
  it('knows nothing until a catalogue was loaded, then only its codes', () => {
    expect(sellsCurrency('EUR')).toBeNull();
    rememberSoldCurrencies(['USD', 'EUR']);
    expect(sellsCurrency('EUR')).toBe(true);
    expect(sellsCurrency('XYZ')).toBe(false);
  });
});
