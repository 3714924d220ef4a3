import { Skeleton } from '@/components/ui/Skeleton';
import { container } from '@/components/ui/styles';

export default function Loading() {
  return (
    <div className={`${container} py-10 sm:py-12`} aria-busy="true">
      <Skeleton className="h-9 w-56 rounded-lg" />
      <Skeleton className="mt-3 h-5 w-72 rounded" />
      <div className="mt-8 flex gap-2">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-11 w-24 rounded-lg" />
        ))}
      </div>
      <div className="mt-6 space-y-3">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} className="h-28 rounded-2xl" />
        ))}
      </div>
    </div>
  );
}
