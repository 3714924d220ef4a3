import { Notice } from '@/components/ui/Notice';

/** Shown while the catalogue is the last good copy because WHMCS cannot be reached. */
export function StaleNotice({ className = '' }: { className?: string }) {
  return (
    <div className={className}>
      <Notice title="Prices shown are from our last update">
        Our billing system is not answering right now. You can browse and configure as usual; prices are confirmed when you order.
      </Notice>
    </div>
  );
}
