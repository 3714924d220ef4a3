import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '@/lib/pricing/fixtures';
import { addonsForProduct, declaredAddons } from './addons';
import type { AddonSettings } from './config-file';

const declared: AddonSettings[] = [
  {
    id: 7,
    name: 'Daily backups',
    description: '',
    products: [1, 2],
    payType: 'recurring',
    quantity: false,
    pricing: { USD: { monthly: '2.00', annually: { price: 24, setupFee: '5.00' }, onetime: '9.00' } },
  },
  { id: 8, name: 'Extra IP', description: '', products: [2], payType: 'onetime', quantity: true, pricing: { USD: { onetime: 3, monthly: 1 } } },
];

describe('addons declared in catalogue.config.json', () => {
  it('become WHMCS-shaped addons in the currencies they are priced in, keeping only cycles their pay type has', () => {
    const [backups, ip] = declaredAddons(declared, CURRENCIES);
    expect(Object.keys(backups!.pricing)).toEqual(['USD']);
    expect(backups!.pricing.USD).toMatchObject({ code: 'USD', prefix: '$' });
    expect(backups!.pricing.USD!.cycles).toEqual({ monthly: { price: 200, setupFee: 0 }, annually: { price: 2400, setupFee: 500 } });
    expect(ip!.pricing.USD!.cycles).toEqual({ onetime: { price: 300, setupFee: 0 } });
    expect(ip!.quantityAllowed).toBe(true);
  });

  it('are offered with the products they list', () => {
    const addons = declaredAddons(declared, CURRENCIES);
    expect(addonsForProduct(addons, 1).map((a) => a.id)).toEqual([7]);
    expect(addonsForProduct(addons, 2).map((a) => a.id)).toEqual([7, 8]);
    expect(addonsForProduct([{ ...addons[0]!, offeredOnOrder: false }], 1)).toEqual([]);
  });
});
