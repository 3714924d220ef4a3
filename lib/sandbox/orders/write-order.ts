import crypto from 'node:crypto';
import {
  CYCLE_DISPLAY,
  CYCLE_MONTHS,
  RECURRING_CYCLES,
  cycleFromDisplay,
  isRecurringCycle,
  normalizeCycle,
  priceFor,
  type Cycle,
  type RecurringCycle,
} from '../billing';
import { NO_DATE, NO_DATETIME, addDays, addMonths, dmy, ymd, ymdHms } from '../dates';
import { ApiError } from '../errors';
import { decimal, type Cents } from '../money';
import {
  clientCurrency,
  defaultCurrency,
  groupById,
  pricingRow,
  productById,
  productCustomFields,
  type AddonRow,
  type ClientRow,
  type CurrencyRow,
  type Db,
  type ProductRow,
  type PromotionRow,
  type ServiceRow,
} from '../rows';
import { whmcsEncode } from '../text';
import { serializedScalar } from '../wire/params';
import { QUANTITY_MULTIPLE, itemAmounts, type ItemAmounts } from './amounts';
import { describeSelection, resolveConfigOptions, type OptionSelection } from './config-options';
import {
  domainInvoiceText,
  insertDomain,
  priceDomain,
  priceRenewal,
  promotionAppliesToDomain,
  type DomainLine,
  type DomainRenewal,
  type PricedDomain,
  type PricedRenewal,
} from './domains';
import {
  promotionAppliesTo,
  promotionByCode,
  promotionDiscount,
  promotionLine,
  promotionUsableByClient,
  type Discount,
} from './promotions';
import { renewalInvoiceItems, type Renewals } from './renewals';
import { deductInclusiveTax, invoiceItemTaxed, invoiceTaxRates, invoiceTotals, type InvoiceTotals } from '../tax';

/** One product line of AddOrder (`pid[i]`, `billingcycle[i]`, `qty[i]`, ...). */
export interface OrderLine {
  pid: number;
  /** As sent; normalised here. Missing: the product's first enabled cycle, as WHMCS does. */
  billingCycle?: string;
  qty: number;
  domain: string;
  configOptions: Map<string, unknown>;
  customFields: Map<string, unknown>;
  /** Addons to create with each service, with the quantity ordered (1 unless the addon allows more). */
  addons: { id: number; qty: number }[];
  server: { hostname: string; ns1prefix: string; ns2prefix: string; rootpw: string } | null;
  priceOverride?: Cents;
}

/** An addon ordered for a service the client already has (`addonid` + `serviceid`). */
export interface AddonOnlyLine {
  addon: AddonRow;
  service: ServiceRow;
}

/** An addon of an order line, checked: the addon and how many. */
interface OrderedAddon {
  addon: AddonRow;
  qty: number;
}

export interface NewOrder {
  client: ClientRow;
  paymentMethod: string;
  lines: OrderLine[];
  addonOnly: AddonOnlyLine[];
  /** On-demand renewals (`servicerenewals[]`, `addonrenewals[]`), already checked. */
  renewals: Renewals;
  promoCode: string;
  promoOverride: boolean;
  noInvoice: boolean;
  ipAddress: string;
  affiliateId: number;
  contactId: number;
  nameservers: string[];
  /** Domain registrations and transfers (`domaintype[i]`); none when left out. */
  domains?: DomainLine[];
  /** Renewals of domains the client holds (`domainrenewals`), already checked for ownership. */
  domainRenewals?: DomainRenewal[];
}

export interface WrittenOrder {
  orderId: number;
  orderNumber: string;
  serviceIds: number[];
  addonIds: number[];
  domainIds: number[];
  /** 0 when no invoice was raised (noinvoice, or nothing to charge). */
  invoiceId: number;
}

interface PricedLine {
  line: OrderLine;
  product: ProductRow;
  cycle: Cycle;
  options: OptionSelection[];
  amounts: ItemAmounts;
  addons: OrderedAddon[];
}

interface PendingInvoiceItem {
  type: string;
  relid: number;
  description: string;
  amount: Cents;
  duedate: string;
}

function firstEnabledCycle(row: Record<RecurringCycle, Cents> | undefined): RecurringCycle | undefined {
  return row ? RECURRING_CYCLES.find((cycle) => row[cycle] >= 0) : undefined;
}

/** The cycle WHMCS bills an item at; the sandbox refuses unknown or disabled cycles outright. */
function resolveCycle(db: Db, product: ProductRow, requested: string | undefined, currencyId: number): Cycle {
  if (product.paytype === 'free') return 'free';
  if (product.paytype === 'onetime') return 'onetime';
  const row = pricingRow(db, 'product', product.id, currencyId);
  if (requested !== undefined && requested !== '') {
    const cycle = normalizeCycle(requested);
    if (!isRecurringCycle(cycle) || !row || row[cycle] < 0) throw new ApiError('Invalid Billing Cycle');
    return cycle;
  }
  const fallback = firstEnabledCycle(row);
  if (!fallback) throw new ApiError('Invalid Billing Cycle');
  return fallback;
}

function uniqueOrderNumber(db: Db): string {
  const taken = db.prepare('SELECT 1 FROM orders WHERE ordernum = ?');
  for (;;) {
    const candidate = String(crypto.randomInt(1_000_000_000, 10_000_000_000));
    if (!taken.get(candidate)) return candidate;
  }
}

/** `(21/11/2025 - 20/12/2025)` for recurring cycles, nothing for one-time and free ones. */
function periodText(cycle: Cycle, start: Date): string {
  if (!isRecurringCycle(cycle)) return '';
  return ` (${dmy(start)} - ${dmy(addDays(addMonths(start, CYCLE_MONTHS[cycle]), -1))})`;
}

/**
 * Where the service's domain comes from: the order line's domain, or for servers the hostname
 * (alone when it is already a FQDN, otherwise prefixed to the domain), as calcCartTotals does.
 */
function serviceDomain(line: OrderLine): { domain: string; ns1: string; ns2: string } {
  let domain = line.domain;
  const server = line.server;
  let ns1 = server?.ns1prefix ?? '';
  let ns2 = server?.ns2prefix ?? '';
  if (ns1 && domain) ns1 = `${ns1}.${domain}`;
  if (ns2 && domain) ns2 = `${ns2}.${domain}`;
  const hostname = (server?.hostname ?? '').replace(/^[ .]+|[ .]+$/g, '');
  if (hostname) domain = (hostname.match(/\./g) ?? []).length > 1 || !domain ? hostname : `${hostname}.${domain}`;
  return { domain, ns1, ns2 };
}

/**
 * The cycle and unit prices an addon is billed at: free and one-time addons as such; a recurring
 * one at the service's cycle when the addon has a price for it, else its first enabled cycle.
 */
function addonCycle(db: Db, addon: AddonRow, currencyId: number, serviceCycle: Cycle): { cycle: Cycle; setup: Cents; price: Cents } {
  const row = pricingRow(db, 'addon', addon.id, currencyId);
  const cycle: Cycle =
    addon.paytype === 'free' || addon.paytype === 'onetime'
      ? addon.paytype
      : isRecurringCycle(serviceCycle) && row && row[serviceCycle] >= 0
        ? serviceCycle
        : (firstEnabledCycle(row) ?? 'free');
  const { price, setup } = priceFor(row, cycle);
  return { cycle, setup, price };
}

/**
 * Validates and writes one AddOrder: the order, its services (with config options and custom
 * field values), addons, stock, promotion use, affiliate links and the invoice, in one
 * IMMEDIATE transaction so concurrent orders from several processes cannot oversell stock.
 * Throws ApiError (nothing written) when a line is invalid.
 */
export function writeOrder(db: Db, order: NewOrder, now: Date): WrittenOrder {
  return db.transaction(() => writeOrderNow(db, order, now)).immediate();
}

function writeOrderNow(db: Db, order: NewOrder, now: Date): WrittenOrder {
  const currency = clientCurrency(db, order.client);
  const priced = priceLines(db, order.lines, currency.id);
  const pricedDomains = (order.domains ?? []).map((line) => priceDomain(db, line, currency.id));
  const pricedRenewals = (order.domainRenewals ?? []).map((renewal) => priceRenewal(db, renewal, currency.id));
  const today = ymd(now);
  const promo = orderPromotion(db, order, today);
  const orderNumber = uniqueOrderNumber(db);
  const write: OrderWrite = {
    db,
    order,
    now,
    today,
    orderId: insertOrder(db, order, orderNumber, now),
    currency,
    baseCurrency: defaultCurrency(db),
    promo,
    promoApplied: false,
    serviceIds: [],
    addonIds: [],
    domainIds: [],
    invoiceItems: [],
    total: 0,
  };

  for (const item of priced) writeServices(write, item);
  for (const { addon, service } of order.addonOnly) {
    writeAddon(write, addon, 1, { id: service.id, cycle: cycleFromDisplay(service.billingcycle) ?? 'free', domain: service.domain });
  }
  for (const domain of pricedDomains) writeDomain(write, domain);
  for (const renewal of pricedRenewals) writeRenewal(write, renewal);
  for (const item of renewalInvoiceItems(order.renewals)) {
    write.invoiceItems.push(item);
    write.total += item.amount;
  }
  linkAffiliate(db, order, write.serviceIds);

  const invoice = taxedInvoice(db, order.client, write.invoiceItems);
  // The order's amount is what the customer pays, tax included, as WHMCS's cart totals it.
  if (write.invoiceItems.length > 0) write.total = invoice.totals.total;
  const invoiceId =
    !order.noInvoice && write.invoiceItems.length > 0 ? createInvoice(db, order.client.id, order.paymentMethod, invoice, now) : 0;
  recordTotals(write, invoiceId);
  return { orderId: write.orderId, orderNumber, serviceIds: write.serviceIds, addonIds: write.addonIds, domainIds: write.domainIds, invoiceId };
}

/** Every line priced and checked (product, cycle, options, stock, addons) before anything is written. */
function priceLines(db: Db, lines: OrderLine[], currencyId: number): PricedLine[] {
  const reservedStock = new Map<number, number>();
  return lines.map((line) => {
    const product = productById(db, line.pid);
    if (!product) throw new ApiError('Invalid Product ID');
    const reserved = reservedStock.get(product.id) ?? 0;
    const item = priceLine(db, line, product, currencyId, reserved);
    if (product.stockcontrol) reservedStock.set(product.id, reserved + item.amounts.serviceCount);
    return item;
  });
}

/** One line's cycle, options and amounts; `reserved` is the stock earlier lines of this order take. */
function priceLine(db: Db, line: OrderLine, product: ProductRow, currencyId: number, reserved: number): PricedLine {
  const cycle = resolveCycle(db, product, line.billingCycle, currencyId);
  const options = resolveConfigOptions(db, product.id, cycle, currencyId, line.configOptions);
  const { price, setup } = priceFor(pricingRow(db, 'product', product.id, currencyId), cycle);
  const amounts = itemAmounts({
    productPrice: price,
    productSetup: setup,
    cycle,
    options,
    qty: orderedQuantity(line, product, reserved),
    allowqty: product.allowqty,
    priceOverride: line.priceOverride,
  });
  const addons = line.addons.map(({ id, qty }): OrderedAddon => {
    const addon = db.prepare('SELECT * FROM addons WHERE id = ?').get(id) as AddonRow | undefined;
    if (!addon) throw new ApiError('Addon ID invalid');
    // A quantity counts only where the addon allows one, as for products.
    return { addon, qty: addon.allowqty ? Math.max(1, qty) : 1 };
  });
  return { line, product, cycle, options, amounts, addons };
}

/** The quantity to sell: 1 unless the product allows more; refused when the product is out of stock. */
function orderedQuantity(line: OrderLine, product: ProductRow, reserved: number): number {
  const qty = product.allowqty ? Math.max(1, line.qty) : 1;
  if (!product.stockcontrol) return qty;
  const available = product.qty - reserved;
  if (available <= 0) throw new ApiError('Out of Stock');
  // WHMCS quietly lowers the quantity of separate services to what is left in stock.
  return product.allowqty === QUANTITY_MULTIPLE && qty > available ? available : qty;
}

/** The order's promotion when the client may use it (or `promooverride` says to apply it anyway). */
function orderPromotion(db: Db, order: NewOrder, today: string): PromotionRow | undefined {
  const promo = order.promoCode ? promotionByCode(db, order.promoCode) : undefined;
  if (promo === undefined) return undefined;
  const usable =
    order.promoOverride ||
    promotionUsableByClient(db, promo, { clientId: order.client.id, today, cartPids: order.lines.map((l) => l.pid) });
  return usable ? promo : undefined;
}

function insertOrder(db: Db, order: NewOrder, orderNumber: string, now: Date): number {
  return Number(
    db
      .prepare(
        `INSERT INTO orders (ordernum, userid, contactid, date, nameservers, paymentmethod, status, ipaddress)
         VALUES (?, ?, ?, ?, ?, ?, 'Pending', ?)`,
      )
      .run(
        orderNumber,
        order.client.id,
        order.contactId,
        ymdHms(now),
        order.nameservers.filter(Boolean).map(whmcsEncode).join(','),
        order.paymentMethod,
        order.ipAddress,
      ).lastInsertRowid,
  );
}

/** What one order has written so far; the services, addons and invoice lines add to it. */
interface OrderWrite {
  db: Db;
  order: NewOrder;
  now: Date;
  today: string;
  orderId: number;
  currency: CurrencyRow;
  baseCurrency: CurrencyRow;
  /** The usable promotion, if any; `promoApplied` once a service took it. */
  promo: PromotionRow | undefined;
  promoApplied: boolean;
  serviceIds: number[];
  addonIds: number[];
  domainIds: number[];
  invoiceItems: PendingInvoiceItem[];
  total: Cents;
}

/** The services of one line (`serviceCount` of them), each with its options, fields, addons and invoice lines. */
function writeServices(write: OrderWrite, item: PricedLine): void {
  const { db } = write;
  const { line, product, cycle, options, amounts, addons } = item;
  const groupName = groupById(db, product.gid)?.name ?? '';
  const { domain, ns1, ns2 } = serviceDomain(line);
  const storedDomain = whmcsEncode(domain);
  const fields = productCustomFields(db, product.id);
  const dueDate = cycle === 'free' ? NO_DATE : write.today;
  const insertOption = db.prepare('INSERT INTO service_config_options (relid, configid, optionid, qty) VALUES (?, ?, ?, ?)');
  const insertFieldValue = db.prepare('INSERT INTO custom_field_values (fieldid, relid, value) VALUES (?, ?, ?)');

  for (let unit = 0; unit < amounts.serviceCount; unit++) {
    const promo = takePromotion(write, item);
    const discount = promo ? unitDiscount(write, promo, amounts) : { onetime: 0, recurring: 0 };
    const firstPayment = amounts.setup + amounts.firstPeriod - discount.onetime;
    const serviceId = insertService(write, item, {
      domain: storedDomain,
      ns1,
      ns2,
      dueDate,
      firstPayment,
      recurring: amounts.recurring - discount.recurring,
      promoId: promo?.id ?? 0,
    });
    write.serviceIds.push(serviceId);
    write.total += firstPayment;
    if (product.stockcontrol) db.prepare('UPDATE products SET qty = qty - 1 WHERE id = ?').run(product.id);
    for (const option of options) insertOption.run(serviceId, option.configId, option.subId, option.qty);
    for (const field of fields) {
      insertFieldValue.run(field.id, serviceId, whmcsEncode(serializedScalar(line.customFields.get(String(field.id)))));
    }
    write.invoiceItems.push(
      ...serviceInvoiceItems({
        serviceId,
        title: `${groupName} - ${product.name}${storedDomain ? ` - ${storedDomain}` : ''}`,
        productName: product.name,
        item,
        dueDate,
        now: write.now,
        promoDiscount: promo && discount.onetime !== 0 ? { text: promotionLine(promo, write.currency, write.baseCurrency), amount: discount.onetime } : null,
      }),
    );
    for (const { addon, qty } of addons) writeAddon(write, addon, qty, { id: serviceId, cycle, domain: storedDomain });
  }
}

/**
 * The promotion for the next service of this line, if it applies: always with `promooverride`,
 * else when it covers the product and cycle and, for apply-once promotions, no service took it yet.
 */
function takePromotion(write: OrderWrite, { product, cycle }: PricedLine): PromotionRow | undefined {
  const { promo } = write;
  if (promo === undefined) return undefined;
  const applies =
    write.order.promoOverride || (promotionAppliesTo(promo, product.id, cycle) && !(promo.applyonce && write.promoApplied));
  if (!applies) return undefined;
  write.promoApplied = true;
  return promo;
}

function unitDiscount(write: OrderWrite, promo: PromotionRow, amounts: ItemAmounts): Discount {
  return promotionDiscount(
    promo,
    { firstPayment: amounts.setup + amounts.firstPeriod, recurring: amounts.recurring, setup: amounts.setup },
    write.currency,
    write.baseCurrency,
  );
}

interface ServiceValues {
  domain: string;
  ns1: string;
  ns2: string;
  dueDate: string;
  firstPayment: Cents;
  recurring: Cents;
  promoId: number;
}

function insertService(write: OrderWrite, { line, product, cycle, amounts }: PricedLine, values: ServiceValues): number {
  const { order } = write;
  return Number(
    write.db
      .prepare(
        `INSERT INTO services (userid, orderid, packageid, server, regdate, domain, paymentmethod, qty, firstpaymentamount,
           amount, billingcycle, nextduedate, nextinvoicedate, domainstatus, password, promoid, ns1, ns2)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Pending', ?, ?, ?, ?)`,
      )
      .run(
        order.client.id,
        write.orderId,
        product.id,
        product.servertype ? product.server_id : 0,
        write.today,
        values.domain,
        order.paymentMethod,
        amounts.serviceQty,
        values.firstPayment,
        values.recurring,
        CYCLE_DISPLAY[cycle],
        values.dueDate,
        values.dueDate,
        line.server?.rootpw ?? '',
        values.promoId,
        whmcsEncode(values.ns1),
        whmcsEncode(values.ns2),
      ).lastInsertRowid,
  );
}

/** A service's invoice lines: its setup fee, its first period (with the option lines), its promotion discount. */
function serviceInvoiceItems(service: {
  serviceId: number;
  title: string;
  productName: string;
  item: PricedLine;
  dueDate: string;
  now: Date;
  promoDiscount: { text: string; amount: Cents } | null;
}): PendingInvoiceItem[] {
  const { serviceId: relid, item, dueDate: duedate } = service;
  const items: PendingInvoiceItem[] = [];
  if (item.amounts.setup > 0) {
    items.push({ type: 'Setup', relid, description: `${service.productName} Setup Fee`, amount: item.amounts.setup, duedate });
  }
  if (item.cycle !== 'free') {
    const description = [`${service.title}${periodText(item.cycle, service.now)}`, ...item.options.map(describeSelection)].join('\n');
    items.push({ type: 'Hosting', relid, description, amount: item.amounts.firstPeriod, duedate });
  }
  if (service.promoDiscount) {
    items.push({ type: 'PromoHosting', relid, description: service.promoDiscount.text, amount: -service.promoDiscount.amount, duedate });
  }
  return items;
}

/**
 * One addon of a service: `qty` units, each charged the addon's setup fee and price (the
 * sandbox's reading of WHMCS 8.12's addon quantities), on one invoice line.
 */
function writeAddon(write: OrderWrite, addon: AddonRow, qty: number, service: { id: number; cycle: Cycle; domain: string }): void {
  const { db, order, today } = write;
  const unit = addonCycle(db, addon, write.currency.id, service.cycle);
  const [setup, price] = [unit.setup * qty, unit.price * qty];
  const dueDate = unit.cycle === 'free' ? NO_DATE : today;
  const addonId = Number(
    db
      .prepare(
        `INSERT INTO service_addons (orderid, hostingid, addonid, name, qty, setupfee, recurring, billingcycle, status, regdate,
           nextduedate, paymentmethod)
         VALUES (?, ?, ?, '', ?, ?, ?, ?, 'Pending', ?, ?, ?)`,
      )
      .run(write.orderId, service.id, addon.id, qty, setup, price, CYCLE_DISPLAY[unit.cycle], today, dueDate, order.paymentMethod)
      .lastInsertRowid,
  );
  write.addonIds.push(addonId);
  write.total += setup + price;
  if (unit.cycle !== 'free') {
    write.invoiceItems.push({
      type: 'Addon',
      relid: addonId,
      description: `${qty > 1 ? `${qty} x ` : ''}${addon.name}${service.domain ? ` - ${service.domain}` : ''}${periodText(unit.cycle, write.now)}`,
      amount: setup + price,
      duedate: today,
    });
  }
}

/**
 * One domain: its row, and its invoice line at the TLD's price plus extras, less the order's
 * promotion when that lists the TLD (`D.com`) and its period (a `PromoDomain` line, as WHMCS adds).
 */
function writeDomain(write: OrderWrite, priced: PricedDomain): void {
  const { promo } = write;
  const applies =
    promo !== undefined &&
    priced.line.type === 'register' &&
    (write.order.promoOverride || promotionAppliesToDomain(promo, priced.tldName, priced.line.years)) &&
    !(promo.applyonce && write.promoApplied);
  const discount = applies ? promotionDiscount(promo, { firstPayment: priced.price, recurring: priced.recurring, setup: 0 }, write.currency, write.baseCurrency) : null;
  if (applies) write.promoApplied = true;
  const amount = priced.price + priced.extras.reduce((sum, extra) => sum + extra.amount, 0);
  const firstPayment = amount - (discount?.onetime ?? 0);
  const domainId = insertDomain(write.db, priced, {
    orderId: write.orderId,
    clientId: write.order.client.id,
    paymentMethod: write.order.paymentMethod,
    today: write.today,
    firstPayment,
    promoId: applies ? promo.id : 0,
  });
  write.domainIds.push(domainId);
  write.total += firstPayment;
  const type = priced.line.type === 'register' ? 'DomainRegister' : 'DomainTransfer';
  write.invoiceItems.push({ type, relid: domainId, description: domainInvoiceText(priced, write.now), amount, duedate: write.today });
  if (applies && discount && discount.onetime !== 0) {
    const description = promotionLine(promo, write.currency, write.baseCurrency);
    write.invoiceItems.push({ type: 'PromoDomain', relid: domainId, description, amount: -discount.onetime, duedate: write.today });
  }
}

/** A renewal: remembered on the order (applied when paid) and billed as a `Domain` line. */
function writeRenewal(write: OrderWrite, priced: PricedRenewal): void {
  write.db
    .prepare('INSERT INTO domain_renewals (orderid, domainid, years) VALUES (?, ?, ?)')
    .run(write.orderId, priced.renewal.domainId, priced.renewal.years);
  write.total += priced.amount;
  write.invoiceItems.push({ type: 'Domain', relid: priced.renewal.domainId, description: priced.description, amount: priced.amount, duedate: priced.dueDate });
}

/** The referring affiliate earns on the new services, unless the client referred themselves. */
function linkAffiliate(db: Db, order: NewOrder, serviceIds: number[]): void {
  if (!order.affiliateId) return;
  const affiliate = db.prepare('SELECT id, clientid FROM affiliates WHERE id = ?').get(order.affiliateId) as
    | { id: number; clientid: number }
    | undefined;
  if (!affiliate || affiliate.clientid === order.client.id) return;
  const link = db.prepare('INSERT INTO affiliate_accounts (affiliateid, relid) VALUES (?, ?)');
  for (const serviceId of serviceIds) link.run(affiliate.id, serviceId);
}

/** The order's amount and invoice, and the promotion's use when a service took it. */
function recordTotals(write: OrderWrite, invoiceId: number): void {
  const { db, promo, orderId } = write;
  db.prepare('UPDATE orders SET amount = ?, invoiceid = ? WHERE id = ?').run(write.total, invoiceId, orderId);
  if (!promo || !write.promoApplied) return;
  db.prepare('UPDATE orders SET promocode = ?, promotype = ?, promovalue = ? WHERE id = ?').run(
    promo.code,
    promo.type,
    decimal(promo.value),
    orderId,
  );
  db.prepare('UPDATE promotions SET uses = uses + 1 WHERE id = ?').run(promo.id);
}

interface TaxedInvoice {
  items: (PendingInvoiceItem & { taxed: boolean })[];
  rates: { taxrate: number; taxrate2: number };
  totals: InvoiceTotals;
}

/** The invoice WHMCS would make of the items for this client: each line's tax flag, the client's rates, the totals. */
function taxedInvoice(db: Db, client: ClientRow, pending: PendingInvoiceItem[]): TaxedInvoice {
  const items = deductInclusiveTax(db, client, pending.map((item) => ({ ...item, taxed: invoiceItemTaxed(db, item) })));
  const rates = invoiceTaxRates(db, client);
  return { items, rates, totals: invoiceTotals(db, client, rates, items) };
}

/** An Unpaid invoice for the items; a zero total is marked Paid at once, as WHMCS does. */
function createInvoice(db: Db, clientId: number, paymentMethod: string, { items, rates, totals }: TaxedInvoice, now: Date): number {
  const today = ymd(now);
  const paid = totals.total <= 0;
  const invoiceId = Number(
    db
      .prepare(
        `INSERT INTO invoices (userid, date, duedate, datepaid, subtotal, tax, tax2, taxrate, taxrate2, total, status, paymentmethod)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        clientId,
        today,
        today,
        paid ? ymdHms(now) : NO_DATETIME,
        totals.subtotal,
        totals.tax,
        totals.tax2,
        rates.taxrate.toFixed(3),
        rates.taxrate2.toFixed(3),
        totals.total,
        paid ? 'Paid' : 'Unpaid',
        paymentMethod,
      ).lastInsertRowid,
  );
  const insertItem = db.prepare(
    `INSERT INTO invoice_items (invoiceid, userid, type, relid, description, amount, taxed, duedate, paymentmethod)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const item of items) {
    insertItem.run(invoiceId, clientId, item.type, item.relid, item.description, item.amount, item.taxed ? 1 : 0, item.duedate, paymentMethod);
  }
  return invoiceId;
}
