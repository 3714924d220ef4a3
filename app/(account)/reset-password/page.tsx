import type { Metadata } from 'next';
import Link from 'next/link';
import { usesSandbox } from '@/lib/config/env';
import { safeNextPath } from '@/lib/session';
import { PasswordResetForm } from '@/components/account/PasswordResetForm';
import { Notice } from '@/components/ui/Notice';
import { card, container } from '@/components/ui/styles';
import { single, type SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Reset your password' };

/** "Forgot your password?": WHMCS emails a link (ResetPassword); the new password is chosen there. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const next = safeNextPath(single((await searchParams).next));
  return (
    <div className={`${container} py-10 sm:py-16`}>
      <div className="mx-auto max-w-md space-y-6">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Reset your password</h1>
          <p className="mt-2 text-muted">Your password is the one of your billing account; the new one works here and in the billing portal.</p>
        </div>
        {usesSandbox() && (
          <Notice title="Sandbox">
            No email leaves this demo: the reset email appears in the{' '}
            <Link href="/sandbox/mail" className="font-semibold text-accent-text underline underline-offset-4">
              sandbox mailbox
            </Link>
            , readable from this computer only.
          </Notice>
        )}
        <div className={`${card} p-5 sm:p-6`}>
          <PasswordResetForm next={next} />
        </div>
        <p className="text-sm">
          Remembered it?{' '}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="inline-flex min-h-6 items-center font-semibold text-accent-text underline underline-offset-4">
            Sign in
          </Link>
        </p>
      </div>
    </div>
  );
}
