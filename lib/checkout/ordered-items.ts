import type { Catalogue } from '@/lib/catalogue/model';
import { cycleLabel, parseCycle } from '@/lib/pricing';
import type { Minor, Order, Service } from '@/lib/whmcs/types';

/**
 * What an order or a service holds, in the words the cart used: "5 × Business Mail", "Free",
 * "Extra RAM: 4 GB", "Email domain: example.com". Pure.
 *
 * GetOrders' lines name only the product, its cycle, domain and amount: the quantity, options
 * and custom fields live on the services the order created (GetClientsProducts, matched by the
 * line's `relid`). Separate services of one product (allowqty 1) with the same details make one
 * line, as they were one cart line.
 */
export interface OrderedItem {
  name: string;
  quantity: number;
  /** "Monthly", "One time", "Free"; WHMCS's own words when they are not a cycle we know. */
  cycle: string;
  domain: string;
  /** Options, then the custom fields the customer filled in. */
  details: string[];
  amount: Minor;
}

/** Which custom fields of a product the customer sees (not admin-only ones); null when the product is unknown. */
export type CustomerFields = (pid: number) => ReadonlySet<number> | null;

/** The custom fields GetProducts lists (it leaves admin-only ones out); none for a product it no longer lists. */
export function customerFieldsIn(catalogue: Catalogue | null): CustomerFields {
  return (pid) => {
    const product = catalogue?.products.find((candidate) => candidate.pid === pid);
    return product ? new Set(product.customFields.map((field) => field.id)) : null;
  };
}

/** WHMCS's cycle name ("Free Account", "Semi-Annually") as the cart says it ("Free", "Semi-annually"). */
export function cycleWords(whmcsCycle: string): string {
  const cycle = parseCycle(whmcsCycle);
  return cycle ? cycleLabel(cycle) : whmcsCycle;
}

function optionLabel(option: Service['configOptions'][number]): string | null {
  const value = option.value.trim();
  switch (option.kind) {
    case 'yesno':
      return value === '1' ? option.name : null;
    case 'quantity':
      return Number(value) > 0 ? `${option.name} x ${value}` : null;
    default:
      return value ? `${option.name}: ${value}` : null;
  }
}

/** A service's options and the custom fields the customer may see, as text. */
export function serviceDetails(service: Service, customerFields: CustomerFields): string[] {
  const visible = customerFields(service.pid);
  const options = service.configOptions.map(optionLabel).filter((label) => label !== null);
  const fields = service.customFields
    .filter((field) => visible?.has(field.id) && field.value.trim())
    .map((field) => `${field.name}: ${field.value.trim()}`);
  return [...options, ...fields];
}

const DOMAIN_LINE_NAMES: Record<string, string> = { register: 'Domain registration', transfer: 'Domain transfer', renewal: 'Domain renewal' };

/** A domain line of GetOrders (`type` domain or renewal; `billingcycle` is the years) in the cart's words, else null. */
function domainItem(line: Order['lines'][number]): OrderedItem | null {
  const type = line.type.toLowerCase();
  if (type !== 'domain' && type !== 'renewal') return null;
  const years = Number.parseInt(line.billingCycle, 10);
  return {
    name: DOMAIN_LINE_NAMES[type === 'renewal' ? 'renewal' : line.product.toLowerCase()] ?? `Domain ${line.product.toLowerCase()}`,
    quantity: 1,
    cycle: years === 1 ? '1 year' : Number.isInteger(years) ? `${years} years` : line.billingCycle,
    domain: line.domain,
    details: [],
    amount: line.amount,
  };
}

/** The order's lines with what the customer chose, one line per cart line. */
export function orderedItems(order: Pick<Order, 'lines'>, services: readonly Service[], customerFields: CustomerFields): OrderedItem[] {
  const byId = new Map(services.map((service) => [service.id, service]));
  const items: (OrderedItem & { key: string })[] = [];
  for (const line of order.lines) {
    const domain = domainItem(line);
    if (domain) {
      items.push({ ...domain, key: `domain:${line.type}:${line.relId}` });
      continue;
    }
    const service = line.type.toLowerCase() === 'product' ? byId.get(line.relId) : undefined;
    const item: OrderedItem = service
      ? {
          name: service.name,
          quantity: service.quantity,
          cycle: cycleWords(service.billingCycle),
          domain: service.domain,
          details: serviceDetails(service, customerFields),
          amount: line.amount,
        }
      : { name: line.product, quantity: 1, cycle: cycleWords(line.billingCycle), domain: line.domain, details: [], amount: line.amount };
    const key = JSON.stringify([service?.pid ?? line.product, item.cycle, item.domain, item.details]);
    const same = service ? items.find((candidate) => candidate.key === key) : undefined;
    if (same) {
      same.quantity += item.quantity;
      same.amount += item.amount;
    } else {
      items.push({ ...item, key });
    }
  }
  return items.map(({ key: _key, ...item }) => item);
}
