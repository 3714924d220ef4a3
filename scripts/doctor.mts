// `npm run doctor`: checks the configured WHMCS (WHMCS_API_URL, or the built-in sandbox) the way a
// support engineer would and prints a checklist with the fix for each failure. Exits 1 when the
// shop cannot take orders. Reads the same environment as the server (and .env / .env.local).
import fs from 'node:fs';
import { loadCatalogueConfig } from '@/lib/catalogue/config-file';
import { env, usesSandbox } from '@/lib/config/env';
import { canTakeOrders, formatChecklist, runDoctor } from '@/lib/doctor/checks';
import { defaultClient } from '@/lib/whmcs/connection';

for (const file of ['.env', '.env.local']) if (fs.existsSync(file)) process.loadEnvFile(file);

const target = env().WHMCS_API_URL ?? 'the built-in sandbox';
console.log(`Checking ${target}\n`);
const results = await runDoctor({ call: defaultClient().call, config: loadCatalogueConfig(process.env, { sandbox: usesSandbox() }) });
console.log(formatChecklist(results));
process.exit(canTakeOrders(results) ? 0 : 1);
