import type { ServerDetailsInput } from '@/lib/cart/server-details';
import type { Configuration } from '@/lib/pricing';
import type { DomainOrder, DomainStepValues } from './domain-step';

/**
 * What the configurator hands on when the customer submits a complete, valid configuration:
 * what to put in the cart. Prices are deliberately absent: whoever receives this prices it again
 * on the server, from WHMCS's catalogue.
 */
export interface ConfiguredItem {
  pid: number;
  currencyCode: string;
  configuration: Configuration;
  /** The hosting account's domain (cleaned), when the product needs one: registered, transferred or the customer's own. */
  domain?: string;
  /** The domain line to add with the item, bound to it (register or transfer); absent for an own domain. */
  domainOrder?: DomainOrder;
  /** Custom field id -> value. */
  customFields: Record<number, string>;
  /** Products of type `server`: hostname, root password and nameserver prefixes (sent once, sealed by the cart). */
  server?: ServerDetailsInput;
  promoCode?: string;
}

/**
 * The outcome of a submit action: what to tell the customer; when the server refused a field of
 * the form, the message for that field too, by the form's path (`domainStep.register`).
 */
export type ConfiguratorActionResult = { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Adds the item to the cart: a server action passed in by the page. */
export type ConfiguratorAction = (item: ConfiguredItem) => Promise<ConfiguratorActionResult>;

/**
 * A cart item being edited: what the customer entered for it that its link does not carry (custom
 * fields may hold things that do not belong in a URL), read from the cart.
 */
export interface EditedItem {
  itemId: string;
  customFields: Record<number, string>;
  /** The domain step as the item was added: its bound registration or transfer; undefined for an own domain. */
  domainStep?: DomainStepValues;
}
