import type { Metadata } from 'next';
import Link from 'next/link';
import { visitorSession } from '@/lib/visitor';
import { SignOutButton } from '@/components/account/SignOutButton';
import { button, card, container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Sign out' };

/** Where GET /sign-out leads: signing out is a button (a POST), never a link a page could load. */
export default async function SignOutConfirmPage() {
  const session = await visitorSession();
  return (
    <div className={`${container} py-10 sm:py-16`}>
      <div className={`${card} mx-auto max-w-md p-5 sm:p-6`}>
        {session ? (
          <>
            <h1 className="text-2xl font-semibold tracking-tight">Sign out?</h1>
            <p className="mt-2 text-muted">You are signed in as {session.email}. Your cart stays on this device.</p>
            <div className="mt-6 flex flex-wrap items-center gap-4">
              <SignOutButton look="button" />
              <Link href="/account/services" className={button.secondary}>
                Stay signed in
              </Link>
            </div>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-semibold tracking-tight">You are signed out</h1>
            <div className="mt-6 flex flex-wrap items-center gap-4">
              <Link href="/" className={button.primary}>
                Back to the shop
              </Link>
              <Link href="/sign-in" className={button.secondary}>
                Sign in
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
