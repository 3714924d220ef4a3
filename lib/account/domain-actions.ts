'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requestIp } from '@/lib/auth/context';
import { usesSandbox } from '@/lib/config/env';
import { signInPath } from '@/lib/session';
import { visitorSession } from '@/lib/visitor';
import { WhmcsError } from '@/lib/whmcs';
import { renewDomain } from './domains';

const renewSchema = z.object({
  domainId: z.coerce.number().int().positive().max(2_147_483_647),
  years: z.coerce.number({ message: 'Choose how long to renew for.' }).int().min(1).max(10),
});

export interface RenewState {
  domainId?: number;
  message?: string;
}

/**
 * "Renew" on My domains: places the renewal order, then on to paying it (the sandbox's invoice
 * page, or the order's receipt with its Pay now). A server action is a public endpoint: it
 * validates its input and re-reads the session itself.
 */
export async function renewDomainAction(_previous: RenewState, formData: FormData): Promise<RenewState> {
  const session = await visitorSession();
  if (!session) redirect(signInPath('/account/domains'));
  const parsed = renewSchema.safeParse({ domainId: formData.get('domainId'), years: formData.get('years') });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? 'Choose how long to renew for.' };
  let outcome: Awaited<ReturnType<typeof renewDomain>>;
  try {
    outcome = await renewDomain(session, parsed.data.domainId, parsed.data.years, await requestIp());
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    return { domainId: parsed.data.domainId, message: 'Our billing system did not answer. Nothing was ordered: please try again in a minute.' };
  }
  if (!outcome.ok) return { domainId: parsed.data.domainId, message: outcome.message };
  redirect(usesSandbox() && outcome.invoiceId ? `/sandbox/invoice/${outcome.invoiceId}` : `/order/${outcome.orderId}`);
}
