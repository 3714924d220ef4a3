'use client';

import { useId } from 'react';
import { renewAction, type RenewState } from '@/lib/account/actions';
import type { AddonDetail } from '@/lib/account/service-page';
import { Notice } from '@/components/ui/Notice';
import { button } from '@/components/ui/styles';
import { useFormAction } from './use-form-action';

const INITIAL: RenewState = { status: 'idle' };

/**
 * "Renew now": the service and any of its renewable addons, on one invoice. The customer then
 * pays it like any order's invoice. Renewing twice (a double click, a second tab) gives one order.
 */
export function RenewForm({ serviceId, serviceName, serviceRenewable, addons }: { serviceId: number; serviceName: string; serviceRenewable: boolean; addons: AddonDetail[] }) {
  const { state, pending, formRef, onSubmit, formAction } = useFormAction(renewAction, INITIAL);
  const legendId = useId();
  const renewableAddons = addons.filter((addon) => addon.renewable);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-label="Renew now" className="space-y-4">
      <input type="hidden" name="serviceId" value={serviceId} />
      <fieldset aria-labelledby={legendId}>
        <legend id={legendId} className="text-sm font-semibold">
          What to renew for one more period
        </legend>
        <div className="mt-2 space-y-2">
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
        </div>
      </fieldset>
      {state.status === 'not-renewed' && state.message && (
        <Notice tone="warning" title="Not renewed" role="alert">
          {state.message}
        </Notice>
      )}
      <button type="submit" className={button.primary} disabled={pending} aria-disabled={pending}>
        {pending ? 'Renewing…' : 'Renew now'}
      </button>
    </form>
  );
}
