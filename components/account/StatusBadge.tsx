import type { ServiceStatus } from '@/lib/whmcs/types';

/**
 * A service's status as a badge: the word itself carries the meaning (never colour alone); the
 * tone and the dot's shape only reinforce it.
 */
const TONES: Record<ServiceStatus, { className: string; dot: string }> = {
  Active: { className: 'border-success text-success', dot: 'rounded-full bg-success' },
  Pending: { className: 'border-warning-line text-fg bg-warning-bg', dot: 'rounded-full border-2 border-current' },
  Suspended: { className: 'border-danger text-danger', dot: 'rounded-none bg-danger' },
  Fraud: { className: 'border-danger text-danger', dot: 'rounded-none bg-danger' },
  Terminated: { className: 'border-line-strong text-muted', dot: 'rounded-none bg-current rotate-45' },
  Cancelled: { className: 'border-line-strong text-muted', dot: 'rounded-none bg-current rotate-45' },
  Completed: { className: 'border-line-strong text-muted', dot: 'rounded-full bg-current' },
};

export function StatusBadge({ status }: { status: ServiceStatus }) {
  const tone = TONES[status];
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold ${tone.className}`}>
      <span aria-hidden="true" className={`inline-block size-2 ${tone.dot}`} />
      {status}
    </span>
  );
}
