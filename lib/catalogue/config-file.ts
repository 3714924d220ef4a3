import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The shop's own catalogue settings (`catalogue.config.json`, or the file named by
 * CATALOGUE_CONFIG): what the WHMCS API cannot tell us. Group names, taglines and order, and
 * products to leave out of listings. Optional: without the file, names come from the slugs.
 * See catalogue.config.example.json.
 */

const groupSettings = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  tagline: z.string().trim().max(200).optional(),
  /** Lower first; groups without an order follow, in WHMCS's order. */
  order: z.number().int().optional(),
  /** Leave the whole group out of the home page, the navigation and the sitemap. */
  hidden: z.boolean().optional(),
  /**
   * The WHMCS product group id (gid) this slug names. WHMCS before 8.3 sends no `product_url`, so
   * its groups would otherwise be `group-{gid}`; with it, the shop's URLs stay the same on every version.
   */
  gid: z.number().int().positive().optional(),
});

/** A price in the currency's major units: 1.5 or "1.50". */
const configPrice = z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d{1,2})?$/, 'must be a price like "1.50"')]);

/**
 * Domains: what GetTLDPricing does not say. `featuredTlds` are offered next to every search
 * (default: the TLDs WHMCS labels hot or sale); `nameservers` the shop's defaults for new domains;
 * `idnLanguages` WHMCS's IDN language code per TLD (`{"de": "ger"}`); `extraPrices` the yearly
 * price of the domain extras per currency code (WHMCS's Domain Addons pricing, which its API
 * does not return).
 */
const domainSettings = z.strictObject({
  featuredTlds: z.array(z.string().trim().toLowerCase().regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'must be a TLD like "com" or ".co.uk"')).optional(),
  nameservers: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name')).max(5).optional(),
  idnLanguages: z.record(z.string(), z.string().regex(/^[a-z]{2,3}$/, 'must be a language code like "ger"')).optional(),
  extraPrices: z
    .record(z.string().regex(/^[A-Z]{3}$/, 'must be a currency code like "USD"'), z.strictObject({ dnsmanagement: configPrice, emailforwarding: configPrice, idprotection: configPrice }))
    .optional(),
});

/** A price as the shop writes it: "2.00" or 2 (major units). */
const amount = z.union([z.string().regex(/^\d+(\.\d{1,2})?$/, 'must be an amount like "2.00"'), z.number().nonnegative()]);
const cyclePrice = z.union([amount, z.strictObject({ price: amount, setupFee: amount.optional() })]);

/**
 * A product addon declared by the shop, for a WHMCS without the companion (which lists them
 * itself). The prices must be WHMCS's: WHMCS charges its own whatever the shop shows.
 */
const addonSettings = z.strictObject({
  /** WHMCS's addon id (Products/Services -> Product Addons). */
  id: z.number().int().positive(),
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(500).default(''),
  /** The product ids (pid) it can be ordered with. */
  products: z.array(z.number().int().positive()).min(1),
  payType: z.enum(['recurring', 'onetime', 'free']).default('recurring'),
  /** The customer may choose how many (WHMCS's "Allow Multiple Quantities"). */
  quantity: z.boolean().default(false),
  /** Per currency code, per cycle (`monthly`..`triennially`, or `onetime`): a price, or price and setup fee. */
  pricing: z
    .record(
      z.string().regex(/^[A-Z]{3}$/, 'must be a currency code like "USD"'),
      z.partialRecord(z.enum(['monthly', 'quarterly', 'semiannually', 'annually', 'biennially', 'triennially', 'onetime']), cyclePrice),
    )
    .default({}),
});

/** ISO 3166-1 alpha-2, as WHMCS stores countries. */
const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'must be a country code like "DE"');

/**
 * Tax, for a WHMCS that does not tell the shop (see lib/tax/README.md): each setting is used only
 * when GetConfigurationValue cannot be called, the rules and "Apply Tax" flags only without the
 * companion. It must say what WHMCS's Tax Configuration says: WHMCS invoices its own.
 */
const taxSettings = z.strictObject({
  enabled: z.boolean().optional(),
  inclusive: z.boolean().optional(),
  compoundLevel2: z.boolean().optional(),
  perLineItem: z.boolean().optional(),
  domainsTaxed: z.boolean().optional(),
  inclusiveDeductForExempt: z.boolean().optional(),
  label: z.enum(['VAT', 'Tax']).optional(),
  vatNumberField: z.boolean().optional(),
  /** WHMCS's EU VAT exemption ("Exempt EU businesses with a valid VAT number"); null or absent: off. */
  euVat: z
    .strictObject({ homeCountry: countryCode, homeCountryNotExempt: z.boolean().default(true), viesValidation: z.boolean().default(false) })
    .nullable()
    .optional(),
  rules: z
    .array(
      z.strictObject({
        level: z.union([z.literal(1), z.literal(2)]).default(1),
        name: z.string().trim().max(80).default(''),
        /** '' = every country. */
        country: z.union([z.literal(''), countryCode]).default(''),
        /** '' = every state; else as WHMCS stores it (US: the state's name). */
        state: z.string().trim().max(80).default(''),
        /** Percent, e.g. 20 or 6.25. */
        rate: z.number().min(0).max(100),
      }),
    )
    .optional(),
  /** Product ids (pid) and addon ids with "Apply Tax" ticked. */
  taxedProducts: z.array(z.number().int().positive()).optional(),
  taxedAddons: z.array(z.number().int().positive()).optional(),
});

const catalogueConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  groups: z.record(z.string().regex(/^[^/?#\s]+$/, 'must be a group slug as in /store/{slug}'), groupSettings).default({}),
  /**
   * Product ids (pid) left out of every listing, like WHMCS's own "hidden" flag (which the API
   * does not return): their configurator stays reachable by direct link.
   */
  hiddenProducts: z.array(z.number().int().positive()).default([]),
  domains: domainSettings.optional(),
  /**
   * Product URL slugs by product id (pid), for WHMCS before 8.3, which sends no slug (the product
   * would otherwise be `product-{pid}`). Overrides the slug WHMCS sends.
   */
  productSlugs: z.record(z.string().regex(/^\d+$/, 'must be a product id (pid)'), z.string().regex(/^[^/?#\s]+$/, 'must be a URL slug')).default({}),
  /** Product addons, used only when WHMCS has no companion to list them. */
  addons: z.array(addonSettings).default([]),
  tax: taxSettings.optional(),
});

export type CatalogueConfig = z.infer<typeof catalogueConfigSchema>;
export type GroupSettings = z.infer<typeof groupSettings>;
export type DomainSettings = z.infer<typeof domainSettings>;
export type AddonSettings = z.infer<typeof addonSettings>;
export type TaxSettings = z.infer<typeof taxSettings>;

export const EMPTY_CONFIG: CatalogueConfig = { groups: {}, hiddenProducts: [], productSlugs: {}, addons: [] };

export class CatalogueConfigError extends Error {
  override name = 'CatalogueConfigError';
}

interface ConfigFileOptions {
  /** On the built-in sandbox, whose demo shop names its groups in `catalogue.sandbox.json`. */
  sandbox?: boolean;
}

/**
 * CATALOGUE_CONFIG when set (relative to the working directory), else catalogue.config.json, or
 * on the built-in sandbox catalogue.sandbox.json: the demo is configured like any other shop.
 */
export function catalogueConfigPath(source: Record<string, string | undefined> = process.env, { sandbox = false }: ConfigFileOptions = {}): string {
  const fallback = sandbox ? 'catalogue.sandbox.json' : 'catalogue.config.json';
  // Read at run time from wherever the shop keeps it: not a file the build should trace.
  return path.resolve(/*turbopackIgnore: true*/ source.CATALOGUE_CONFIG?.trim() || fallback);
}

/**
 * Reads and validates the file. A missing file is the empty configuration, unless the path was
 * given explicitly (a typo in CATALOGUE_CONFIG should not pass silently). An invalid file throws:
 * a shop would rather see its mistake than a catalogue that quietly ignores its settings.
 */
export function readCatalogueConfig(file: string, { required = false } = {}): CatalogueConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return EMPTY_CONFIG;
    throw new CatalogueConfigError(`Cannot read the catalogue configuration ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CatalogueConfigError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = catalogueConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new CatalogueConfigError(`${file} is not a valid catalogue configuration:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

/** The configuration in effect, read on every catalogue build so edits apply on the next refresh. */
export function loadCatalogueConfig(source: Record<string, string | undefined> = process.env, options: ConfigFileOptions = {}): CatalogueConfig {
  return readCatalogueConfig(catalogueConfigPath(source, options), { required: Boolean(source.CATALOGUE_CONFIG?.trim()) });
}
