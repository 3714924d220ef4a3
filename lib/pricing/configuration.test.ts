import { describe, expect, it } from 'vitest';
import { priceConfiguration } from './breakdown';
import { defaultConfiguration, normaliseConfiguration, PricingError } from './configuration';
import {
  allProducts,
  backupStorage,
  business,
  cloudVps2,
  dedicatedServer,
  freeTrial,
  sslCertificate,
  starter,
} from './fixtures';
import { MAX_QUANTITY, optionQuantityBounds, productQuantityBounds } from './options';

const products = { starter, cloudVps2, backupStorage, dedicatedServer };

const VPS_DEFAULT_OPTIONS = { 1: 11, 2: 21, 3: 0, 4: 0, 5: 1 }; // Ubuntu, Frankfurt, no backups, 0 GB, 1 IPv4

describe('defaultConfiguration', () => {
  it('picks monthly, the first choices, yes/no off, minimum counts and one unit', () => {
    const expected = { cycle: 'monthly', options: VPS_DEFAULT_OPTIONS, quantity: 1 };
    expect(defaultConfiguration(cloudVps2, 'USD')).toEqual(expected);
    expect(defaultConfiguration(cloudVps2, 'EUR')).toEqual(expected);
  });

  it('picks the first enabled cycle without monthly, onetime and free as applicable', () => {
    expect(defaultConfiguration(dedicatedServer, 'USD')).toEqual({ cycle: 'annually', options: {}, quantity: 1 });
    expect(defaultConfiguration(sslCertificate, 'EUR')).toEqual({ cycle: 'onetime', options: { 6: 0, 7: 71 }, quantity: 1 });
    expect(defaultConfiguration(freeTrial, 'USD')).toEqual({ cycle: 'free', options: { 8: 81 }, quantity: 1 });
  });

  it('throws PricingError for a product not sold in the currency', () => {
    expect(() => defaultConfiguration(dedicatedServer, 'EUR')).toThrow(PricingError);
    expect(() => normaliseConfiguration(dedicatedServer, 'EUR', {})).toThrow(PricingError);
  });
});

describe('quantity bounds', () => {
  it('reads minqty/maxqty with unset meaning 0 / unlimited', () => {
    const [, , , ram, ipv4] = cloudVps2.configOptions;
    expect(optionQuantityBounds(ram!)).toEqual({ min: 0, max: 16 });
    expect(optionQuantityBounds(ipv4!)).toEqual({ min: 1, max: MAX_QUANTITY });
  });

  it('allows one unit unless quantities are on, then up to the stock', () => {
    expect(productQuantityBounds(starter)).toEqual({ min: 1, max: 1 }); // allowqty 0
    expect(productQuantityBounds(cloudVps2)).toEqual({ min: 1, max: 5 }); // 5 in stock
    expect(productQuantityBounds(backupStorage)).toEqual({ min: 1, max: MAX_QUANTITY }); // no stock control
    expect(productQuantityBounds(dedicatedServer)).toEqual({ min: 1, max: 1 }); // out of stock
  });
});

describe('normaliseConfiguration', () => {
  const full = { cycle: 'quarterly', options: { 1: 12, 2: 22, 3: 1, 4: 4, 5: 2 }, quantity: 2 };

  it('keeps a valid configuration given as strings, with no problems', () => {
    const input = { cycle: 'quarterly', options: { '1': '12', '2': '22', '3': '1', '4': '4', '5': '2' }, quantity: '2' };
    expect(normaliseConfiguration(cloudVps2, 'USD', input)).toEqual({ configuration: full, problems: [] });
  });

  it('keeps a valid configuration given as numbers, with no problems', () => {
    expect(normaliseConfiguration(cloudVps2, 'EUR', full)).toEqual({ configuration: full, problems: [] });
  });

  it.each([[undefined], [null], [{}], ['cycle=monthly'], [42], [[]], [{ cycle: '', options: {}, quantity: '' }]])(
    'fills the defaults silently when nothing is given: %j',
    (input) => {
      expect(normaliseConfiguration(cloudVps2, 'USD', input)).toEqual({
        configuration: { cycle: 'monthly', options: VPS_DEFAULT_OPTIONS, quantity: 1 },
        problems: [],
      });
    },
  );

  describe('billing cycle', () => {
    it('reads cycle names the way AddOrder does', () => {
      expect(normaliseConfiguration(cloudVps2, 'USD', { cycle: 'Annually' }).configuration.cycle).toBe('annually');
      expect(normaliseConfiguration(business, 'USD', { cycle: 'Semi-Annually' }).configuration.cycle).toBe('semiannually');
    });

    it('replaces an unknown cycle with the default', () => {
      const { configuration, problems } = normaliseConfiguration(cloudVps2, 'USD', { cycle: 'weekly' });
      expect(configuration.cycle).toBe('monthly');
      expect(problems).toEqual(['Billing cycle "weekly" is not available for Cloud VPS 2; using Monthly.']);
    });

    it('replaces a cycle the product does not offer', () => {
      expect(normaliseConfiguration(cloudVps2, 'EUR', { cycle: 'semiannually' }).problems).toEqual([
        'Semi-annually billing is not available for Cloud VPS 2; using Monthly.',
      ]);
      expect(normaliseConfiguration(dedicatedServer, 'USD', { cycle: 'monthly' })).toEqual({
        configuration: { cycle: 'annually', options: {}, quantity: 1 },
        problems: ['Monthly billing is not available for Dedicated E-2388G; using Annually.'],
      });
      expect(normaliseConfiguration(sslCertificate, 'USD', { cycle: 'monthly' }).problems).toEqual([
        'Monthly billing is not available for SSL Certificate; using One time.',
      ]);
    });

    it('checks the cycle against the currency', () => {
      // Business has triennially in USD but not in EUR.
      expect(normaliseConfiguration(business, 'USD', { cycle: 'triennially' })).toEqual({
        configuration: { cycle: 'triennially', options: {}, quantity: 1 },
        problems: [],
      });
      expect(normaliseConfiguration(business, 'EUR', { cycle: 'triennially' })).toEqual({
        configuration: { cycle: 'monthly', options: {}, quantity: 1 },
        problems: ['Triennially billing is not available for Business; using Monthly.'],
      });
    });

    it('replaces a cycle that is not text, and cuts long junk short in the message', () => {
      expect(normaliseConfiguration(starter, 'USD', { cycle: 7 }).problems).toEqual([
        'Billing cycle 7 is not available for Starter; using Monthly.',
      ]);
      expect(normaliseConfiguration(starter, 'USD', { cycle: { $gt: '' } }).problems).toEqual([
        'Billing cycle a value that is not text is not available for Starter; using Monthly.',
      ]);
      const [problem] = normaliseConfiguration(starter, 'USD', { cycle: 'x'.repeat(500) }).problems;
      expect(problem).toBe(`Billing cycle "${'x'.repeat(40)}…" is not available for Starter; using Monthly.`);
    });
  });

  describe('dropdown and radio options', () => {
    it('replaces an unknown choice with the first choice', () => {
      const { configuration, problems } = normaliseConfiguration(cloudVps2, 'USD', { options: { 1: '99' } });
      expect(configuration.options).toEqual(VPS_DEFAULT_OPTIONS);
      expect(problems).toEqual(['Operating System: "99" is not one of the choices; using Ubuntu 24.04.']);
    });

    it("refuses another option's choice id and non-numeric junk", () => {
      // 22 is New York, a choice of Location, not of Operating System.
      expect(normaliseConfiguration(cloudVps2, 'EUR', { options: { 1: 22, 2: 'abc' } })).toEqual({
        configuration: { cycle: 'monthly', options: VPS_DEFAULT_OPTIONS, quantity: 1 },
        problems: [
          'Operating System: 22 is not one of the choices; using Ubuntu 24.04.',
          'Location: "abc" is not one of the choices; using Frankfurt.',
        ],
      });
      expect(normaliseConfiguration(sslCertificate, 'USD', { options: { 7: ['72'] } }).problems).toEqual([
        'Validation: a value that is not text is not one of the choices; using Domain validated.',
      ]);
    });
  });

  describe('yes/no options', () => {
    it.each([
      ['1', 1],
      [1, 1],
      [true, 1],
      ['on', 1], // a checked checkbox
      ['Yes', 1],
      ['true', 1],
      ['0', 0],
      [0, 0],
      [false, 0],
      ['off', 0],
      ['no', 0],
    ])('reads %j as %i', (raw, expected) => {
      const { configuration, problems } = normaliseConfiguration(cloudVps2, 'USD', { options: { 3: raw } });
      expect(configuration.options[3]).toBe(expected);
      expect(problems).toEqual([]);
    });

    it.each([
      ['maybe', 'Daily backups: "maybe" is not yes or no; using no.'],
      [2, 'Daily backups: 2 is not yes or no; using no.'],
    ])('turns %j off with a problem', (raw, problem) => {
      const { configuration, problems } = normaliseConfiguration(cloudVps2, 'USD', { options: { 3: raw } });
      expect(configuration.options[3]).toBe(0);
      expect(problems).toEqual([problem]);
    });
  });

  describe('quantity options', () => {
    it('keeps a count within bounds', () => {
      const { configuration } = normaliseConfiguration(cloudVps2, 'USD', { options: { 4: '16', 5: ' 3 ' } });
      expect(configuration.options).toMatchObject({ 4: 16, 5: 3 });
    });

    it.each([
      [4, '20', 16, 'Extra RAM (GB) must be between 0 and 16; using 16.'],
      [4, '-3', 0, 'Extra RAM (GB) must be between 0 and 16; using 0.'],
      [4, '2.5', 0, 'Extra RAM (GB) must be a whole number, not "2.5"; using 0.'],
      [4, 'lots', 0, 'Extra RAM (GB) must be a whole number, not "lots"; using 0.'],
      [4, Number.NaN, 0, 'Extra RAM (GB) must be a whole number, not NaN; using 0.'],
      [5, '0', 1, 'IPv4 addresses must be at least 1; using 1.'],
      [5, 50000, MAX_QUANTITY, `IPv4 addresses must be at most ${MAX_QUANTITY}; using ${MAX_QUANTITY}.`],
      [5, '1e3', 1, 'IPv4 addresses must be a whole number, not "1e3"; using 1.'],
    ])('option %i given %j becomes %i', (optionId, raw, expected, problem) => {
      const { configuration, problems } = normaliseConfiguration(cloudVps2, 'USD', { options: { [optionId]: raw } });
      expect(configuration.options[optionId]).toBe(expected);
      expect(problems).toEqual([problem]);
    });
  });

  describe('unknown options', () => {
    it('drops option ids the product does not have', () => {
      const { configuration, problems } = normaliseConfiguration(cloudVps2, 'USD', {
        options: { 99: '1', constructor: 'x' },
      });
      expect(configuration.options).toEqual(VPS_DEFAULT_OPTIONS);
      expect(problems).toEqual([
        'Option "99" does not exist for Cloud VPS 2; ignored.',
        'Option "constructor" does not exist for Cloud VPS 2; ignored.',
      ]);
    });

    it('falls back to the defaults when the options are not a map', () => {
      expect(normaliseConfiguration(cloudVps2, 'USD', { options: '1=12' })).toEqual({
        configuration: { cycle: 'monthly', options: VPS_DEFAULT_OPTIONS, quantity: 1 },
        problems: ['The chosen options could not be read; using the defaults.'],
      });
    });
  });

  describe('product quantity', () => {
    it('keeps a quantity within the stock', () => {
      expect(normaliseConfiguration(cloudVps2, 'USD', { quantity: '3' }).configuration.quantity).toBe(3);
      expect(normaliseConfiguration(cloudVps2, 'USD', { quantity: 5 }).configuration.quantity).toBe(5);
      expect(normaliseConfiguration(backupStorage, 'EUR', { quantity: 250 }).configuration.quantity).toBe(250);
    });

    it.each([
      ['cloudVps2', '9', 5, 'Only 5 of Cloud VPS 2 in stock; using 5.'],
      ['cloudVps2', '0', 1, 'Quantity must be at least 1; using 1.'],
      ['cloudVps2', -2, 1, 'Quantity must be at least 1; using 1.'],
      ['cloudVps2', 'two', 1, 'Quantity must be a whole number, not "two"; using 1.'],
      ['cloudVps2', 1.5, 1, 'Quantity must be a whole number, not 1.5; using 1.'],
      ['starter', '2', 1, 'Starter can only be ordered one at a time; using 1.'],
      ['backupStorage', '20000', MAX_QUANTITY, `Quantity must be at most ${MAX_QUANTITY}; using ${MAX_QUANTITY}.`],
      ['dedicatedServer', 2, 1, 'Dedicated E-2388G is out of stock; using 1.'],
    ] as const)('%s: replaces %j with %i', (name, raw, expected, problem) => {
      const { configuration, problems } = normaliseConfiguration(products[name], 'USD', { quantity: raw });
      expect(configuration.quantity).toBe(expected);
      expect(problems).toEqual([problem]);
    });
  });

  it('reports every replaced value, in order: cycle, options, unknown options, quantity', () => {
    const { configuration, problems } = normaliseConfiguration(cloudVps2, 'EUR', {
      cycle: 'biennially',
      options: { 1: '12', 2: '0', 3: 'on', 4: '40', 5: '2', 77: '1' },
      quantity: '12',
    });
    expect(configuration).toEqual({ cycle: 'monthly', options: { 1: 12, 2: 21, 3: 1, 4: 16, 5: 2 }, quantity: 5 });
    expect(problems).toEqual([
      'Biennially billing is not available for Cloud VPS 2; using Monthly.',
      'Location: "0" is not one of the choices; using Frankfurt.',
      'Extra RAM (GB) must be between 0 and 16; using 16.',
      'Option "77" does not exist for Cloud VPS 2; ignored.',
      'Only 5 of Cloud VPS 2 in stock; using 5.',
    ]);
  });

  it('never throws on junk and always returns a configuration that prices', () => {
    const junk: unknown[] = [
      { cycle: ['monthly'], options: [12, 22], quantity: {} },
      { cycle: Symbol('x'), options: { 1: Symbol('y'), 3: {}, 4: [] }, quantity: Number.POSITIVE_INFINITY },
      { cycle: 'free', options: { 1: null, 2: undefined, 4: '   ' }, quantity: '-0' },
      { options: { __proto__: { 1: 12 }, 4: '1'.repeat(400) }, quantity: '9'.repeat(30) },
      Object.create(null),
      () => 'monthly',
    ];
    for (const product of allProducts) {
      for (const currency of ['USD', 'EUR']) {
        if (!product.pricing[currency]) continue;
        for (const input of junk) {
          const { configuration } = normaliseConfiguration(product, currency, input);
          expect(() => priceConfiguration(product, currency, configuration)).not.toThrow();
        }
      }
    }
  });
});
