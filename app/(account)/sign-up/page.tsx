import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { countries } from '@/lib/geo/countries';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { safeNextPath } from '@/lib/session';
import { visitorSession } from '@/lib/visitor';
import { SignUpForm } from '@/components/account/SignUpForm';
import { card, container } from '@/components/ui/styles';
import { single, type SearchParams } from '../search-params';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const next = safeNextPath(single((await searchParams).next));
  if (await visitorSession()) redirect(next);
  return (
    <div className={`${container} py-10 sm:py-16`}>
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-semibold tracking-tight">Create an account</h1>
        <p className="mt-2 text-muted">Your account holds your services and invoices. Your address appears on your invoices.</p>
        <div className={`${card} mt-6 p-5 sm:p-6`}>
          <SignUpForm next={next} countries={countries()} vatNumber={(await availableTaxPolicy())?.vatNumberField ?? false} />
        </div>
        <p className="mt-6 text-sm">
          Already a customer?{' '}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="inline-flex min-h-6 items-center font-semibold text-accent-text underline underline-offset-4">
            Sign in
          </Link>
        </p>
      </div>
    </div>
  );
}
