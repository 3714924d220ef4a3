<?php
/**
 * Hostfront companion: read-only queries behind the Hostfront* API actions.
 *
 * Every function takes nothing but WHMCS's own database (through Capsule) and returns the
 * `$apiresults` array of one action. Nothing here writes, and nothing returns a secret: no
 * passwords, API credentials, licence keys or module settings, only what a public order form shows.
 * Values are normalised here (ints as ints, money as "0.00" strings) because MySQL and other
 * drivers return them differently.
 */

use Illuminate\Database\Capsule\Manager as Capsule;

const HOSTFRONT_COMPANION_VERSION = '1.0.0';

/** The actions this companion adds, as WHMCS names them (and as the API role lists them). */
const HOSTFRONT_ACTIONS = [
    'HostfrontVersion',
    'HostfrontGetProductGroups',
    'HostfrontGetProductAddons',
    'HostfrontGetDomainExtras',
    'HostfrontGetTaxRules',
];

/** tblpricing's setup-fee and price columns, in WHMCS's cycle order. */
const HOSTFRONT_PRICE_COLUMNS = [
    'msetupfee', 'qsetupfee', 'ssetupfee', 'asetupfee', 'bsetupfee', 'tsetupfee',
    'monthly', 'quarterly', 'semiannually', 'annually', 'biennially', 'triennially',
];

function hostfront_money($value): string
{
    return number_format((float) $value, 2, '.', '');
}

function hostfront_flag($value): int
{
    return in_array(strtolower(trim((string) $value)), ['1', 'on', 'yes', 'true'], true) ? 1 : 0;
}

/** Currencies by id: code, prefix, suffix. */
function hostfront_currencies(): array
{
    $currencies = [];
    foreach (Capsule::table('tblcurrencies')->orderBy('id')->get(['id', 'code', 'prefix', 'suffix']) as $row) {
        $currencies[(int) $row->id] = ['code' => (string) $row->code, 'prefix' => (string) $row->prefix, 'suffix' => (string) $row->suffix];
    }
    return $currencies;
}

/**
 * tblpricing rows of one type, as GetProducts spells pricing: relid => currency code => columns.
 * A disabled cycle stays "-1.00", as WHMCS stores it.
 */
function hostfront_pricing(string $type): array
{
    $currencies = hostfront_currencies();
    $pricing = [];
    $rows = Capsule::table('tblpricing')->where('type', $type)->orderBy('relid')->orderBy('currency')->get();
    foreach ($rows as $row) {
        $currency = $currencies[(int) $row->currency] ?? null;
        if ($currency === null) {
            continue;
        }
        $columns = ['prefix' => $currency['prefix'], 'suffix' => $currency['suffix']];
        foreach (HOSTFRONT_PRICE_COLUMNS as $column) {
            $columns[$column] = hostfront_money($row->{$column});
        }
        $pricing[(int) $row->relid][$currency['code']] = $columns;
    }
    return $pricing;
}

/** A WHMCS setting from tblconfiguration, '' when unset. */
function hostfront_setting(string $name): string
{
    $value = Capsule::table('tblconfiguration')->where('setting', $name)->value('value');
    return $value === null ? '' : (string) $value;
}

function hostfront_version(): array
{
    return [
        'result' => 'success',
        'version' => HOSTFRONT_COMPANION_VERSION,
        'whmcsversion' => hostfront_setting('Version'),
        'actions' => HOSTFRONT_ACTIONS,
    ];
}

/**
 * A table's `slug` column, or '' where the installation has none: WHMCS added product and group
 * slugs in 8.3, and the companion must answer on older installations too (Hostfront then takes
 * store URLs from its own configuration).
 */
function hostfront_slug_column(string $table)
{
    return Capsule::schema()->hasColumn($table, 'slug') ? 'slug' : Capsule::raw("'' AS slug");
}

function hostfront_product_groups(): array
{
    $products = [];
    $productRows = Capsule::table('tblproducts')->orderBy('gid')->orderBy('order')->orderBy('id')
        ->get(['id', 'gid', hostfront_slug_column('tblproducts'), 'hidden', 'retired', 'order']);
    foreach ($productRows as $row) {
        $products[(int) $row->gid][] = [
            'pid' => (int) $row->id,
            'slug' => (string) $row->slug,
            'order' => (int) $row->order,
            'hidden' => hostfront_flag($row->hidden),
            'retired' => hostfront_flag($row->retired),
        ];
    }
    $groups = [];
    $groupRows = Capsule::table('tblproductgroups')->orderBy('order')->orderBy('id')
        ->get(['id', 'name', hostfront_slug_column('tblproductgroups'), 'headline', 'tagline', 'order', 'hidden']);
    foreach ($groupRows as $row) {
        $groups[] = [
            'id' => (int) $row->id,
            'name' => (string) $row->name,
            'slug' => (string) $row->slug,
            'headline' => (string) $row->headline,
            'tagline' => (string) $row->tagline,
            'order' => (int) $row->order,
            'hidden' => hostfront_flag($row->hidden),
            'products' => ['product' => $products[(int) $row->id] ?? []],
        ];
    }
    return ['result' => 'success', 'totalresults' => count($groups), 'groups' => ['group' => $groups]];
}

/**
 * tbladdons.billingcycle holds the addon's payment type ("recurring", "onetime", "free"); old
 * installations still hold a cycle name ("Monthly", "One Time", "Free Account").
 */
function hostfront_addon_paytype(string $billingcycle): string
{
    $letters = preg_replace('/[^a-z]/', '', strtolower($billingcycle));
    if ($letters === 'free' || $letters === 'freeaccount') {
        return 'free';
    }
    return $letters === 'onetime' ? 'onetime' : 'recurring';
}

function hostfront_product_addons(): array
{
    $pricing = hostfront_pricing('addon');
    $addons = [];
    foreach (Capsule::table('tbladdons')->orderBy('weight')->orderBy('id')->get() as $row) {
        $packages = array_values(array_filter(array_map('intval', explode(',', (string) $row->packages))));
        $addons[] = [
            'id' => (int) $row->id,
            'name' => (string) $row->name,
            'description' => (string) $row->description,
            'packages' => implode(',', $packages),
            'paytype' => hostfront_addon_paytype((string) $row->billingcycle),
            'allowqty' => (int) $row->allowqty,
            'showorder' => hostfront_flag($row->showorder),
            'hidden' => hostfront_flag($row->hidden),
            'retired' => hostfront_flag($row->retired),
            'tax' => hostfront_flag($row->tax),
            'weight' => (int) $row->weight,
            'pricing' => $pricing[(int) $row->id] ?? [],
        ];
    }
    return ['result' => 'success', 'totalresults' => count($addons), 'addons' => ['addon' => $addons]];
}

/**
 * Domain extras: one price per year for each currency (tblpricing type "domainaddons", relid 0:
 * msetupfee DNS management, qsetupfee email forwarding, ssetupfee ID protection), and which
 * extensions offer which extra (tbldomainpricing).
 */
function hostfront_domain_extras(): array
{
    $currencies = hostfront_currencies();
    $prices = [];
    foreach (Capsule::table('tblpricing')->where('type', 'domainaddons')->where('relid', 0)->orderBy('currency')->get() as $row) {
        $currency = $currencies[(int) $row->currency] ?? null;
        if ($currency === null) {
            continue;
        }
        $prices[$currency['code']] = [
            'prefix' => $currency['prefix'],
            'suffix' => $currency['suffix'],
            'dnsmanagement' => hostfront_money($row->msetupfee),
            'emailforwarding' => hostfront_money($row->qsetupfee),
            'idprotection' => hostfront_money($row->ssetupfee),
        ];
    }
    $tlds = [];
    foreach (Capsule::table('tbldomainpricing')->orderBy('order')->orderBy('id')->get() as $row) {
        $tlds[] = [
            'extension' => (string) $row->extension,
            'dnsmanagement' => hostfront_flag($row->dnsmanagement),
            'emailforwarding' => hostfront_flag($row->emailforwarding),
            'idprotection' => hostfront_flag($row->idprotection),
        ];
    }
    return ['result' => 'success', 'pricing' => $prices, 'tlds' => ['tld' => $tlds]];
}

function hostfront_tax_rules(): array
{
    $rules = [];
    foreach (Capsule::table('tbltax')->orderBy('level')->orderBy('id')->get() as $row) {
        $rules[] = [
            'id' => (int) $row->id,
            'level' => (int) $row->level,
            'name' => (string) $row->name,
            'country' => (string) $row->country,
            'state' => (string) $row->state,
            'taxrate' => number_format((float) $row->taxrate, 3, '.', ''),
        ];
    }
    $products = [];
    foreach (Capsule::table('tblproducts')->orderBy('id')->get(['id', 'tax']) as $row) {
        $products[] = ['pid' => (int) $row->id, 'tax' => hostfront_flag($row->tax)];
    }
    $addons = [];
    foreach (Capsule::table('tbladdons')->orderBy('id')->get(['id', 'tax']) as $row) {
        $addons[] = ['id' => (int) $row->id, 'tax' => hostfront_flag($row->tax)];
    }
    return [
        'result' => 'success',
        'taxenabled' => hostfront_flag(hostfront_setting('TaxEnabled')),
        'taxtype' => hostfront_setting('TaxType') === 'Inclusive' ? 'Inclusive' : 'Exclusive',
        'taxl2compound' => hostfront_flag(hostfront_setting('TaxL2Compound')),
        'taxdomains' => hostfront_flag(hostfront_setting('TaxDomains')),
        'rules' => ['rule' => $rules],
        'products' => ['product' => $products],
        'addons' => ['addon' => $addons],
    ];
}

/** Runs one query as an action: any failure becomes WHMCS's error answer, without internals. */
function hostfront_answer(callable $query): array
{
    try {
        return $query();
    } catch (\Throwable $e) {
        return ['result' => 'error', 'message' => 'Hostfront companion: the query failed (' . get_class($e) . ')'];
    }
}
