-- The WHMCS 8.x tables the companion reads, with WHMCS's own table and column names (the columns
-- the companion does not read are left out). MySQL types written as SQLite accepts them.
CREATE TABLE tblconfiguration (setting TEXT PRIMARY KEY, value TEXT NOT NULL DEFAULT '');
CREATE TABLE tblcurrencies (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
  format INTEGER NOT NULL DEFAULT 1, rate DECIMAL(10,5) NOT NULL DEFAULT 1, "default" INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tblproductgroups (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL DEFAULT '', headline TEXT, tagline TEXT,
  orderfrmtpl TEXT NOT NULL DEFAULT '', disabledgateways TEXT NOT NULL DEFAULT '', hidden INTEGER NOT NULL DEFAULT 0,
  "order" INTEGER NOT NULL DEFAULT 0, icon TEXT, created_at TEXT, updated_at TEXT
);
CREATE TABLE tblproducts (
  id INTEGER PRIMARY KEY, type TEXT NOT NULL, gid INTEGER NOT NULL, name TEXT NOT NULL, slug TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '', hidden INTEGER NOT NULL DEFAULT 0, paytype TEXT NOT NULL DEFAULT 'recurring',
  allowqty INTEGER NOT NULL DEFAULT 0, tax INTEGER NOT NULL DEFAULT 0, "order" INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0, servertype TEXT NOT NULL DEFAULT '', configoption1 TEXT NOT NULL DEFAULT ''
);
CREATE TABLE tbladdons (
  id INTEGER PRIMARY KEY, packages TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  billingcycle TEXT NOT NULL DEFAULT '', allowqty INTEGER NOT NULL DEFAULT 0, tax INTEGER NOT NULL DEFAULT 0,
  showorder INTEGER NOT NULL DEFAULT 0, hidden INTEGER NOT NULL DEFAULT 0, retired INTEGER NOT NULL DEFAULT 0,
  downloads TEXT NOT NULL DEFAULT '', autoactivate TEXT NOT NULL DEFAULT '', suspendproduct INTEGER NOT NULL DEFAULT 0,
  welcomeemail INTEGER NOT NULL DEFAULT 0, type TEXT NOT NULL DEFAULT '', module TEXT NOT NULL DEFAULT '',
  server_group_id INTEGER NOT NULL DEFAULT 0, prorate INTEGER NOT NULL DEFAULT 0, weight INTEGER NOT NULL DEFAULT 0,
  autolinkby TEXT NOT NULL DEFAULT '', created_at TEXT, updated_at TEXT
);
CREATE TABLE tblpricing (
  id INTEGER PRIMARY KEY, type TEXT NOT NULL, currency INTEGER NOT NULL, relid INTEGER NOT NULL,
  msetupfee DECIMAL(16,2) NOT NULL DEFAULT 0, qsetupfee DECIMAL(16,2) NOT NULL DEFAULT 0, ssetupfee DECIMAL(16,2) NOT NULL DEFAULT 0,
  asetupfee DECIMAL(16,2) NOT NULL DEFAULT 0, bsetupfee DECIMAL(16,2) NOT NULL DEFAULT 0, tsetupfee DECIMAL(16,2) NOT NULL DEFAULT 0,
  monthly DECIMAL(16,2) NOT NULL DEFAULT 0, quarterly DECIMAL(16,2) NOT NULL DEFAULT 0, semiannually DECIMAL(16,2) NOT NULL DEFAULT 0,
  annually DECIMAL(16,2) NOT NULL DEFAULT 0, biennially DECIMAL(16,2) NOT NULL DEFAULT 0, triennially DECIMAL(16,2) NOT NULL DEFAULT 0
);
CREATE TABLE tbldomainpricing (
  id INTEGER PRIMARY KEY, extension TEXT NOT NULL, dnsmanagement INTEGER NOT NULL DEFAULT 0,
  emailforwarding INTEGER NOT NULL DEFAULT 0, idprotection INTEGER NOT NULL DEFAULT 0, eppcode INTEGER NOT NULL DEFAULT 0,
  autoreg TEXT NOT NULL DEFAULT '', "order" INTEGER NOT NULL DEFAULT 0, "group" TEXT NOT NULL DEFAULT ''
);
CREATE TABLE tbltax (
  id INTEGER PRIMARY KEY, level INTEGER NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '', taxrate DECIMAL(10,3) NOT NULL DEFAULT 0
);
-- Secrets the companion must never return, present so the tests can prove it.
CREATE TABLE tbladmins (id INTEGER PRIMARY KEY, username TEXT NOT NULL, password TEXT NOT NULL);
CREATE TABLE tblapi_roles (id INTEGER PRIMARY KEY, role TEXT NOT NULL, permissions TEXT NOT NULL);
