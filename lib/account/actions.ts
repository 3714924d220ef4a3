'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requestIp } from '@/lib/auth/context';
import { continueAfterPlacing } from '@/lib/checkout/after-placing';
import { signInPath } from '@/lib/session';
import { visitorSession } from '@/lib/visitor';
import { orderAddons } from './order-addons';
import { renew } from './renew';

/**
 * "Renew now" and "Add to this service" on a service's page. A server action is a public endpoint: it validates its input
 * and re-reads the session itself; what may be renewed or added is decided from WHMCS, not the form.
 */

export interface RenewState {
  status: 'idle' | 'not-renewed';
  message?: string;
}

const id = z.coerce.number().int().positive().max(2_147_483_647);
const renewSchema = z.object({
  serviceId: id,
  renew: z.array(z.string().regex(/^(service|addon:\d{1,10})$/)).max(100),
});

export async function renewAction(_previous: RenewState, formData: FormData): Promise<RenewState> {
  const parsed = renewSchema.safeParse({ serviceId: formData.get('serviceId'), renew: formData.getAll('renew') });
  if (!parsed.success) return { status: 'not-renewed', message: 'Choose what to renew.' };
  const { serviceId, renew: chosen } = parsed.data;
  const session = await visitorSession();
  if (!session) redirect(signInPath(`/account/services/${serviceId}`));
  const outcome = await renew(
    session,
    {
      serviceId,
      renewService: chosen.includes('service'),
      addonIds: chosen.filter((value) => value.startsWith('addon:')).map((value) => Number(value.slice('addon:'.length))),
    },
    await requestIp(),
  );
  if (outcome.status === 'placed') return continueAfterPlacing(session, outcome.orderId);
  return { status: 'not-renewed', message: outcome.message };
}

export interface AddonOrderState {
  status: 'idle' | 'not-ordered';
  message?: string;
}

const addonOrderSchema = z.object({
  serviceId: id,
  addon: z.array(id).min(1).max(100),
  basis: z.string().regex(/^[\w-]{43}$/),
});

/** "Add to this service": addons for a service the customer has; which and at what price is decided from WHMCS and the catalogue. */
export async function orderAddonsAction(_previous: AddonOrderState, formData: FormData): Promise<AddonOrderState> {
  const parsed = addonOrderSchema.safeParse({ serviceId: formData.get('serviceId'), addon: formData.getAll('addon'), basis: formData.get('basis') });
  if (!parsed.success) return { status: 'not-ordered', message: 'Choose at least one addon.' };
  const { serviceId, addon, basis } = parsed.data;
  const session = await visitorSession();
  if (!session) redirect(signInPath(`/account/services/${serviceId}`));
  const outcome = await orderAddons(session, { serviceId, addonIds: addon, basis }, await requestIp());
  if (outcome.status === 'placed') return continueAfterPlacing(session, outcome.orderId);
  // A changed page is shown again with what may be ordered now.
  if (outcome.status === 'changed') refresh();
  return { status: 'not-ordered', message: outcome.message };
}
