import { Skeleton } from '@/components/ui/Skeleton';
import { container } from '@/components/ui/styles';

/** The cart's shape while it is priced: a title, item cards and the summary. */
export default function CartLoading() {
  return (
    <div className={`${container} pt-10 pb-16 sm:pt-14`} role="status" aria-label="Loading your cart">
      <Skeleton className="h-9 w-48" />
      <Skeleton className="mt-3 h-5 w-40" />
      <div className="mt-8 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-10">
        <div className="space-y-4">
          {[0, 1].map((i) => (
            <Skeleton key={i} className="h-44 rounded-2xl" />
          ))}
        </div>
        <Skeleton className="mt-8 h-80 rounded-2xl lg:mt-0" />
      </div>
    </div>
  );
}
