import type { ShopBranding } from '@/lib/shop/branding';
import { container } from '@/components/ui/styles';

export function Footer({ branding }: { branding: Pick<ShopBranding, 'name' | 'supportUrl' | 'poweredBy'> }) {
  return (
    <footer className="mt-auto border-t border-line bg-surface">
      <div className={`${container} flex flex-col gap-2 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between`}>
        <p>
          © {new Date().getFullYear()} {branding.name}
        </p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          {branding.supportUrl && (
            <a href={branding.supportUrl} className="inline-flex min-h-6 items-center font-medium text-fg underline underline-offset-4">
              Help and support
            </a>
          )}
          {branding.poweredBy && (
            <p>Powered by Hostfront</p>
          )}
        </div>
      </div>
    </footer>
  );
}
