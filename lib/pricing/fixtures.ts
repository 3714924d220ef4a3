import type { Currency, CurrencyFormat, Product, ProductAddon } from '@/lib/whmcs/types';

/**
 * Literal domain products for tests, priced in USD and EUR with deliberately different numbers
 * (and, for `business`, different enabled cycles per currency). Amounts are minor units.
 * Shared: other modules' tests may import these; change a number only with the tests using it.
 */

export const USD: CurrencyFormat = { code: 'USD', prefix: '$', suffix: ' USD' };
export const EUR: CurrencyFormat = { code: 'EUR', prefix: '€', suffix: ' EUR' };

export const CURRENCIES: Currency[] = [
  { id: 1, ...USD, format: 2, rate: '1.00000' },
  { id: 2, ...EUR, format: 3, rate: '0.92000' },
];

const noSetup = (price: number) => ({ price, setupFee: 0 });

/** Shared hosting, monthly 4.99: semi-annually and annually enabled, no options, one per order. */
export const starter: Product = {
  pid: 1,
  gid: 1,
  type: 'hostingaccount',
  name: 'Starter',
  slug: 'starter',
  groupSlug: 'shared-hosting',
  description: 'Disk Space: 1GB\nBandwidth: 3GB',
  module: 'cpanel',
  payType: 'recurring',
  quantityMode: 'none',
  stockLevel: null,
  pricing: {
    USD: { ...USD, cycles: { monthly: noSetup(499), semiannually: noSetup(2895), annually: noSetup(4995) } },
    EUR: { ...EUR, cycles: { monthly: noSetup(460), semiannually: noSetup(2650), annually: noSetup(4550) } },
  },
  configOptions: [],
  customFields: [{ id: 2, name: 'Site purpose', description: 'What the site is for', required: false }],
};

/**
 * Shared hosting with every cycle in USD but no triennially in EUR; setup fees on the short
 * cycles. USD cycles work out to 12.99, 12.99, 12.49, 11.99, 10.99, 9.99 a month.
 */
export const business: Product = {
  pid: 2,
  gid: 1,
  type: 'hostingaccount',
  name: 'Business',
  slug: 'business',
  groupSlug: 'shared-hosting',
  description: 'Disk Space: 50GB\nBandwidth: Unmetered',
  module: 'cpanel',
  payType: 'recurring',
  quantityMode: 'none',
  stockLevel: null,
  pricing: {
    USD: {
      ...USD,
      cycles: {
        monthly: { price: 1299, setupFee: 500 },
        quarterly: { price: 3897, setupFee: 250 },
        semiannually: noSetup(7494),
        annually: noSetup(14388),
        biennially: noSetup(26376),
        triennially: noSetup(35964),
      },
    },
    EUR: {
      ...EUR,
      cycles: {
        monthly: { price: 1199, setupFee: 450 },
        quarterly: noSetup(3597),
        semiannually: noSetup(6900),
        annually: noSetup(13188),
        biennially: noSetup(24000),
      },
    },
  },
  configOptions: [],
  customFields: [],
};

/** A free product with one unpriced dropdown. */
export const freeTrial: Product = {
  pid: 3,
  gid: 1,
  type: 'hostingaccount',
  name: 'Free Trial',
  slug: 'free-trial',
  groupSlug: 'shared-hosting',
  description: '30 days, no card',
  module: 'cpanel',
  payType: 'free',
  quantityMode: 'none',
  stockLevel: null,
  pricing: {
    USD: { ...USD, cycles: { free: noSetup(0) } },
    EUR: { ...EUR, cycles: { free: noSetup(0) } },
  },
  configOptions: [
    {
      id: 8,
      name: 'Control panel',
      kind: 'dropdown',
      minQty: null,
      maxQty: null,
      choices: [
        { id: 81, name: 'cPanel', pricing: {} },
        { id: 82, name: 'Plesk', pricing: {} },
      ],
    },
  ],
  customFields: [],
};

/**
 * A VPS sold several at a time (5 in stock), monthly / quarterly / annually, with setup fees on
 * the product and on some options, and one option of each kind.
 */
export const cloudVps2: Product = {
  pid: 10,
  gid: 2,
  type: 'server',
  name: 'Cloud VPS 2',
  slug: 'cloud-vps-2',
  groupSlug: 'cloud-vps',
  description: '2 vCPU\n4 GB RAM',
  module: 'proxmox',
  payType: 'recurring',
  quantityMode: 'multiple',
  stockLevel: 5,
  pricing: {
    USD: {
      ...USD,
      cycles: {
        monthly: { price: 2000, setupFee: 1000 },
        quarterly: { price: 6000, setupFee: 500 },
        annually: noSetup(21600),
      },
    },
    EUR: {
      ...EUR,
      cycles: {
        monthly: { price: 1850, setupFee: 900 },
        quarterly: { price: 5550, setupFee: 450 },
        annually: noSetup(19425),
      },
    },
  },
  configOptions: [
    {
      id: 1,
      name: 'Operating System',
      kind: 'dropdown',
      minQty: null,
      maxQty: null,
      choices: [
        {
          id: 11,
          name: 'Ubuntu 24.04',
          pricing: {
            USD: { monthly: noSetup(0), quarterly: noSetup(0), annually: noSetup(0) },
            EUR: { monthly: noSetup(0), quarterly: noSetup(0), annually: noSetup(0) },
          },
        },
        {
          id: 12,
          name: 'Windows Server 2022',
          pricing: {
            USD: { monthly: noSetup(1500), quarterly: noSetup(4500), annually: noSetup(18000) },
            EUR: { monthly: noSetup(1400), quarterly: noSetup(4200), annually: noSetup(16800) },
          },
        },
      ],
    },
    {
      id: 2,
      name: 'Location',
      kind: 'radio',
      minQty: null,
      maxQty: null,
      choices: [
        {
          id: 21,
          name: 'Frankfurt',
          pricing: {
            USD: { monthly: noSetup(0), quarterly: noSetup(0), annually: noSetup(0) },
            EUR: { monthly: noSetup(0), quarterly: noSetup(0), annually: noSetup(0) },
          },
        },
        {
          id: 22,
          name: 'New York',
          pricing: {
            USD: { monthly: noSetup(200), quarterly: noSetup(600), annually: noSetup(2400) },
            EUR: { monthly: noSetup(180), quarterly: noSetup(540), annually: noSetup(2160) },
          },
        },
      ],
    },
    {
      id: 3,
      name: 'Daily backups',
      kind: 'yesno',
      minQty: null,
      maxQty: null,
      choices: [
        {
          id: 31,
          name: 'Enabled',
          pricing: {
            USD: {
              monthly: { price: 300, setupFee: 200 },
              quarterly: { price: 900, setupFee: 200 },
              annually: noSetup(3600),
            },
            EUR: {
              monthly: { price: 275, setupFee: 180 },
              quarterly: { price: 825, setupFee: 180 },
              annually: noSetup(3300),
            },
          },
        },
      ],
    },
    {
      id: 4,
      name: 'Extra RAM (GB)',
      kind: 'quantity',
      minQty: null,
      maxQty: 16,
      choices: [
        {
          id: 41,
          name: 'GB',
          pricing: {
            USD: {
              monthly: { price: 250, setupFee: 100 },
              quarterly: { price: 750, setupFee: 100 },
              annually: noSetup(3000),
            },
            EUR: {
              monthly: { price: 230, setupFee: 90 },
              quarterly: { price: 690, setupFee: 90 },
              annually: noSetup(2760),
            },
          },
        },
      ],
    },
    {
      id: 5,
      name: 'IPv4 addresses',
      kind: 'quantity',
      minQty: 1,
      maxQty: null,
      choices: [
        {
          id: 51,
          name: 'Address',
          pricing: {
            USD: { monthly: noSetup(150), quarterly: noSetup(450), annually: noSetup(1800) },
            EUR: { monthly: noSetup(140), quarterly: noSetup(420), annually: noSetup(1680) },
          },
        },
      ],
    },
  ],
  customFields: [{ id: 7, name: 'Hostname', description: 'e.g. server1.example.com', required: true }],
};

/** A one-time product with a setup fee and options priced in the `onetime` column. */
export const sslCertificate: Product = {
  pid: 20,
  gid: 3,
  type: 'other',
  name: 'SSL Certificate',
  slug: 'ssl-certificate',
  groupSlug: 'ssl',
  description: 'One year of TLS',
  module: '',
  payType: 'onetime',
  quantityMode: 'multiple',
  stockLevel: null,
  pricing: {
    USD: { ...USD, cycles: { onetime: { price: 4900, setupFee: 500 } } },
    EUR: { ...EUR, cycles: { onetime: { price: 4500, setupFee: 450 } } },
  },
  configOptions: [
    {
      id: 6,
      name: 'Wildcard',
      kind: 'yesno',
      minQty: null,
      maxQty: null,
      choices: [
        {
          id: 61,
          name: 'Wildcard',
          pricing: {
            USD: { onetime: { price: 10000, setupFee: 1000 } },
            EUR: { onetime: { price: 9000, setupFee: 900 } },
          },
        },
      ],
    },
    {
      id: 7,
      name: 'Validation',
      kind: 'radio',
      minQty: null,
      maxQty: null,
      choices: [
        { id: 71, name: 'Domain validated', pricing: { USD: { onetime: noSetup(0) }, EUR: { onetime: noSetup(0) } } },
        {
          id: 72,
          name: 'Organisation validated',
          pricing: { USD: { onetime: noSetup(2500) }, EUR: { onetime: noSetup(2300) } },
        },
      ],
    },
  ],
  customFields: [],
};

/**
 * One scaling service (allowqty 2): monthly and annually, where USD annually is exactly twelve
 * months (no saving) and EUR annually saves 10%.
 */
export const backupStorage: Product = {
  pid: 40,
  gid: 4,
  type: 'other',
  name: 'Backup Storage 100 GB',
  slug: 'backup-storage',
  groupSlug: 'backup',
  description: 'Off-site backup space',
  module: '',
  payType: 'recurring',
  quantityMode: 'scaling',
  stockLevel: null,
  pricing: {
    USD: { ...USD, cycles: { monthly: noSetup(1000), annually: noSetup(12000) } },
    EUR: { ...EUR, cycles: { monthly: noSetup(900), annually: noSetup(9720) } },
  },
  configOptions: [],
  customFields: [],
};

/** Sold in USD only, annually only, out of stock (stock control on, 0 left). */
export const dedicatedServer: Product = {
  pid: 50,
  gid: 5,
  type: 'server',
  name: 'Dedicated E-2388G',
  slug: 'dedicated-e-2388g',
  groupSlug: 'dedicated',
  description: '8 cores\n64 GB RAM',
  module: '',
  payType: 'recurring',
  quantityMode: 'multiple',
  stockLevel: 0,
  pricing: {
    USD: { ...USD, cycles: { annually: { price: 150000, setupFee: 9900 } } },
  },
  configOptions: [],
  customFields: [],
};

export const sharedHostingGroup: Product[] = [starter, business, freeTrial];
export const allProducts: Product[] = [
  starter,
  business,
  freeTrial,
  cloudVps2,
  sslCertificate,
  backupStorage,
  dedicatedServer,
];

/** Product addons: daily backups (recurring, monthly and annually), an extra IP (quantities, setup fee), SSL (one-time). */
const dailyBackups: ProductAddon = {
  id: 1,
  name: 'Daily backups',
  description: '',
  productIds: [1],
  payType: 'recurring',
  quantityAllowed: false,
  offeredOnOrder: true,
  taxed: true,
  pricing: { USD: { ...USD, cycles: { monthly: noSetup(200), annually: noSetup(2400) } } },
};
const extraIp: ProductAddon = {
  ...dailyBackups,
  id: 3,
  name: 'Extra IPv4',
  quantityAllowed: true,
  pricing: { USD: { ...USD, cycles: { monthly: { price: 300, setupFee: 100 }, annually: noSetup(3600) } } },
};
const sslAddon: ProductAddon = {
  ...dailyBackups,
  id: 4,
  name: 'SSL Certificate',
  payType: 'onetime',
  pricing: { USD: { ...USD, cycles: { onetime: noSetup(2900) } } },
};

/** Starter with those addons on offer. */
export const starterWithAddons: Product = { ...starter, addons: [dailyBackups, extraIp, sslAddon] };
