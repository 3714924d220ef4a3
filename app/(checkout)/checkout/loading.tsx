import { Skeleton } from '@/components/ui/Skeleton';
import { container } from '@/components/ui/styles';

export default function Loading() {
  return (
    <div className={`${container} py-8 sm:py-12`} aria-busy="true">
      <Skeleton className="h-9 w-40 rounded-lg" />
      <Skeleton className="mt-3 h-5 w-80 max-w-full rounded" />
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <Skeleton className="h-96 rounded-2xl" />
        <Skeleton className="h-72 rounded-2xl" />
      </div>
    </div>
  );
}
