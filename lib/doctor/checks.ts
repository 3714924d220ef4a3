import type { CatalogueConfig } from '@/lib/catalogue/config-file';
import { buildCatalogue } from '@/lib/catalogue/model';
import { createWhmcsApi } from '@/lib/whmcs/api';
import { accessProblemFix, classifyAccessProblem } from '@/lib/whmcs/access-problems';
import type { CallFn } from '@/lib/whmcs/client';
import { WhmcsApiError, WhmcsAuthError, WhmcsError } from '@/lib/whmcs/errors';
import type { Currency, Product, Promotion } from '@/lib/whmcs/types';

/**
 * What a support engineer checks on a shop's first connection to its WHMCS, as data: each check
 * says what it found and, when it fails, what to change. `npm run doctor` prints them; the
 * readiness of /api/health can run the same list. `blocksOrders` marks failures that stop the
 * shop from taking orders at all.
 */
type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  title: string;
  status: CheckStatus;
  detail?: string;
  fix?: string;
  blocksOrders?: boolean;
}

/**
 * Every action Hostfront calls, each with a call that changes nothing on WHMCS (ids that do not
 * exist, required fields left out); every answer but a refusal proves the API role allows it.
 * `essential`: without it nobody can order.
 */
const PROBES: readonly { action: string; params: Record<string, string>; essential: boolean }[] = [
  { action: 'GetProducts', params: { pid: '-1' }, essential: true },
  { action: 'GetCurrencies', params: {}, essential: true },
  { action: 'GetPaymentMethods', params: {}, essential: true },
  { action: 'GetPromotions', params: { code: 'hostfront-doctor-probe' }, essential: false },
  { action: 'AddOrder', params: { clientid: '-1' }, essential: true },
  { action: 'GetOrders', params: { id: '-1', limitnum: '1' }, essential: false },
  { action: 'GetClientsProducts', params: { clientid: '-1', limitnum: '1' }, essential: false },
  { action: 'GetClientsDetails', params: { clientid: '-1' }, essential: true },
  { action: 'AddClient', params: {}, essential: true },
  { action: 'ValidateLogin', params: { email: 'doctor-probe@hostfront.invalid', password2: '' }, essential: true },
  { action: 'GetUsers', params: { search: 'doctor-probe@hostfront.invalid', limitnum: '1' }, essential: true },
  { action: 'CreateSsoToken', params: { client_id: '-1' }, essential: false },
  { action: 'GetInvoice', params: { invoiceid: '-1' }, essential: false },
  { action: 'ResetPassword', params: { email: 'doctor-probe@hostfront.invalid' }, essential: false },
  { action: 'GetClientsAddons', params: { clientid: '-1' }, essential: false },
  { action: 'GetTLDPricing', params: { currencyid: '-1' }, essential: false },
  // A TLD no registry has: WHMCS refuses it before any WHOIS lookup.
  { action: 'DomainWhois', params: { domain: 'doctor-probe.invalid' }, essential: false },
  { action: 'GetClientsDomains', params: { clientid: '-1', limitnum: '1' }, essential: false },
  // The tax settings (lib/tax/sources.ts); reading one changes nothing.
  { action: 'GetConfigurationValue', params: { setting: 'TaxEnabled' }, essential: false },
];

function refusal(error: unknown): CheckResult | null {
  if (!(error instanceof WhmcsAuthError)) return null;
  const problem = classifyAccessProblem(error.message);
  return { title: '', status: 'fail', detail: error.message, fix: problem ? accessProblemFix(problem) : undefined, blocksOrders: true };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function connection(call: CallFn): Promise<CheckResult> {
  const title = 'WHMCS answers and accepts the API credentials';
  try {
    await call('GetCurrencies');
    return { title, status: 'pass' };
  } catch (error) {
    const refused = refusal(error);
    if (refused) return { ...refused, title };
    return {
      title,
      status: 'fail',
      detail: describe(error),
      fix: 'Check WHMCS_API_URL (the full URL of includes/api.php) and that this server can reach it.',
      blocksOrders: true,
    };
  }
}

async function permissions(call: CallFn): Promise<CheckResult[]> {
  return Promise.all(
    PROBES.map(async ({ action, params, essential }): Promise<CheckResult> => {
      const title = `The API role allows ${action}`;
      try {
        await call(action, params);
        return { title, status: 'pass' };
      } catch (error) {
        if (error instanceof WhmcsApiError) return { title, status: 'pass' };
        const refused = refusal(error);
        if (refused) return { ...refused, title, blocksOrders: essential };
        return { title, status: 'warn', detail: `Could not check: ${describe(error)}` };
      }
    }),
  );
}

async function companion(call: CallFn): Promise<CheckResult> {
  const title = 'Hostfront companion module';
  try {
    const answer = await call('HostfrontVersion');
    return { title, status: 'pass', detail: `version ${typeof answer.version === 'string' ? answer.version : 'unknown'}` };
  } catch (error) {
    const refused = refusal(error);
    if (refused) return { ...refused, title, status: 'warn', blocksOrders: false };
    return {
      title,
      status: 'warn',
      detail: error instanceof WhmcsError ? `not installed (${error.message})` : describe(error),
      fix: 'Optional: install the companion (companion/ in this repository) so group names and addons come from WHMCS; until then they come from catalogue.config.json.',
    };
  }
}

function listed(title: string, items: string[], fix: string, status: CheckStatus = 'warn'): CheckResult {
  return items.length === 0 ? { title, status: 'pass' } : { title, status, detail: items.join('; '), fix };
}

/** The catalogue's own mistakes, which WHMCS accepts but customers trip over. Pure. */
function lintCatalogue(products: Product[], currencies: Currency[], promotions: Promotion[], config: CatalogueConfig): CheckResult[] {
  const label = (product: Product) => `${product.name} (pid ${product.pid})`;
  const unpriced = products.filter((product) => product.payType !== 'free' && Object.values(product.pricing).every((row) => Object.keys(row.cycles).length === 0));
  const orderable = products.length - unpriced.length;

  const optionGaps = products.flatMap((product) =>
    Object.keys(product.pricing).flatMap((code) =>
      product.configOptions.flatMap((option) =>
        option.choices.filter((choice) => Object.keys(choice.pricing[code] ?? {}).length === 0).map((choice) => `${label(product)}: ${option.name} → ${choice.name} in ${code}`),
      ),
    ),
  );

  const pids = new Set(products.map((product) => product.pid));
  // A promotion for TLDs (`D.com`) applies to domain lines, whatever products are sold.
  const idle = promotions
    .filter((promotion) => promotion.appliesToTlds.length === 0 && !promotion.appliesTo.some((pid) => pids.has(pid)))
    .map((promotion) => promotion.code);

  const catalogue = buildCatalogue({ products, currencies, fetchedAt: new Date(0).toISOString() }, config);
  const seen = new Map<string, string>();
  const collisions: string[] = [];
  for (const product of catalogue.products) {
    const url = `/store/${product.groupSlug}/${product.slug}`.toLowerCase();
    const other = seen.get(url);
    if (other) collisions.push(`${url}: ${other} and ${label(product)}`);
    else seen.set(url, label(product));
  }
  const missingHidden = config.hiddenProducts.filter((pid) => !pids.has(pid)).map((pid) => `pid ${pid}`);

  return [
    {
      title: 'Products customers can order',
      status: orderable > 0 ? 'pass' : 'fail',
      detail: `${orderable} of ${products.length}`,
      fix: orderable > 0 ? undefined : 'Add a product with at least one enabled billing cycle in WHMCS (Products/Services → Pricing).',
      blocksOrders: orderable === 0,
    },
    listed('Every product has a billing cycle enabled', unpriced.map(label), 'Enable a cycle (a price of 0.00 or more) under the product\'s Pricing tab, or retire the product.'),
    listed('Every configurable option has a price in every currency', optionGaps, 'Enter a price (0.00 for free) for each currency under Configurable Options; without one WHMCS prices the choice at nothing.'),
    listed('Every promotion applies to a product', idle, 'Tick the products the promotion applies to (Promotions → Applies To), or delete it.'),
    listed('Store URLs are unique', collisions, 'Give the products different slugs (WHMCS 8.3+: the product\'s URL; older: productSlugs in catalogue.config.json).', 'fail'),
    listed('Hidden products in catalogue.config.json exist', missingHidden, 'Remove ids that are not products (anymore) from hiddenProducts.'),
  ];
}

export async function runDoctor({ call, config }: { call: CallFn; config: CatalogueConfig }): Promise<CheckResult[]> {
  const reach = await connection(call);
  if (reach.status === 'fail') return [reach];
  const api = createWhmcsApi(call);
  const [allowed, extension] = await Promise.all([permissions(call), companion(call)]);
  const results: CheckResult[] = [reach, ...allowed, extension];

  const currencies = await api.getCurrencies().catch(() => []);
  results.push({
    title: 'Currencies are set up',
    status: currencies.length > 0 ? 'pass' : 'fail',
    detail: currencies.map((currency) => currency.code).join(', ') || 'none',
    fix: currencies.length > 0 ? undefined : 'Add a currency under System Settings → Currencies.',
    blocksOrders: currencies.length === 0,
  });
  const methods = await api.getPaymentMethods().catch(() => []);
  results.push({
    title: 'Payment methods are active',
    status: methods.length > 0 ? 'pass' : 'fail',
    detail: methods.map((method) => method.displayName).join(', ') || 'none',
    fix: methods.length > 0 ? undefined : 'Activate a payment gateway under System Settings → Payment Gateways.',
    blocksOrders: methods.length === 0,
  });

  try {
    const [products, promotions] = await Promise.all([api.getProducts(), api.getPromotions().catch(() => [])]);
    if (currencies.length > 0) results.push(...lintCatalogue(products, currencies, promotions, config));
  } catch (error) {
    results.push({ title: 'The catalogue can be read', status: 'fail', detail: describe(error), blocksOrders: true });
  }
  return results;
}

export function canTakeOrders(results: readonly CheckResult[]): boolean {
  return !results.some((result) => result.status === 'fail' && result.blocksOrders);
}

const MARK: Record<CheckStatus, string> = { pass: '✔', warn: '!', fail: '✖' };

/** The checklist as the terminal shows it: one line per check, the fix under each failure. */
export function formatChecklist(results: readonly CheckResult[]): string {
  const lines = results.flatMap((result) => [
    `${MARK[result.status]} ${result.title}${result.detail ? ` — ${result.detail}` : ''}`,
    ...(result.status !== 'pass' && result.fix ? [`    fix: ${result.fix}`] : []),
  ]);
  lines.push('', canTakeOrders(results) ? 'The shop can take orders.' : 'The shop cannot take orders until the ✖ above are fixed.');
  return lines.join('\n');
}
