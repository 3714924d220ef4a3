// `npm run sandbox:import -- <folder>`: copies the configured WHMCS's catalogue (products, options,
// custom fields, currencies, promotions, payment methods, TLD pricing, and the companion's groups,
// addons and domain extras when WHMCS has it) through its API into the sandbox
// database in <folder>, to rehearse the shop against its own catalogue without creating a single
// order in WHMCS: then `DATA_DIR=<folder> npm start` (without WHMCS_API_URL). No client data is read.
import path from 'node:path';
import fs from 'node:fs';
import { loadCatalogueConfig } from '@/lib/catalogue/config-file';
import { nameFromSlug } from '@/lib/catalogue/names';
import { dataDir, env, usesSandbox } from '@/lib/config/env';
import { openSandboxDb } from '@/lib/sandbox/db';
import { importCatalogue } from '@/lib/sandbox/import';
import { readCatalogueForImport } from '@/lib/sandbox/import-read';
import { createWhmcsApi } from '@/lib/whmcs/api';
import { defaultClient } from '@/lib/whmcs/connection';

for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run sandbox:import -- <folder for the sandbox data>');
  process.exit(2);
}
if (usesSandbox() && path.resolve(target) === path.resolve(dataDir())) {
  console.error('The target is the sandbox being read (DATA_DIR): choose another folder.');
  process.exit(2);
}

const config = loadCatalogueConfig(process.env, { sandbox: usesSandbox() });
console.log(`Reading the catalogue of ${env().WHMCS_API_URL ?? 'the built-in sandbox'}`);
const data = await readCatalogueForImport(createWhmcsApi(defaultClient().call), (slug) => config.groups[slug]?.name ?? nameFromSlug(slug), console.warn);
const { products, groups, currencies, paymentMethods, promotions, tldPricing, addons } = data;

const db = openSandboxDb(path.join(path.resolve(target), 'sandbox.sqlite'));
importCatalogue(db, data);
db.close();
console.log(
  `Copied ${products.length} products in ${groups.length} groups, ${currencies.length} currencies, ${paymentMethods.length} payment methods, ${promotions.length} promotions, ${tldPricing[0]?.tlds.length ?? 0} TLDs, ${addons.length} addons into ${target}.\n` +
    `Try it: DATA_DIR=${target} npm start (with WHMCS_API_URL unset; CATALOGUE_CONFIG names your groups).`,
);
