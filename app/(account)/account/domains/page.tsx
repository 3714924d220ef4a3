import type { Metadata } from 'next';
import Link from 'next/link';
import { listClientDomains } from '@/lib/account/domains';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { formatMoney } from '@/lib/pricing';
import { requireSession } from '@/lib/session';
import { WhmcsError } from '@/lib/whmcs';
import { AccountPageHeading } from '@/components/account/AccountPageHeading';
import { RenewDomainForm } from '@/components/account/RenewDomainForm';
import { Notice } from '@/components/ui/Notice';
import { card, container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Your domains' };

const DATE = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

function expiryText(expiry: string | null, daysLeft: number | null): string {
  if (!expiry || daysLeft === null) return 'Not registered yet';
  const date = DATE.format(new Date(`${expiry}T00:00:00Z`));
  if (daysLeft < 0) return `Expired ${date}`;
  if (daysLeft === 0) return `Expires today (${date})`;
  return `Expires ${date} (in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'})`;
}

/** My domains (GetClientsDomains): status, expiry, auto-renew, and Renew for the renewable ones. */
export default async function DomainsPage() {
  const session = await requireSession('/account/domains');
  let loaded: Awaited<ReturnType<typeof listClientDomains>> | null = null;
  try {
    loaded = await listClientDomains(session);
  } catch (error) {
    if (!(error instanceof WhmcsError || error instanceof CatalogueUnavailableError)) throw error;
  }
  return (
    <div className={`${container} py-10 sm:py-12`}>
      <AccountPageHeading
        title="Your domains"
        email={session.email}
        links={[
          { href: '/account/services', label: 'Your services' },
          { href: '/domains', label: 'Find a new domain' },
        ]}
      />
      <div className="mt-8">
        {!loaded ? (
          <Notice tone="warning" title="We could not load your domains" role="alert">
            Our billing system did not answer. Please reload this page in a minute.
          </Notice>
        ) : loaded.domains.length === 0 ? (
          <Notice title="You have no domains with us yet">
            <Link href="/domains" className="font-semibold text-accent-text underline underline-offset-4">
              Search for one
            </Link>
            .
          </Notice>
        ) : (
          <ul className={`${card} divide-y divide-line`}>
            {loaded.domains.map(({ domain, daysLeft, expiringSoon, renewOptions }) => (
              <li key={domain.id} className="flex flex-wrap items-center justify-between gap-4 px-4 py-4" data-domain={domain.domain}>
                <div>
                  <p className="font-semibold break-all">{domain.domain}</p>
                  <p className="text-sm">
                    <span className="font-medium">{domain.status}</span>
                    <span className="text-muted"> · {expiryText(domain.expiryDate, daysLeft)}</span>
                    {expiringSoon && <span className="ml-2 rounded-full border border-warning-line bg-warning-bg px-2 py-0.5 text-xs font-semibold">Expires soon</span>}
                  </p>
                  <p className="text-sm text-muted">
                    Auto-renew {domain.autoRenew ? 'on' : 'off'} · renews at {formatMoney(domain.recurring, loaded.currency)}
                  </p>
                </div>
                {renewOptions.length > 0 && (
                  <RenewDomainForm
                    domainId={domain.id}
                    domain={domain.domain}
                    options={renewOptions.map((option) => ({ years: option.years, label: formatMoney(option.price, loaded.currency) }))}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
