import { Skeleton } from '@/components/ui/Skeleton';
import { container } from '@/components/ui/styles';

/** The home page's shape while it loads: a title and the group cards. */
export default function HomeLoading() {
  return (
    <div className={`${container} py-12 sm:py-20`} role="status" aria-label="Loading plans">
      <Skeleton className="mx-auto h-12 max-w-lg" />
      <Skeleton className="mx-auto mt-4 h-6 max-w-md" />
      <div className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-56 rounded-2xl" />
        ))}
      </div>
    </div>
  );
}
