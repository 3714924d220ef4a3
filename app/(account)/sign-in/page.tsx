import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { REQUIRED_PARAM, safeNextPath, signInReason } from '@/lib/session';
import { visitorSession } from '@/lib/visitor';
import { SignInForm } from '@/components/account/SignInForm';
import { Notice } from '@/components/ui/Notice';
import { card, container } from '@/components/ui/styles';
import { single, type SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(single(params.next));
  if (await visitorSession()) redirect(next);
  const notice =
    single(params.reset) === '1'
      ? 'Your password was changed. Sign in with the new one.'
      : single(params[REQUIRED_PARAM]) === '1'
        ? signInReason(next)
        : null;
  return (
    <div className={`${container} py-10 sm:py-16`}>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-2 text-muted">Use the email address and password of your billing account.</p>
        {notice && (
          <div className="mt-6">
            <Notice role="status">{notice}</Notice>
          </div>
        )}
        <div className={`${card} mt-6 p-5 sm:p-6`}>
          <SignInForm next={next} />
        </div>
        <p className="mt-6 text-sm">
          New here?{' '}
          <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="inline-flex min-h-6 items-center font-semibold text-accent-text underline underline-offset-4">
            Create an account
          </Link>
        </p>
      </div>
    </div>
  );
}
