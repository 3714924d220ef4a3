import { Skeleton } from '@/components/ui/Skeleton';
import { container } from '@/components/ui/styles';

/** The configurator's shape while it loads: title, choices on the left, summary on the right. */
export default function ProductLoading() {
  return (
    <div className={`${container} py-10 sm:py-14`} role="status" aria-label="Loading the configurator">
      <Skeleton className="h-5 w-48" />
      <Skeleton className="mt-6 h-10 max-w-sm" />
      <Skeleton className="mt-5 h-16 max-w-2xl" />
      <div className="mt-10 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12">
        <div className="space-y-4">
          <Skeleton className="h-5 w-32" />
          <div className="grid gap-3 sm:grid-cols-2">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-24 rounded-xl" />
            ))}
          </div>
          <Skeleton className="mt-6 h-20 rounded-xl" />
        </div>
        <Skeleton className="mt-10 h-80 rounded-2xl lg:mt-0" />
      </div>
    </div>
  );
}
