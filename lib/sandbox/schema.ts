/**
 * The sandbox's tables. Names follow WHMCS's own (`tblhosting` -> `services`, its columns keep
 * WHMCS names like `domainstatus` and `packageid`) so the actions read like the real ones.
 * Money columns are INTEGER cents; `-100` in a pricing column means "cycle off" (-1.00).
 */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS currencies (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  format INTEGER NOT NULL,
  rate TEXT NOT NULL,
  is_default INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS payment_gateways (
  module TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS servers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  ipaddress TEXT NOT NULL,
  hostname TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS product_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  headline TEXT NOT NULL DEFAULT '',
  tagline TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  hidden INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS products (
  id INTEGER PRIMARY KEY,
  gid INTEGER NOT NULL REFERENCES product_groups(id),
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  slug TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  servertype TEXT NOT NULL DEFAULT '',
  server_id INTEGER NOT NULL DEFAULT 0,
  paytype TEXT NOT NULL,
  allowqty INTEGER NOT NULL DEFAULT 0,
  stockcontrol INTEGER NOT NULL DEFAULT 0,
  qty INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0,
  hidden INTEGER NOT NULL DEFAULT 0,
  -- "Apply Tax".
  tax INTEGER NOT NULL DEFAULT 0,
  UNIQUE (gid, slug)
);

CREATE TABLE IF NOT EXISTS pricing (
  type TEXT NOT NULL,
  relid INTEGER NOT NULL,
  currency INTEGER NOT NULL REFERENCES currencies(id),
  msetupfee INTEGER NOT NULL DEFAULT 0,
  qsetupfee INTEGER NOT NULL DEFAULT 0,
  ssetupfee INTEGER NOT NULL DEFAULT 0,
  asetupfee INTEGER NOT NULL DEFAULT 0,
  bsetupfee INTEGER NOT NULL DEFAULT 0,
  tsetupfee INTEGER NOT NULL DEFAULT 0,
  monthly INTEGER NOT NULL DEFAULT -100,
  quarterly INTEGER NOT NULL DEFAULT -100,
  semiannually INTEGER NOT NULL DEFAULT -100,
  annually INTEGER NOT NULL DEFAULT -100,
  biennially INTEGER NOT NULL DEFAULT -100,
  triennially INTEGER NOT NULL DEFAULT -100,
  PRIMARY KEY (type, relid, currency)
);

CREATE TABLE IF NOT EXISTS config_groups (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS config_links (
  gid INTEGER NOT NULL REFERENCES config_groups(id),
  pid INTEGER NOT NULL REFERENCES products(id),
  PRIMARY KEY (gid, pid)
);

CREATE TABLE IF NOT EXISTS config_options (
  id INTEGER PRIMARY KEY,
  gid INTEGER NOT NULL REFERENCES config_groups(id),
  optionname TEXT NOT NULL,
  optiontype INTEGER NOT NULL,
  qtyminimum INTEGER NOT NULL DEFAULT 0,
  qtymaximum INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS config_suboptions (
  id INTEGER PRIMARY KEY,
  configid INTEGER NOT NULL REFERENCES config_options(id),
  optionname TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS custom_fields (
  id INTEGER PRIMARY KEY,
  relid INTEGER NOT NULL REFERENCES products(id),
  fieldname TEXT NOT NULL,
  fieldtype TEXT NOT NULL DEFAULT 'text',
  description TEXT NOT NULL DEFAULT '',
  fieldoptions TEXT NOT NULL DEFAULT '',
  required INTEGER NOT NULL DEFAULT 0,
  showorder INTEGER NOT NULL DEFAULT 0,
  adminonly INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS custom_field_values (
  fieldid INTEGER NOT NULL REFERENCES custom_fields(id),
  relid INTEGER NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (fieldid, relid)
);

-- tbladdons: \`paytype\` is what WHMCS keeps in tbladdons.billingcycle (recurring, onetime, free);
-- \`allowqty\` not 0 lets the customer choose a quantity.
CREATE TABLE IF NOT EXISTS addons (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  packages TEXT NOT NULL DEFAULT '',
  paytype TEXT NOT NULL DEFAULT 'recurring',
  allowqty INTEGER NOT NULL DEFAULT 0,
  showorder INTEGER NOT NULL DEFAULT 1,
  hidden INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0,
  tax INTEGER NOT NULL DEFAULT 0,
  weight INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password TEXT NOT NULL,
  second_factor INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS clients (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL,
  firstname TEXT NOT NULL,
  lastname TEXT NOT NULL,
  companyname TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL COLLATE NOCASE,
  address1 TEXT NOT NULL DEFAULT '',
  address2 TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  phonenumber TEXT NOT NULL DEFAULT '',
  tax_id TEXT NOT NULL DEFAULT '',
  taxexempt INTEGER NOT NULL DEFAULT 0,
  currency INTEGER NOT NULL REFERENCES currencies(id),
  status TEXT NOT NULL DEFAULT 'Active',
  language TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  groupid INTEGER NOT NULL DEFAULT 0,
  credit INTEGER NOT NULL DEFAULT 0,
  ip TEXT NOT NULL DEFAULT '',
  datecreated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clients_email ON clients(email);

CREATE TABLE IF NOT EXISTS user_clients (
  user_id INTEGER NOT NULL REFERENCES users(id),
  client_id INTEGER NOT NULL REFERENCES clients(id),
  owner INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, client_id)
);

CREATE TABLE IF NOT EXISTS affiliates (
  id INTEGER PRIMARY KEY,
  clientid INTEGER NOT NULL REFERENCES clients(id)
);

CREATE TABLE IF NOT EXISTS affiliate_accounts (
  id INTEGER PRIMARY KEY,
  affiliateid INTEGER NOT NULL REFERENCES affiliates(id),
  relid INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS orders (
  id INTEGER PRIMARY KEY,
  ordernum TEXT NOT NULL UNIQUE,
  userid INTEGER NOT NULL REFERENCES clients(id),
  contactid INTEGER NOT NULL DEFAULT 0,
  requestor_id INTEGER NOT NULL DEFAULT 0,
  admin_requestor_id INTEGER NOT NULL DEFAULT 0,
  date TEXT NOT NULL,
  nameservers TEXT NOT NULL DEFAULT '',
  promocode TEXT NOT NULL DEFAULT '',
  promotype TEXT NOT NULL DEFAULT '',
  promovalue TEXT NOT NULL DEFAULT '',
  amount INTEGER NOT NULL DEFAULT 0,
  paymentmethod TEXT NOT NULL,
  invoiceid INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'Pending',
  ipaddress TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS orders_userid ON orders(userid);

CREATE TABLE IF NOT EXISTS services (
  id INTEGER PRIMARY KEY,
  userid INTEGER NOT NULL REFERENCES clients(id),
  orderid INTEGER NOT NULL REFERENCES orders(id),
  packageid INTEGER NOT NULL REFERENCES products(id),
  server INTEGER NOT NULL DEFAULT 0,
  regdate TEXT NOT NULL,
  domain TEXT NOT NULL DEFAULT '',
  paymentmethod TEXT NOT NULL,
  qty INTEGER NOT NULL DEFAULT 1,
  firstpaymentamount INTEGER NOT NULL DEFAULT 0,
  amount INTEGER NOT NULL DEFAULT 0,
  billingcycle TEXT NOT NULL,
  nextduedate TEXT NOT NULL,
  nextinvoicedate TEXT NOT NULL,
  domainstatus TEXT NOT NULL DEFAULT 'Pending',
  username TEXT NOT NULL DEFAULT '',
  password TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  subscriptionid TEXT NOT NULL DEFAULT '',
  promoid INTEGER NOT NULL DEFAULT 0,
  suspendreason TEXT NOT NULL DEFAULT '',
  dedicatedip TEXT NOT NULL DEFAULT '',
  assignedips TEXT NOT NULL DEFAULT '',
  ns1 TEXT NOT NULL DEFAULT '',
  ns2 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS services_userid ON services(userid);
CREATE INDEX IF NOT EXISTS services_orderid ON services(orderid);

CREATE TABLE IF NOT EXISTS service_config_options (
  relid INTEGER NOT NULL REFERENCES services(id),
  configid INTEGER NOT NULL REFERENCES config_options(id),
  optionid INTEGER NOT NULL,
  qty INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (relid, configid)
);

CREATE TABLE IF NOT EXISTS service_addons (
  id INTEGER PRIMARY KEY,
  orderid INTEGER NOT NULL REFERENCES orders(id),
  hostingid INTEGER NOT NULL REFERENCES services(id),
  addonid INTEGER NOT NULL REFERENCES addons(id),
  name TEXT NOT NULL DEFAULT '',
  qty INTEGER NOT NULL DEFAULT 1,
  setupfee INTEGER NOT NULL DEFAULT 0,
  recurring INTEGER NOT NULL DEFAULT 0,
  billingcycle TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'Pending',
  regdate TEXT NOT NULL,
  nextduedate TEXT NOT NULL,
  paymentmethod TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS invoices (
  id INTEGER PRIMARY KEY,
  userid INTEGER NOT NULL REFERENCES clients(id),
  invoicenum TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  duedate TEXT NOT NULL,
  datepaid TEXT NOT NULL DEFAULT '0000-00-00 00:00:00',
  subtotal INTEGER NOT NULL DEFAULT 0,
  credit INTEGER NOT NULL DEFAULT 0,
  tax INTEGER NOT NULL DEFAULT 0,
  tax2 INTEGER NOT NULL DEFAULT 0,
  -- Percent as WHMCS stores it (DECIMAL(10,3)): the client's rates when the invoice was made.
  taxrate TEXT NOT NULL DEFAULT '0.000',
  taxrate2 TEXT NOT NULL DEFAULT '0.000',
  total INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'Unpaid',
  paymentmethod TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS invoice_items (
  id INTEGER PRIMARY KEY,
  invoiceid INTEGER NOT NULL REFERENCES invoices(id),
  userid INTEGER NOT NULL,
  type TEXT NOT NULL,
  relid INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL,
  amount INTEGER NOT NULL,
  taxed INTEGER NOT NULL DEFAULT 0,
  duedate TEXT NOT NULL,
  paymentmethod TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS invoice_items_invoiceid ON invoice_items(invoiceid);

CREATE TABLE IF NOT EXISTS transactions (
  id INTEGER PRIMARY KEY,
  userid INTEGER NOT NULL,
  currency INTEGER NOT NULL DEFAULT 0,
  gateway TEXT NOT NULL,
  date TEXT NOT NULL,
  description TEXT NOT NULL,
  amountin INTEGER NOT NULL DEFAULT 0,
  fees INTEGER NOT NULL DEFAULT 0,
  amountout INTEGER NOT NULL DEFAULT 0,
  rate TEXT NOT NULL DEFAULT '1.00000',
  transid TEXT NOT NULL,
  invoiceid INTEGER NOT NULL DEFAULT 0,
  refundid INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS promotions (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  type TEXT NOT NULL,
  recurring INTEGER NOT NULL DEFAULT 0,
  value INTEGER NOT NULL DEFAULT 0,
  cycles TEXT NOT NULL DEFAULT '',
  appliesto TEXT NOT NULL DEFAULT '',
  requires TEXT NOT NULL DEFAULT '',
  requiresexisting INTEGER NOT NULL DEFAULT 0,
  startdate TEXT NOT NULL DEFAULT '0000-00-00',
  expirationdate TEXT NOT NULL DEFAULT '0000-00-00',
  maxuses INTEGER NOT NULL DEFAULT 0,
  uses INTEGER NOT NULL DEFAULT 0,
  lifetimepromo INTEGER NOT NULL DEFAULT 0,
  applyonce INTEGER NOT NULL DEFAULT 0,
  newsignups INTEGER NOT NULL DEFAULT 0,
  existingclient INTEGER NOT NULL DEFAULT 0,
  onceperclient INTEGER NOT NULL DEFAULT 0,
  recurfor INTEGER NOT NULL DEFAULT 0,
  upgrades INTEGER NOT NULL DEFAULT 0,
  upgradeconfig TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS sso_tokens (
  token TEXT PRIMARY KEY,
  client_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  destination TEXT NOT NULL,
  redirect_path TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  used INTEGER NOT NULL DEFAULT 0
);

-- tbldomainpricing: the TLDs on sale. Prices live in \`pricing\` (types domainregister, domaintransfer,
-- domainrenew; relid = tlds.id; columns msetupfee..biennially = 1..10 years; -100 = period not offered).
-- \`grp\` is WHMCS's "group" label (hot, new, sale or ''); \`categories\` a comma-separated list.
CREATE TABLE IF NOT EXISTS tlds (
  id INTEGER PRIMARY KEY,
  extension TEXT NOT NULL UNIQUE,
  dnsmanagement INTEGER NOT NULL DEFAULT 0,
  emailforwarding INTEGER NOT NULL DEFAULT 0,
  idprotection INTEGER NOT NULL DEFAULT 0,
  eppcode INTEGER NOT NULL DEFAULT 0,
  idn INTEGER NOT NULL DEFAULT 0,
  grp TEXT NOT NULL DEFAULT '',
  categories TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
);

-- tbldomains. orderid 0 = not from an order (imported, as the demo client's domains are).
CREATE TABLE IF NOT EXISTS domains (
  id INTEGER PRIMARY KEY,
  userid INTEGER NOT NULL REFERENCES clients(id),
  orderid INTEGER NOT NULL DEFAULT 0,
  type TEXT NOT NULL,
  registrationdate TEXT NOT NULL,
  domain TEXT NOT NULL,
  firstpaymentamount INTEGER NOT NULL DEFAULT 0,
  recurringamount INTEGER NOT NULL DEFAULT 0,
  registrar TEXT NOT NULL DEFAULT '',
  registrationperiod INTEGER NOT NULL DEFAULT 1,
  expirydate TEXT NOT NULL DEFAULT '0000-00-00',
  nextduedate TEXT NOT NULL DEFAULT '0000-00-00',
  nextinvoicedate TEXT NOT NULL DEFAULT '0000-00-00',
  status TEXT NOT NULL DEFAULT 'Pending',
  subscriptionid TEXT NOT NULL DEFAULT '',
  promoid INTEGER NOT NULL DEFAULT 0,
  dnsmanagement INTEGER NOT NULL DEFAULT 0,
  emailforwarding INTEGER NOT NULL DEFAULT 0,
  idprotection INTEGER NOT NULL DEFAULT 0,
  donotrenew INTEGER NOT NULL DEFAULT 0,
  additionalnotes TEXT NOT NULL DEFAULT '',
  paymentmethod TEXT NOT NULL,
  eppcode TEXT NOT NULL DEFAULT '',
  idnlanguage TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS domains_userid ON domains(userid);
CREATE INDEX IF NOT EXISTS domains_orderid ON domains(orderid);

-- tbldomainsadditionalfields: a domain's TLD-specific fields (.us nexus, .uk legal type).
CREATE TABLE IF NOT EXISTS domain_fields (
  domainid INTEGER NOT NULL REFERENCES domains(id),
  name TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (domainid, name)
);

-- Renewals an order bills (tblorders.renewals): applied to the domain when the invoice is paid.
CREATE TABLE IF NOT EXISTS domain_renewals (
  id INTEGER PRIMARY KEY,
  orderid INTEGER NOT NULL REFERENCES orders(id),
  domainid INTEGER NOT NULL REFERENCES domains(id),
  years INTEGER NOT NULL
);

-- tblconfiguration: System Settings by name (GetConfigurationValue); the tax settings are seeded.
CREATE TABLE IF NOT EXISTS settings (
  setting TEXT PRIMARY KEY,
  value TEXT NOT NULL DEFAULT ''
);

-- tbltax: \`country\`/\`state\` '' matches every country or state; \`taxrate\` percent as WHMCS stores it ("9.975").
CREATE TABLE IF NOT EXISTS tax_rules (
  id INTEGER PRIMARY KEY,
  level INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  taxrate TEXT NOT NULL
);

-- tblbannedips: an IP refused until \`expires\` (ms since the epoch); the API bans after failed logins.
CREATE TABLE IF NOT EXISTS banned_ips (
  ip TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  expires INTEGER NOT NULL
);

-- Consecutive failed API authentications per IP, as WHMCS counts failed admin logins.
CREATE TABLE IF NOT EXISTS failed_logins (
  ip TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  last_at INTEGER NOT NULL
);
`;
