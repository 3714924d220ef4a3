-- A small shop, shaped like the Hostfront sandbox demo.
INSERT INTO tblconfiguration VALUES ('Version', '8.13.1-release.1'), ('TaxEnabled', 'on'), ('TaxType', 'Exclusive'),
  ('TaxL2Compound', ''), ('TaxDomains', 'on'), ('SystemSSLURL', ''), ('APIAccessKey', 'secret-access-key');
INSERT INTO tblcurrencies VALUES (1, 'USD', '$', ' USD', 1, 1, 1), (2, 'EUR', '€', ' EUR', 3, 0.92, 0);
INSERT INTO tblproductgroups (id, name, slug, headline, tagline, hidden, "order") VALUES
  (1, 'Shared Hosting', 'shared-hosting', 'Web hosting', 'Fast &amp; simple sites', 0, 1),
  (2, 'Cloud VPS', 'vps', NULL, 'Root access in seconds', 0, 2),
  (3, 'Internal', 'internal', '', '', 1, 3);
INSERT INTO tblproducts (id, type, gid, name, slug, hidden, paytype, allowqty, tax, "order", retired, servertype, configoption1) VALUES
  (1, 'hostingaccount', 1, 'Starter', 'starter', 0, 'recurring', 0, 1, 1, 0, 'cpanel', 'whm-reseller-password'),
  (2, 'hostingaccount', 1, 'Plus', 'plus', 1, 'recurring', 0, 1, 2, 0, 'cpanel', ''),
  (4, 'server', 2, 'VPS Small', 'vps-small', 0, 'recurring', 0, 0, 1, 0, '', ''),
  (9, 'other', 3, 'Legacy', 'legacy', 0, 'onetime', 0, 0, 1, 1, '', '');
INSERT INTO tbladdons (id, packages, name, description, billingcycle, allowqty, tax, showorder, hidden, retired, module, weight) VALUES
  (1, '1,2,4', 'Daily Off-site Backups', 'A copy of your data in another datacentre', 'recurring', 0, 1, 1, 0, 0, '', 1),
  (2, '4', 'cPanel Licence', 'Licence key &amp; installation', 'recurring', 0, 1, 1, 0, 0, 'licensing', 2),
  (3, '4', 'Extra IPv4 Address', '', 'Monthly', 2, 0, 1, 0, 0, '', 3),
  (4, '1,2', 'SSL Certificate', 'Domain-validated, one year', 'onetime', 0, 1, 1, 0, 0, '', 4),
  (5, '1', 'Old Addon', '', 'Free Account', 0, 0, 0, 1, 1, '', 5);
INSERT INTO tblpricing (type, currency, relid, msetupfee, qsetupfee, ssetupfee, asetupfee, bsetupfee, tsetupfee, monthly, quarterly, semiannually, annually, biennially, triennially) VALUES
  ('addon', 1, 1, 0, 0, 0, 0, 0, 0, 2.00, 6.00, 12.00, 24.00, -1, -1),
  ('addon', 2, 1, 0, 0, 0, 0, 0, 0, 1.84, 5.52, 11.04, 22.08, -1, -1),
  ('addon', 1, 2, 5.00, 5.00, 5.00, 5.00, -1, -1, 15.00, 45.00, 90.00, 180.00, -1, -1),
  ('addon', 1, 3, 0, 0, 0, 0, 0, 0, 3.00, 9.00, 18.00, 36.00, -1, -1),
  ('addon', 1, 4, 0, 0, 0, 0, 0, 0, 29.00, -1, -1, -1, -1, -1),
  ('domainaddons', 1, 0, 1.50, 2.00, 7.99, 0, 0, 0, 0, 0, 0, 0, 0, 0),
  ('domainaddons', 2, 0, 1.38, 1.84, 7.35, 0, 0, 0, 0, 0, 0, 0, 0, 0),
  ('product', 1, 1, 5.00, 0, 0, 0, 0, 0, 4.99, 14.50, 28.00, 49.90, -1, -1);
INSERT INTO tbldomainpricing (id, extension, dnsmanagement, emailforwarding, idprotection, eppcode, "order") VALUES
  (1, '.com', 1, 1, 1, 1, 1), (2, '.de', 1, 0, 0, 1, 2);
INSERT INTO tbltax (id, level, name, state, country, taxrate) VALUES
  (1, 1, 'VAT', '', 'DE', 19.000), (2, 1, 'Sales Tax', 'TX', 'US', 6.25), (3, 2, 'City Tax', 'TX', 'US', 2);
INSERT INTO tbladmins VALUES (1, 'admin', '$2y$10$adminpasswordhash');
INSERT INTO tblapi_roles VALUES (1, 'Hostfront', '{"getproducts":1}');
