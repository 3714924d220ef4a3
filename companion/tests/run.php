<?php
/**
 * Tests for the companion's actions: each runs as WHMCS runs it (the file included with WHMCS
 * defined, `$apiresults` read back) against a SQLite database holding the WHMCS tables it reads.
 * Each answer must equal tests/answers/<Action>.json, the files Hostfront's own tests parse with
 * the lib/whmcs schemas (lib/whmcs/companion.test.ts), so the PHP and TypeScript sides agree.
 *
 *   php companion/tests/run.php            run the tests
 *   php companion/tests/run.php --update   rewrite the answers after a deliberate change
 *
 * Needs Debian's php-cli, php-sqlite3 and php-illuminate-database (no Composer).
 */

use Illuminate\Database\Capsule\Manager as Capsule;

require '/usr/share/php/Illuminate/Database/autoload.php';

// A notice or warning in an action (an undefined column, say) is a failure, not noise: WHMCS
// installations log them and some print them into the API answer.
set_error_handler(static function (int $severity, string $message, string $file, int $line): bool {
    throw new ErrorException($message, 0, $severity, $file, $line);
});

const COMPANION = __DIR__ . '/..';
const ANSWERS = __DIR__ . '/answers';
const SECRETS = ['secret-access-key', 'adminpasswordhash', 'whm-reseller-password'];

$update = in_array('--update', $argv, true);
$failures = [];
$passed = 0;

function check(bool $ok, string $what): void
{
    global $failures, $passed;
    if ($ok) {
        $passed++;
    } else {
        $failures[] = $what;
    }
}

function fresh_database(): void
{
    $capsule = new Capsule();
    $capsule->addConnection(['driver' => 'sqlite', 'database' => ':memory:', 'prefix' => '']);
    $capsule->setAsGlobal();
    $pdo = Capsule::connection()->getPdo();
    $pdo->exec(file_get_contents(__DIR__ . '/whmcs-schema.sql'));
    $pdo->exec(file_get_contents(__DIR__ . '/whmcs-seed.sql'));
}

/** Includes an action file the way WHMCS's api.php does and returns its `$apiresults`. */
function run_action(string $action): array
{
    $apiresults = null;
    include COMPANION . '/includes/api/' . strtolower($action) . '.php';
    return $apiresults;
}

function by(array $list, string $key, $value): ?array
{
    foreach ($list as $item) {
        if ($item[$key] === $value) {
            return $item;
        }
    }
    return null;
}

define('WHMCS', true);
fresh_database();

$answers = [];
foreach (['HostfrontVersion', 'HostfrontGetProductGroups', 'HostfrontGetProductAddons', 'HostfrontGetDomainExtras', 'HostfrontGetTaxRules'] as $action) {
    $answers[$action] = run_action($action);
    check(($answers[$action]['result'] ?? null) === 'success', "$action answers success");
    $wire = json_encode($answers[$action]);
    foreach (SECRETS as $secret) {
        check(strpos($wire, $secret) === false, "$action returns no secret ($secret)");
    }
}

// HostfrontVersion
$version = $answers['HostfrontVersion'];
check($version['version'] === HOSTFRONT_COMPANION_VERSION, 'version is the companion version');
check($version['whmcsversion'] === '8.13.1-release.1', 'version names the WHMCS version');
check(count($version['actions']) === 5, 'version lists the five actions');

// HostfrontGetProductGroups
$groups = $answers['HostfrontGetProductGroups']['groups']['group'];
check(array_column($groups, 'slug') === ['shared-hosting', 'vps', 'internal'], 'groups in display order');
check($groups[0]['name'] === 'Shared Hosting' && $groups[0]['tagline'] === 'Fast &amp; simple sites', 'group name and tagline as stored');
check($groups[1]['headline'] === '', 'a NULL headline is ""');
check($groups[2]['hidden'] === 1 && $groups[0]['hidden'] === 0, 'hidden flags');
check(by($groups[0]['products']['product'], 'pid', 2)['hidden'] === 1, 'hidden product flag');
check(by($groups[2]['products']['product'], 'pid', 9)['retired'] === 1, 'retired product flag');

// Before WHMCS 8.3 neither table has a slug column: the groups still list, with empty slugs.
fresh_database();
Capsule::connection()->getPdo()->exec('ALTER TABLE tblproducts DROP COLUMN slug; ALTER TABLE tblproductgroups DROP COLUMN slug;');
$oldGroups = run_action('HostfrontGetProductGroups');
check(($oldGroups['result'] ?? null) === 'success', 'product groups answer without slug columns (WHMCS before 8.3)');
check(array_column($oldGroups['groups']['group'] ?? [], 'slug') === ['', '', ''], 'without slug columns, slugs are empty');
check(($oldGroups['groups']['group'][0]['products']['product'][0]['slug'] ?? null) === '', 'without slug columns, product slugs are empty');
check(($oldGroups['groups']['group'][0]['name'] ?? null) === 'Shared Hosting', 'without slug columns, names still read');
fresh_database();

// HostfrontGetProductAddons
$addons = $answers['HostfrontGetProductAddons']['addons']['addon'];
check($answers['HostfrontGetProductAddons']['totalresults'] === 5, 'every addon listed');
$backups = by($addons, 'id', 1);
check($backups['packages'] === '1,2,4', 'addon applies to its products');
check($backups['pricing']['USD']['monthly'] === '2.00' && $backups['pricing']['USD']['biennially'] === '-1.00', 'addon pricing per cycle, disabled as -1.00');
check($backups['pricing']['EUR']['annually'] === '22.08', 'addon pricing per currency');
check(by($addons, 'id', 2)['pricing']['USD']['msetupfee'] === '5.00', 'addon setup fee');
check(by($addons, 'id', 2)['description'] === 'Licence key &amp; installation', 'addon description as stored');
check(by($addons, 'id', 3)['allowqty'] === 2 && by($addons, 'id', 3)['paytype'] === 'recurring', 'quantity allowed; legacy "Monthly" is recurring');
check(by($addons, 'id', 4)['paytype'] === 'onetime', 'one-time addon');
check(by($addons, 'id', 5)['paytype'] === 'free' && by($addons, 'id', 5)['retired'] === 1 && by($addons, 'id', 5)['showorder'] === 0, 'retired free addon flagged');
check(by($addons, 'id', 5)['pricing'] === [], 'an addon without prices has none');

// HostfrontGetDomainExtras
$extras = $answers['HostfrontGetDomainExtras'];
check($extras['pricing']['USD']['dnsmanagement'] === '1.50' && $extras['pricing']['USD']['emailforwarding'] === '2.00'
    && $extras['pricing']['USD']['idprotection'] === '7.99', 'domain extras: msetupfee DNS, qsetupfee email, ssetupfee ID protection');
check($extras['pricing']['EUR']['idprotection'] === '7.35', 'domain extras per currency');
check(by($extras['tlds']['tld'], 'extension', '.de')['idprotection'] === 0, 'extension without ID protection');

// HostfrontGetTaxRules
$tax = $answers['HostfrontGetTaxRules'];
check($tax['taxenabled'] === 1 && $tax['taxtype'] === 'Exclusive' && $tax['taxl2compound'] === 0, 'tax settings');
check(by($tax['rules']['rule'], 'id', 2)['taxrate'] === '6.250' && by($tax['rules']['rule'], 'id', 2)['state'] === 'TX', 'tax rule rate and state');
check(array_column($tax['rules']['rule'], 'level') === [1, 1, 2], 'rules by level');
check(by($tax['products']['product'], 'pid', 4)['tax'] === 0 && by($tax['addons']['addon'], 'id', 1)['tax'] === 1, 'tax flags');

// A failing query answers a WHMCS error without internals.
Capsule::connection()->getPdo()->exec('DROP TABLE tbltax');
$broken = run_action('HostfrontGetTaxRules');
check($broken['result'] === 'error' && strpos($broken['message'], 'tbltax') === false, 'a failed query is an error answer that names no table');
fresh_database();

// The hook lists the actions in the API catalogue once.
$hooks = [];
function add_hook($point, $priority, $fn)
{
    global $hooks;
    $hooks[$point][] = $fn;
}
eval('namespace WHMCS\Api\V1; class Catalog {
    public static $actions = ["getproducts" => ["group" => "products", "name" => "GetProducts", "default" => 1]];
    public static $groups = ["products" => ["name" => "Products"]];
    public static function get() { return new self(); }
    public function getActions() { return self::$actions; }
    public function getGroups() { return self::$groups; }
    public static function add($actions = [], $groups = []) { self::$actions += $actions; self::$groups += $groups; }
}');
require COMPANION . '/includes/hooks/hostfront_api_catalog.php';
check(count($hooks['AdminAreaPage'] ?? []) === 1, 'the hook runs on admin pages');
$hooks['AdminAreaPage'][0]([]);
$hooks['AdminAreaPage'][0]([]);
$catalogued = \WHMCS\Api\V1\Catalog::$actions;
check(($catalogued['hostfrontgetproductaddons']['group'] ?? null) === 'hostfront', 'actions catalogued under the Hostfront group');
check(count($catalogued) === 6 && isset(\WHMCS\Api\V1\Catalog::$groups['hostfront']), 'each action catalogued once, WHMCS\'s kept');

// Outside WHMCS an action file refuses to run.
exec(escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg(COMPANION . '/includes/api/hostfrontversion.php'), $output);
check(implode("\n", $output) === 'This file cannot be accessed directly', 'no direct access');

// The answers Hostfront's tests parse.
foreach ($answers as $action => $answer) {
    $file = ANSWERS . "/$action.json";
    $json = json_encode($answer, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
    if ($update) {
        file_put_contents($file, $json);
    }
    check(is_file($file) && file_get_contents($file) === $json, "$action answer equals tests/answers/$action.json (run with --update after a deliberate change)");
}

foreach ($failures as $failure) {
    fwrite(STDERR, "FAIL: $failure\n");
}
echo "companion: $passed passed, " . count($failures) . " failed\n";
exit($failures ? 1 : 0);
