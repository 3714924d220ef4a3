'use client';

import Link from 'next/link';
import { useEffect, useId, useState } from 'react';
import useSWR from 'swr';
import { SERVICE_STATUSES, servicesQueryString, type ServicesPage, type ServicesQuery } from '@/lib/account/services-page';
import { signInPath } from '@/lib/session/next-path';
import { PayNowButton } from '@/components/checkout/PayNowButton';
import { Notice } from '@/components/ui/Notice';
import { Skeleton } from '@/components/ui/Skeleton';
import { button, card } from '@/components/ui/styles';
import { formatDate } from './format-date';
import { fetchServices, SERVICES_URL, SignedOutError } from './services-client';
import { StatusBadge } from './StatusBadge';

/**
 * The client's services, a page at a time, filtered by status. The first page comes rendered
 * from the server; changing the filter or the page asks GET /api/account/services through SWR
 * and keeps the address bar in step, so a reload or a shared link shows the same view.
 */
export function ServicesList({ initialQuery, initialPage, sandbox }: { initialQuery: ServicesQuery; initialPage: ServicesPage; sandbox: boolean }) {
  const [query, setQuery] = useState<ServicesQuery>(initialQuery);
  const key = `${SERVICES_URL}${servicesQueryString(query)}`;
  const initialKey = `${SERVICES_URL}${servicesQueryString(initialQuery)}`;
  const { data, error, isLoading, isValidating } = useSWR(key, fetchServices, {
    fallbackData: key === initialKey ? initialPage : undefined,
    keepPreviousData: true,
    revalidateOnFocus: true,
  });
  const headingId = useId();

  useEffect(() => {
    const url = `${window.location.pathname}${servicesQueryString(query)}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [query]);

  if (error instanceof SignedOutError) {
    return (
      <Notice tone="warning" title="Your session has ended" role="alert">
        <Link href={signInPath(`/account/services${servicesQueryString(query)}`)} className="font-semibold text-accent-text underline underline-offset-4">
          Sign in again
        </Link>{' '}
        to see your services.
      </Notice>
    );
  }

  const page = data;
  const counts = page?.counts;
  const first = page && page.total > 0 ? (page.page - 1) * page.pageSize + 1 : 0;
  const last = page ? first + page.services.length - 1 : 0;
  const statusWord = query.status ? `${query.status.toLowerCase()} ` : '';

  return (
    <div className="space-y-6">
      <fieldset>
        <legend className="text-sm font-semibold">Show</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[undefined, ...SERVICE_STATUSES].map((status) => {
            const count = counts ? (status ? counts[status] : counts.all) : undefined;
            if (status && count === 0 && query.status !== status) return null;
            const checked = query.status === status;
            return (
              <label
                key={status ?? 'all'}
                className={`inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm font-medium ${
                  checked ? 'border-accent bg-subtle' : 'border-line-strong bg-surface hover:bg-subtle'
                }`}
              >
                <input
                  type="radio"
                  name="status"
                  value={status ?? ''}
                  checked={checked}
                  onChange={() => setQuery({ status, page: 1 })}
                  className="size-4 accent-accent"
                />
                {status ?? 'All'}
                {count !== undefined && <span className="text-muted tabular-nums">({count})</span>}
              </label>
            );
          })}
        </div>
      </fieldset>

      <h2 id={headingId} className="sr-only">
        Services
      </h2>
      <p aria-live="polite" className="text-sm text-muted" data-testid="services-range">
        {page
          ? page.total === 0
            ? `No ${statusWord}services.`
            : `Showing ${first}–${last} of ${page.total} ${statusWord}${page.total === 1 ? 'service' : 'services'}.`
          : 'Loading your services…'}
        {isValidating && page && <span className="sr-only"> Updating…</span>}
      </p>

      {error && !page && (
        <Notice tone="warning" title="We could not load your services" role="alert">
          Our billing system did not answer. Please try again in a minute.
        </Notice>
      )}

      {isLoading && !page ? (
        <div className="space-y-3" aria-hidden="true">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-24 rounded-2xl" />
          ))}
        </div>
      ) : (
        page &&
        page.services.length > 0 && (
          <ul aria-labelledby={headingId} className={`space-y-3 ${isValidating ? 'opacity-70' : ''}`} data-testid="services-list">
            {page.services.map((service) => (
              <li key={service.id} className={`${card} p-4 sm:p-5`} data-testid="service">
                <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                  <div className="min-w-0">
                    <h3 className="font-semibold">
                      <Link href={`/account/services/${service.id}`} className="underline-offset-4 hover:underline">
                        {service.quantity > 1 && <span className="tabular-nums">{service.quantity} × </span>}
                        {service.name}
                      </Link>
                    </h3>
                    <p className="text-sm text-muted">
                      {service.groupName}
                      {service.domain && (
                        <>
                          {' · '}
                          <span className="break-all text-fg">{service.domain}</span>
                        </>
                      )}
                    </p>
                  </div>
                  <StatusBadge status={service.status} />
                </div>
                {service.details.length > 0 && <p className="mt-1 break-words text-sm text-muted">{service.details.join(' · ')}</p>}
                <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="text-muted">Billing cycle</dt>
                    <dd>{service.billingCycle}</dd>
                  </div>
                  <div>
                    <dt className="text-muted">Recurring amount</dt>
                    <dd className="tabular-nums">{service.recurringAmount ?? 'Does not renew'}</dd>
                  </div>
                  <div>
                    <dt className="text-muted">Next due</dt>
                    <dd>{service.nextDueDate ? <time dateTime={service.nextDueDate}>{formatDate(service.nextDueDate)}</time> : '—'}</dd>
                  </div>
                </dl>
                {service.payment && (
                  <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
                    <PayNowButton orderId={service.payment.orderId} invoiceId={service.payment.invoiceId} sandbox={sandbox} />
                    <span className="text-sm text-muted">Invoice #{service.payment.invoiceId} is unpaid.</span>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )
      )}

      {page && page.pageCount > 1 && (
        <nav aria-label="Pages of services" className="flex flex-wrap items-center justify-between gap-3">
          <button
            type="button"
            className={button.secondary}
            disabled={page.page <= 1}
            onClick={() => setQuery({ ...query, page: page.page - 1 })}
          >
            Previous page
          </button>
          <p className="text-sm text-muted">
            Page {page.page} of {page.pageCount}
          </p>
          <button
            type="button"
            className={button.secondary}
            disabled={page.page >= page.pageCount}
            onClick={() => setQuery({ ...query, page: page.page + 1 })}
          >
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
