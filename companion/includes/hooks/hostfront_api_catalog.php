<?php
/**
 * Lists the Hostfront* actions in WHMCS's API catalogue, so System Settings -> API Roles shows
 * them (group "Hostfront") and a role can allow them. WHMCS keeps no custom actions in its
 * catalogue on its own: without this hook a role cannot grant them and every call answers
 * "Invalid Permissions: API action ... is not allowed".
 */
if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}
require_once __DIR__ . '/../hostfront/companion.php';

/** The catalogue entries: lower-case action names, as WHMCS keys them. */
function hostfront_catalog_actions(): array
{
    $actions = [];
    foreach (HOSTFRONT_ACTIONS as $action) {
        $actions[strtolower($action)] = ['group' => 'hostfront', 'name' => $action, 'default' => 0];
    }
    return $actions;
}

add_hook('AdminAreaPage', 1, function () {
    if (!class_exists('\WHMCS\Api\V1\Catalog')) {
        return;
    }
    $catalog = \WHMCS\Api\V1\Catalog::get();
    $groups = array_key_exists('hostfront', $catalog->getGroups()) ? [] : ['hostfront' => ['name' => 'Hostfront']];
    $missing = array_diff_key(hostfront_catalog_actions(), $catalog->getActions());
    if ($groups || $missing) {
        \WHMCS\Api\V1\Catalog::add($missing, $groups);
    }
});
