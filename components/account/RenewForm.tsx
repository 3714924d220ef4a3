'use client';

import { renewAction, type RenewState } from '@/lib/account/actions';
import type { AddonDetail } from '@/lib/account/service-page';
import { ServiceOrderForm } from './ServiceOrderForm';

const INITIAL: RenewState = { status: 'idle' };

/**
 * "Renew now": the service and any of its renewable addons, on one invoice. The customer then
 * pays it like any order's invoice. Renewing twice (a double click, a second tab) gives one order.
 */
export function RenewForm({ serviceId, serviceName, serviceRenewable, addons }: { serviceId: number; serviceName: string; serviceRenewable: boolean; addons: AddonDetail[] }) {
  const renewableAddons = addons.filter((addon) => addon.renewable);
  return (
    <ServiceOrderForm
      action={renewAction}
      initial={INITIAL}
      label="Renew now"
      hidden={{ serviceId }}
      legend="What to renew for one more period"
      refusalTitle="Not renewed"
      submit={{ idle: 'Renew now', pending: 'Renewing…' }}
    >
      {() => (
        <>
          {serviceRenewable && (
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input type="checkbox" name="renew" value="service" defaultChecked className="size-5 accent-accent" />
              {serviceName}
            </label>
          )}
          {renewableAddons.map((addon) => (
            <label key={addon.id} className="flex min-h-11 items-center gap-3 text-sm">
              <input type="checkbox" name="renew" value={`addon:${addon.id}`} className="size-5 accent-accent" />
              {addon.name}
              {addon.recurringAmount && <span className="text-muted tabular-nums">({addon.recurringAmount})</span>}
            </label>
          ))}
        </>
      )}
    </ServiceOrderForm>
  );
}
