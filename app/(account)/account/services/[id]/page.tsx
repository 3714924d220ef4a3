import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getServiceDetail } from '@/lib/account/service';
import { isServiceStatus } from '@/lib/account/services-page';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { requireSession } from '@/lib/session';
import { WhmcsError } from '@/lib/whmcs';
import { formatDate } from '@/components/account/format-date';
import { AddonOrderForm } from '@/components/account/AddonOrderForm';
import { RenewForm } from '@/components/account/RenewForm';
import { StatusBadge } from '@/components/account/StatusBadge';
import { Notice } from '@/components/ui/Notice';
import { card, container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Your service' };

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

function DateOrDash({ value }: { value: string | null }) {
  return value ? <time dateTime={value}>{formatDate(value)}</time> : <>—</>;
}

export default async function ServicePage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const session = await requireSession(`/account/services/${id.data}`);

  let detail: Awaited<ReturnType<typeof getServiceDetail>>;
  try {
    detail = await getServiceDetail(session, id.data);
  } catch (error) {
    if (!(error instanceof WhmcsError || error instanceof CatalogueUnavailableError)) throw error;
    return (
      <div className={`${container} py-10 sm:py-12`}>
        <Notice tone="warning" title="We could not load this service" role="alert">
          Our billing system did not answer. Please reload this page in a minute.
        </Notice>
      </div>
    );
  }
  // Another client's service and a missing one look the same.
  if (!detail) notFound();

  const canRenew = detail.renewable || detail.addons.some((addon) => addon.renewable);
  return (
    <div className={`${container} space-y-8 py-10 sm:py-12`}>
      <div>
        <Link href="/account/services" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent-text underline-offset-4 hover:underline">
          ← All services
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-3xl font-semibold tracking-tight">
              {detail.quantity > 1 && <span className="tabular-nums">{detail.quantity} × </span>}
              {detail.name}
            </h1>
            <p className="mt-1 text-muted">
              {detail.groupName}
              {detail.domain && <> · <span className="break-all text-fg">{detail.domain}</span></>}
            </p>
          </div>
          <StatusBadge status={detail.status} />
        </div>
      </div>

      <section aria-labelledby="service-billing" className={`${card} p-5`}>
        <h2 id="service-billing" className="text-lg font-semibold">
          Billing
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-3" data-testid="service-billing">
          <div>
            <dt className="text-muted">Billing cycle</dt>
            <dd>{detail.billingCycle}</dd>
          </div>
          <div>
            <dt className="text-muted">First payment</dt>
            <dd className="tabular-nums">{detail.firstPaymentAmount}</dd>
          </div>
          <div>
            <dt className="text-muted">Recurring amount</dt>
            <dd className="tabular-nums">{detail.recurringAmount ?? 'Does not renew'}</dd>
          </div>
          <div>
            <dt className="text-muted">Next due</dt>
            <dd>
              <DateOrDash value={detail.nextDueDate} />
            </dd>
          </div>
          <div>
            <dt className="text-muted">Since</dt>
            <dd>
              <DateOrDash value={detail.registrationDate} />
            </dd>
          </div>
          <div>
            <dt className="text-muted">Payment method</dt>
            <dd>{detail.paymentMethodName}</dd>
          </div>
        </dl>
      </section>

      {detail.details.length > 0 && (
        <section aria-labelledby="service-options" className={`${card} p-5`}>
          <h2 id="service-options" className="text-lg font-semibold">
            Options
          </h2>
          <ul className="mt-3 space-y-1 text-sm">
            {detail.details.map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="service-addons" className={`${card} p-5`}>
        <h2 id="service-addons" className="text-lg font-semibold">
          Addons
        </h2>
        {detail.addons.length === 0 ? (
          <p className="mt-2 text-sm text-muted">This service has no addons.</p>
        ) : (
          <ul className="mt-3 divide-y divide-line text-sm" data-testid="service-addons">
            {detail.addons.map((addon) => (
              <li key={addon.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
                <span className="font-medium">{addon.name}</span>
                <span className="text-muted">
                  {addon.billingCycle}
                  {addon.recurringAmount && <> · <span className="tabular-nums">{addon.recurringAmount}</span></>}
                  {addon.nextDueDate && (
                    <>
                      {' · next due '}
                      <DateOrDash value={addon.nextDueDate} />
                    </>
                  )}
                </span>
                {isServiceStatus(addon.status) ? <StatusBadge status={addon.status} /> : <span className="text-sm">{addon.status}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {detail.offers.length > 0 && (
        <section aria-labelledby="service-add-addons" className={`${card} p-5`}>
          <h2 id="service-add-addons" className="text-lg font-semibold">
            Add to this service
          </h2>
          <p className="mt-1 text-sm text-muted">Recurring addons are billed at the service&rsquo;s billing cycle; the first period and any setup fee are invoiced now.</p>
          <div className="mt-4">
            <AddonOrderForm serviceId={detail.id} basis={detail.addonsBasis} offers={detail.offers} />
          </div>
        </section>
      )}

      {canRenew && (
        <section aria-labelledby="service-renew" className={`${card} p-5`}>
          <h2 id="service-renew" className="text-lg font-semibold">
            Renew early
          </h2>
          <p className="mt-1 text-sm text-muted">Pay for the next period now; the next due date moves on once the invoice is paid.</p>
          <div className="mt-4">
            <RenewForm serviceId={detail.id} serviceName={detail.name} serviceRenewable={detail.renewable} addons={detail.addons} />
          </div>
        </section>
      )}
    </div>
  );
}
