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
  type Db,
  type ProductRow,
  type ServiceRow,
} from '../rows';
import { whmcsEncode } from '../text';
import { serializedScalar } from '../wire/params';
import { QUANTITY_MULTIPLE, itemAmounts, type ItemAmounts } from './amounts';
import { describeSelection, resolveConfigOptions, type OptionSelection } from './configOptions';
import { promotionAppliesTo, promotionByCode, promotionDiscount, promotionLine, promotionUsableByClient } from './promotions';

/** One product line of AddOrder (`pid[i]`, `billingcycle[i]`, `qty[i]`, ...). */
export interface OrderLine {
  pid: number;
  /** As sent; normalised here. Missing: the product's first enabled cycle, as WHMCS does. */
  billingCycle?: string;
  qty: number;
  domain: string;
  configOptions: Map<string, unknown>;
  customFields: Map<string, unknown>;
  addonIds: number[];
  server: { hostname: string; ns1prefix: string; ns2prefix: string; rootpw: string } | null;
  priceOverride?: Cents;
}

/** An addon ordered for a service the client already has (`addonid` + `serviceid`). */
export interface AddonOnlyLine {
  addon: AddonRow;
  service: ServiceRow;
}

export interface NewOrder {
  client: ClientRow;
  paymentMethod: string;
  lines: OrderLine[];
  addonOnly: AddonOnlyLine[];
  promoCode: string;
  promoOverride: boolean;
  noInvoice: boolean;
  ipAddress: string;
  affiliateId: number;
  contactId: number;
  nameservers: string[];
}

export interface PlacedOrder {
  orderId: number;
  orderNumber: string;
  serviceIds: number[];
  addonIds: number[];
  /** 0 when no invoice was raised (noinvoice, or nothing to charge). */
  invoiceId: number;
}

interface PricedLine {
  line: OrderLine;
  product: ProductRow;
  cycle: Cycle;
  options: OptionSelection[];
  amounts: ItemAmounts;
  addons: AddonRow[];
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

function addonCycle(db: Db, addon: AddonRow, currencyId: number, serviceCycle: Cycle): { cycle: Cycle; setup: Cents; price: Cents } {
  const row = pricingRow(db, 'addon', addon.id, currencyId);
  const cycle: Cycle =
    isRecurringCycle(serviceCycle) && row && row[serviceCycle] >= 0 ? serviceCycle : (firstEnabledCycle(row) ?? 'free');
  const { price, setup } = priceFor(row, cycle);
  return { cycle, setup, price };
}

/**
 * Validates and writes one AddOrder: the order, its services (with config options and custom
 * field values), addons, stock, promotion use, affiliate links and the invoice, in one
 * IMMEDIATE transaction so concurrent orders from several processes cannot oversell stock.
 * Throws ApiError (nothing written) when a line is invalid.
 */
export function placeOrder(db: Db, order: NewOrder, now: Date): PlacedOrder {
  return db.transaction(() => placeOrderNow(db, order, now)).immediate();
}

function placeOrderNow(db: Db, order: NewOrder, now: Date): PlacedOrder {
  const today = ymd(now);
  const currency = clientCurrency(db, order.client);
  const baseCurrency = defaultCurrency(db);

  const reservedStock = new Map<number, number>();
  const priced: PricedLine[] = order.lines.map((line) => {
    const product = productById(db, line.pid);
    if (!product) throw new ApiError('Invalid Product ID');
    const cycle = resolveCycle(db, product, line.billingCycle, currency.id);
    const options = resolveConfigOptions(db, product.id, cycle, currency.id, line.configOptions);
    let qty = product.allowqty ? Math.max(1, line.qty) : 1;
    if (product.stockcontrol) {
      const available = product.qty - (reservedStock.get(product.id) ?? 0);
      if (available <= 0) throw new ApiError('Out of Stock');
      // WHMCS quietly lowers the quantity of separate services to what is left in stock.
      if (product.allowqty === QUANTITY_MULTIPLE && qty > available) qty = available;
    }
    const { price, setup } = priceFor(pricingRow(db, 'product', product.id, currency.id), cycle);
    const amounts = itemAmounts({
      productPrice: price,
      productSetup: setup,
      cycle,
      options,
      qty,
      allowqty: product.allowqty,
      priceOverride: line.priceOverride,
    });
    if (product.stockcontrol) reservedStock.set(product.id, (reservedStock.get(product.id) ?? 0) + amounts.serviceCount);
    const addons = line.addonIds.map((id) => {
      const addon = db.prepare('SELECT * FROM addons WHERE id = ?').get(id) as AddonRow | undefined;
      if (!addon) throw new ApiError('Addon ID invalid');
      return addon;
    });
    return { line, product, cycle, options, amounts, addons };
  });

  const promo = order.promoCode ? promotionByCode(db, order.promoCode) : undefined;
  const promoUsable =
    promo !== undefined &&
    (order.promoOverride ||
      promotionUsableByClient(db, promo, { clientId: order.client.id, today, cartPids: order.lines.map((l) => l.pid) }));
  let promoApplied = false;

  const orderNumber = uniqueOrderNumber(db);
  const orderId = Number(
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

  const insertService = db.prepare(
    `INSERT INTO services (userid, orderid, packageid, server, regdate, domain, paymentmethod, qty, firstpaymentamount,
       amount, billingcycle, nextduedate, nextinvoicedate, domainstatus, password, promoid, ns1, ns2)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Pending', ?, ?, ?, ?)`,
  );
  const insertOption = db.prepare('INSERT INTO service_config_options (relid, configid, optionid, qty) VALUES (?, ?, ?, ?)');
  const insertFieldValue = db.prepare('INSERT INTO custom_field_values (fieldid, relid, value) VALUES (?, ?, ?)');
  const insertAddon = db.prepare(
    `INSERT INTO service_addons (orderid, hostingid, addonid, name, setupfee, recurring, billingcycle, status, regdate,
       nextduedate, paymentmethod)
     VALUES (?, ?, ?, '', ?, ?, ?, 'Pending', ?, ?, ?)`,
  );
  const decrementStock = db.prepare('UPDATE products SET qty = qty - 1 WHERE id = ?');

  const serviceIds: number[] = [];
  const addonIds: number[] = [];
  const invoiceItems: PendingInvoiceItem[] = [];
  let orderTotal = 0;

  const addAddon = (addon: AddonRow, service: { id: number; cycle: Cycle; domain: string }) => {
    const { cycle, setup, price } = addonCycle(db, addon, currency.id, service.cycle);
    const dueDate = cycle === 'free' ? NO_DATE : today;
    const addonId = Number(
      insertAddon.run(orderId, service.id, addon.id, setup, price, CYCLE_DISPLAY[cycle], today, dueDate, order.paymentMethod)
        .lastInsertRowid,
    );
    addonIds.push(addonId);
    orderTotal += setup + price;
    if (cycle !== 'free') {
      invoiceItems.push({
        type: 'Addon',
        relid: addonId,
        description: `${addon.name}${service.domain ? ` - ${service.domain}` : ''}${periodText(cycle, now)}`,
        amount: setup + price,
        duedate: today,
      });
    }
  };

  for (const { line, product, cycle, options, amounts, addons } of priced) {
    const group = groupById(db, product.gid);
    const { domain, ns1, ns2 } = serviceDomain(line);
    const storedDomain = whmcsEncode(domain);
    const fields = productCustomFields(db, product.id);
    const dueDate = cycle === 'free' ? NO_DATE : today;
    for (let unit = 0; unit < amounts.serviceCount; unit++) {
      const applies =
        promo !== undefined &&
        promoUsable &&
        (order.promoOverride || (promotionAppliesTo(promo, product.id, cycle) && !(promo.applyonce && promoApplied)));
      const discount = applies
        ? promotionDiscount(
            promo,
            { firstPayment: amounts.setup + amounts.firstPeriod, recurring: amounts.recurring, setup: amounts.setup },
            currency,
            baseCurrency,
          )
        : { onetime: 0, recurring: 0 };
      if (applies) promoApplied = true;
      const firstPayment = amounts.setup + amounts.firstPeriod - discount.onetime;
      const recurring = amounts.recurring - discount.recurring;
      const serviceId = Number(
        insertService.run(
          order.client.id,
          orderId,
          product.id,
          product.servertype ? product.server_id : 0,
          today,
          storedDomain,
          order.paymentMethod,
          amounts.serviceQty,
          firstPayment,
          recurring,
          CYCLE_DISPLAY[cycle],
          dueDate,
          dueDate,
          line.server?.rootpw ?? '',
          applies && promo ? promo.id : 0,
          whmcsEncode(ns1),
          whmcsEncode(ns2),
        ).lastInsertRowid,
      );
      serviceIds.push(serviceId);
      orderTotal += firstPayment;
      if (product.stockcontrol) decrementStock.run(product.id);
      for (const option of options) insertOption.run(serviceId, option.configId, option.subId, option.qty);
      for (const field of fields) {
        insertFieldValue.run(field.id, serviceId, whmcsEncode(serializedScalar(line.customFields.get(String(field.id)))));
      }

      if (amounts.setup > 0) {
        invoiceItems.push({ type: 'Setup', relid: serviceId, description: `${product.name} Setup Fee`, amount: amounts.setup, duedate: dueDate });
      }
      if (cycle !== 'free') {
        const description = [
          `${group?.name ?? ''} - ${product.name}${storedDomain ? ` - ${storedDomain}` : ''}${periodText(cycle, now)}`,
          ...options.map(describeSelection),
        ].join('\n');
        invoiceItems.push({ type: 'Hosting', relid: serviceId, description, amount: amounts.firstPeriod, duedate: dueDate });
      }
      if (applies && promo && discount.onetime !== 0) {
        invoiceItems.push({
          type: 'PromoHosting',
          relid: serviceId,
          description: promotionLine(promo, currency, baseCurrency),
          amount: -discount.onetime,
          duedate: dueDate,
        });
      }
      for (const addon of addons) addAddon(addon, { id: serviceId, cycle, domain: storedDomain });
    }
  }

  for (const { addon, service } of order.addonOnly) {
    addAddon(addon, { id: service.id, cycle: cycleFromDisplay(service.billingcycle) ?? 'free', domain: service.domain });
  }

  if (order.affiliateId) {
    const affiliate = db.prepare('SELECT id, clientid FROM affiliates WHERE id = ?').get(order.affiliateId) as
      | { id: number; clientid: number }
      | undefined;
    if (affiliate && affiliate.clientid !== order.client.id) {
      const link = db.prepare('INSERT INTO affiliate_accounts (affiliateid, relid) VALUES (?, ?)');
      for (const serviceId of serviceIds) link.run(affiliate.id, serviceId);
    }
  }

  let invoiceId = 0;
  if (!order.noInvoice && invoiceItems.length > 0) {
    invoiceId = createInvoice(db, order.client.id, order.paymentMethod, invoiceItems, now);
  }

  db.prepare('UPDATE orders SET amount = ?, invoiceid = ? WHERE id = ?').run(orderTotal, invoiceId, orderId);
  if (promo && promoApplied) {
    db.prepare('UPDATE orders SET promocode = ?, promotype = ?, promovalue = ? WHERE id = ?').run(
      promo.code,
      promo.type,
      decimal(promo.value),
      orderId,
    );
    db.prepare('UPDATE promotions SET uses = uses + 1 WHERE id = ?').run(promo.id);
  }

  return { orderId, orderNumber, serviceIds, addonIds, invoiceId };
}

/** An Unpaid invoice for the items; a zero total is marked Paid at once, as WHMCS does. */
function createInvoice(db: Db, clientId: number, paymentMethod: string, items: PendingInvoiceItem[], now: Date): number {
  const today = ymd(now);
  const total = items.reduce((sum, item) => sum + item.amount, 0);
  const paid = total <= 0;
  const invoiceId = Number(
    db
      .prepare(
        `INSERT INTO invoices (userid, date, duedate, datepaid, subtotal, total, status, paymentmethod)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        clientId,
        today,
        today,
        paid ? ymdHms(now) : NO_DATETIME,
        total,
        total,
        paid ? 'Paid' : 'Unpaid',
        paymentMethod,
      ).lastInsertRowid,
  );
  const insertItem = db.prepare(
    `INSERT INTO invoice_items (invoiceid, userid, type, relid, description, amount, duedate, paymentmethod)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const item of items) {
    insertItem.run(invoiceId, clientId, item.type, item.relid, item.description, item.amount, item.duedate, paymentMethod);
  }
  return invoiceId;
}
