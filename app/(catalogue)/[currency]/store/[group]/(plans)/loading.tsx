import { Skeleton } from '@/components/ui/Skeleton';
import { container } from '@/components/ui/styles';

/** A group page's shape while it loads: title, cycle switcher, pricing cards. */
export default function GroupLoading() {
  return (
    <div className={`${container} py-12 sm:py-16`} role="status" aria-label="Loading plans">
      <Skeleton className="mx-auto h-10 max-w-sm" />
      <Skeleton className="mx-auto mt-4 h-6 max-w-md" />
      <Skeleton className="mx-auto mt-10 h-12 max-w-md rounded-xl" />
      <div className="mt-10 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-96 rounded-2xl" />
        ))}
      </div>
    </div>
  );
}
