import Link from 'next/link';
import { groupPath } from '@/lib/catalogue/paths';
import type { ShopBranding } from '@/lib/shop/branding';
import { AccountNav } from '@/components/account/AccountNav';
import { container } from '@/components/ui/styles';
import { CartSlot } from './CartSlot';
import { CurrencySwitcher, type CurrencyChoice } from './CurrencySwitcher';
import { ShopLogo } from './ShopLogo';

export interface HeaderProps {
  branding: Pick<ShopBranding, 'name' | 'logo'>;
  /** The product groups, in display order; empty when the catalogue is unavailable. */
  groups: { slug: string; name: string }[];
  currencies: CurrencyChoice[];
  /** The code prices are shown in; null hides the switcher. */
  currency: string | null;
}

/** Logo, the groups, the currency switcher, the account links and the cart. */
export function Header({ branding, groups, currencies, currency }: HeaderProps) {
  return (
    <header className="border-b border-line bg-surface">
      <div className={`${container} flex min-h-16 flex-wrap items-center gap-x-3 gap-y-1 py-2 md:gap-x-6`}>
        <ShopLogo branding={branding} />
        {groups.length > 0 && (
          <nav aria-label="Products" className="order-last -mx-2 w-full overflow-x-auto md:order-none md:mx-0 md:w-auto md:flex-1">
            <ul className="flex gap-1 whitespace-nowrap">
              {groups.map((group) => (
                <li key={group.slug}>
                  <Link
                    href={groupPath(group.slug)}
                    className="inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-muted hover:bg-subtle hover:text-fg md:px-3"
                  >
                    {group.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="ml-auto flex items-center gap-1 sm:gap-2 md:ml-0">
          {currency && currencies.length > 1 && <CurrencySwitcher currencies={currencies} current={currency} />}
          <AccountNav />
          <CartSlot />
        </div>
      </div>
    </header>
  );
}
