import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { env } from '@/lib/config/env';
import { shopBranding } from '@/lib/shop/branding';
import { container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Terms of service' };

/**
 * The shop's terms of service when it has no page of its own (SHOP_TERMS_URL unset): a short,
 * general placeholder in the shop's name, which the shop replaces with its real terms. With
 * SHOP_TERMS_URL set, this address leads there. Not indexed (the checkout layout says so): a
 * placeholder is not something to find by search.
 */
export default function TermsPage() {
  const configured = env().SHOP_TERMS_URL;
  if (configured) redirect(configured);
  const { name } = shopBranding();
  return (
    <div className={`${container} py-10 sm:py-12`}>
      <article className="mx-auto max-w-2xl space-y-4 leading-relaxed" aria-labelledby="terms-heading">
        <h1 id="terms-heading" className="text-3xl font-semibold tracking-tight">
          Terms of service
        </h1>
        <p className="text-muted">These terms apply to every order placed with {name}.</p>
        <h2 className="pt-2 text-lg font-semibold">Orders and payment</h2>
        <p>
          An order is accepted once its invoice is paid. Prices are those shown at checkout and on the invoice. Services that renew are invoiced
          before each renewal and run until you cancel them.
        </p>
        <h2 className="pt-2 text-lg font-semibold">Use of services</h2>
        <p>
          You are responsible for what you host and send with our services. We may suspend a service that breaks the law or harms other
          customers, and will tell you why.
        </p>
        <h2 className="pt-2 text-lg font-semibold">Cancellation and refunds</h2>
        <p>You can cancel a service at any time from your account; it then ends at the end of the period already paid for.</p>
        <h2 className="pt-2 text-lg font-semibold">Contact</h2>
        <p>Questions about these terms go to {name}&apos;s support.</p>
      </article>
    </div>
  );
}
