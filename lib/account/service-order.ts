import 'server-only';
import { checkoutDeps } from '@/lib/checkout/deps';
import { placeOnce, type CheckoutOutcome, type OrderWording, type PlacingDeps } from '@/lib/checkout/submit-order';
import type { SessionData } from '@/lib/session/data';
import { getPaymentMethods, WhmcsError } from '@/lib/whmcs';
import type { ClientAddon, OrderRequest, Service } from '@/lib/whmcs/types';
import { getOwnService } from './service';

/**
 * What every order placed from a service's page (renewals, addons) starts from: the service as
 * WHMCS reports it now (ownership checked), how it will be paid, and checkout's placing
 * machinery with that kind's words. These orders name no cart: nothing leaves one once placed.
 */

const NO_CART = 'account';

export function accountPlacingDeps(wording: OrderWording): PlacingDeps {
  return { ...checkoutDeps(), cart: { removeOrdered: async () => {} }, wording };
}

type ServiceOrderStart = { ok: true; service: Service; addons: ClientAddon[]; paymentMethod: string } | { ok: false; outcome: CheckoutOutcome };

/**
 * The client's service with its addons and the payment method to send: the service's own while
 * WHMCS still offers it, else WHMCS's first. "Not yours" is WHMCS's own refusal, in `wording`.
 */
export async function startServiceOrder(session: SessionData, serviceId: number, wording: OrderWording): Promise<ServiceOrderStart> {
  const unavailable = { ok: false, outcome: { status: 'not-placed', message: wording.messages.unavailable } } as const;
  let own: Awaited<ReturnType<typeof getOwnService>>;
  let methods: Awaited<ReturnType<typeof getPaymentMethods>>;
  try {
    [own, methods] = await Promise.all([getOwnService(session, serviceId), getPaymentMethods()]);
  } catch (error) {
    if (error instanceof WhmcsError) return unavailable;
    throw error;
  }
  if (!own) return { ok: false, outcome: { status: 'not-placed', message: wording.refusal('Service ID not owned by Client ID provided').message } };
  const paymentMethod = methods.find((method) => method.module === own.service.paymentMethod)?.module ?? methods[0]?.module;
  if (!paymentMethod) return unavailable;
  return { ok: true, ...own, paymentMethod };
}

/** Who places an order from a service's page, under which key, paid how. */
interface ServiceOrderPlacing {
  key: string;
  clientId: number;
  paymentMethod: string;
  clientIp: string | null;
}

/** What the order is: its fingerprints, the lines WHMCS will list, what it renews or adds. */
interface ServiceOrderContent {
  fingerprints: { contentFingerprint: string; fingerprint: string };
  /** To recognise the order in WHMCS when its answer was lost. */
  expectedProducts: string[];
  /** AddOrder's renewal and service-addon lists. */
  lines: Pick<OrderRequest, 'serviceRenewals' | 'addonRenewals' | 'serviceAddons'>;
}

/**
 * Places an order from a service's page once, by checkout's `placeOnce`: no cart and no
 * products, the rest as checkout places any order (a double submit gets the first order).
 */
export function placeServiceOrder(deps: PlacingDeps, placing: ServiceOrderPlacing, content: ServiceOrderContent): Promise<CheckoutOutcome> {
  const { key, clientId, paymentMethod, clientIp } = placing;
  return placeOnce(
    deps,
    { key, clientId, cartId: NO_CART, ...content.fingerprints, itemIds: [], expectedProducts: content.expectedProducts },
    { clientId, paymentMethod, items: [], ...content.lines, clientIp: clientIp ?? undefined },
  );
}
