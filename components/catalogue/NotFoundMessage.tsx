import Link from 'next/link';
import { button, container } from '@/components/ui/styles';

/** "We could not find that page/plan" with the way back to the catalogue. */
export function NotFoundMessage({ what = 'page' }: { what?: string }) {
  return (
    <div className={`${container} py-24 text-center`}>
      <p className="text-sm font-semibold text-accent-text">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">We could not find that {what}</h1>
      <p className="mt-3 text-muted">It may have moved, or the link may be mistyped. All our plans are one click away.</p>
      <Link href="/" className={`${button.primary} mt-8`}>
        See all plans
      </Link>
    </div>
  );
}
