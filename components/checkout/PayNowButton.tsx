import Link from 'next/link';
import { payInvoiceAction } from '@/lib/checkout/actions';
import { button } from '@/components/ui/styles';

/**
 * "Pay now" for an order's unpaid invoice: the sandbox's invoice page, or on a real WHMCS a
 * form whose action signs the customer into the billing portal at the invoice.
 */
export function PayNowButton({ orderId, invoiceId, sandbox, label = 'Pay now' }: { orderId: number; invoiceId: number; sandbox: boolean; label?: string }) {
  if (sandbox) {
    return (
      <Link href={`/sandbox/invoice/${invoiceId}`} className={button.primary}>
        {label}
      </Link>
    );
  }
  return (
    <form action={payInvoiceAction}>
      <input type="hidden" name="orderId" value={orderId} />
      <button type="submit" className={button.primary}>
        {label}
      </button>
    </form>
  );
}
