import Link from 'next/link';
import type { ShopBranding } from '@/lib/shop/branding';

/**
 * The shop's logo linking home: its own image when SHOP_LOGO names one (taken to carry the
 * shop's name, which becomes its alt text), else a plain mark in the accent colour and the name.
 */
export function ShopLogo({ branding }: { branding: Pick<ShopBranding, 'name' | 'logo'> }) {
  return (
    <Link href="/" className="flex min-h-11 shrink-0 items-center gap-2.5 font-semibold tracking-tight">
      {branding.logo ? (
        // A shop's logo may be any format and size; next/image would need both known up front.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={branding.logo} alt={branding.name} className="h-8 w-auto max-w-48" />
      ) : (
        <>
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 text-accent">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M9 21.5 16 10l7 11.5H9Z" fill="var(--on-accent)" />
          </svg>
          <span className="text-base">{branding.name}</span>
        </>
      )}
    </Link>
  );
}
