import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getSession, safeNextPath } from '@/lib/session';
import { SignInForm } from '@/components/account/SignInForm';
import { card, container } from '@/components/ui/styles';
import { single, type SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const next = safeNextPath(single((await searchParams).next));
  if (await getSession()) redirect(next);
  return (
    <div className={`${container} py-10 sm:py-16`}>
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-2 text-muted">Use the email address and password of your billing account.</p>
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
