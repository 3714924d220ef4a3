<?php
/** HostfrontGetTaxRules: see companion/README.md. Read-only, no parameters. */
if (!defined('WHMCS')) {
    die('This file cannot be accessed directly');
}
require_once __DIR__ . '/../hostfront/companion.php';

$apiresults = hostfront_answer('hostfront_tax_rules');
