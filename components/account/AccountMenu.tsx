'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import useSWR from 'swr';
import type { SessionSummary } from '@/lib/session/data';

const ACCOUNT_SESSION_URL = '/api/account/session';

async function fetchSession(url: string): Promise<SessionSummary> {
  const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as SessionSummary;
}

const link = 'inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-fg hover:bg-subtle';

/**
 * The header's account links. Catalogue pages are static, so who is signed in is asked in the
 * browser (GET /api/account/session). Until the answer arrives it shows "Account", which is
 * right either way: /account/services sends a signed-out visitor to sign in.
 */
export function AccountMenu() {
  const { data, mutate } = useSWR(ACCOUNT_SESSION_URL, fetchSession, { revalidateOnFocus: true, dedupingInterval: 0, errorRetryCount: 2 });
  // The header outlives client-side navigations, and signing in is one (a server action redirects).
  const pathname = usePathname();
  useEffect(() => {
    void mutate();
  }, [pathname, mutate]);

  if (data && !data.signedIn) {
    return (
      <Link href="/sign-in" className={link} data-testid="account-nav">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-1" data-testid="account-nav">
      <Link href="/account/services" className={link}>
        Account
      </Link>
      {data?.signedIn && (
        // A plain form: signing out works without JavaScript, and POST keeps it off prefetching and image tags.
        <form method="post" action="/sign-out">
          <button type="submit" className={link}>
            Sign out
          </button>
        </form>
      )}
    </div>
  );
}
