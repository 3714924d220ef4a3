import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { usesSandbox } from '@/lib/config/env';
import { NewPasswordForm } from '@/components/account/NewPasswordForm';
import { Notice } from '@/components/ui/Notice';
import { card, container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Choose a new password (sandbox)' };

/** Where the sandbox's reset email leads (WHMCS's client area on a real install). */
export default async function SandboxNewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  if (!usesSandbox()) notFound();
  const { token } = await params;
  const { isSandboxResetLinkValid } = await import('@/lib/sandbox');
  const valid = token.length <= 200 && isSandboxResetLinkValid(token);
  return (
    <div className={`${container} py-10 sm:py-16`}>
      <div className="mx-auto max-w-md space-y-6">
        <h1 className="text-3xl font-semibold tracking-tight">Choose a new password</h1>
        {valid ? (
          <div className={`${card} p-5 sm:p-6`}>
            <NewPasswordForm token={token} />
          </div>
        ) : (
          <Notice tone="warning" title="This link has expired" role="alert">
            Reset links work once, for an hour.{' '}
            <Link href="/reset-password" className="font-semibold text-accent-text underline underline-offset-4">
              Ask for a new one
            </Link>
            .
          </Notice>
        )}
      </div>
    </div>
  );
}
