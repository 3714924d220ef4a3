import type { Metadata } from 'next';
import { listClientServices } from '@/lib/account/services';
import { servicesQueryString, parseServicesQuery } from '@/lib/account/services-page';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { usesSandbox } from '@/lib/config/env';
import { requireSession } from '@/lib/session';
import { WhmcsError } from '@/lib/whmcs';
import { ServicesList } from '@/components/account/ServicesList';
import { AccountPageHeading } from '@/components/account/AccountPageHeading';
import { SignOutButton } from '@/components/account/SignOutButton';
import { Notice } from '@/components/ui/Notice';
import { container } from '@/components/ui/styles';
import { single, type SearchParams } from '../../search-params';

export const metadata: Metadata = { title: 'Your services' };

export default async function ServicesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = parseServicesQuery({ get: (name) => single(params[name]) });
  const session = await requireSession(`/account/services${servicesQueryString(query)}`);

  let initialPage: Awaited<ReturnType<typeof listClientServices>> | null = null;
  try {
    initialPage = await listClientServices(session, query);
  } catch (error) {
    if (!(error instanceof WhmcsError || error instanceof CatalogueUnavailableError)) throw error;
  }

  return (
    <div className={`${container} py-10 sm:py-12`}>
      <AccountPageHeading
        title="Your services"
        email={session.email}
        links={[
          { href: '/account/domains', label: 'Your domains' },
          { href: '/', label: 'Order something new' },
        ]}
      >
        <SignOutButton />
      </AccountPageHeading>
      <div className="mt-8">
        {initialPage ? (
          <ServicesList initialQuery={query} initialPage={initialPage} sandbox={usesSandbox()} />
        ) : (
          <Notice tone="warning" title="We could not load your services" role="alert">
            Our billing system did not answer. Please reload this page in a minute.
          </Notice>
        )}
      </div>
    </div>
  );
}
