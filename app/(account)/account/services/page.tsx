import type { Metadata } from 'next';
import Link from 'next/link';
import { listClientServices } from '@/lib/account/services';
import { servicesQueryString, parseServicesQuery } from '@/lib/account/services-page';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { usesSandbox } from '@/lib/config/env';
import { requireSession } from '@/lib/session';
import { WhmcsError } from '@/lib/whmcs';
import { ServicesList } from '@/components/account/ServicesList';
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
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Your services</h1>
          <p className="mt-1 text-muted">Signed in as {session.email}.</p>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <Link href="/account/domains" className="inline-flex min-h-11 items-center font-semibold text-accent-text underline-offset-4 hover:underline">
            Your domains
          </Link>
          <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-accent-text underline-offset-4 hover:underline">
            Order something new
          </Link>
          <SignOutButton />
        </div>
      </div>
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
