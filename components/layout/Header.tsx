import type { ShopBranding } from '@/lib/shop/branding';
import { AccountNav } from '@/components/account/AccountNav';
import { container } from '@/components/ui/styles';
import { CartSlot } from './CartSlot';
import { CurrencySwitcher, type CurrencyChoice } from './CurrencySwitcher';
import { ProductsNav, type NavGroup } from './ProductsNav';
import { ShopLogo } from './ShopLogo';

export interface HeaderProps {
  branding: Pick<ShopBranding, 'name' | 'logo'>;
  /** The product groups, in display order; empty when the catalogue is unavailable. */
  groups: NavGroup[];
  currencies: CurrencyChoice[];
  /** The code prices are shown in; null hides the switcher. */
  currency: string | null;
}

/** Logo, the currency switcher, the account links and the cart; under them the groups (see ProductsNav). */
export function Header({ branding, groups, currencies, currency }: HeaderProps) {
  return (
    <header className="border-b border-line bg-surface">
      <div className={`${container} flex min-h-16 flex-wrap items-center gap-x-3 gap-y-1 py-2 md:gap-x-6`}>
        <ShopLogo branding={branding} />
        {groups.length > 0 && <ProductsNav groups={groups} />}
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          {currency && currencies.length > 1 && <CurrencySwitcher currencies={currencies} current={currency} />}
          <AccountNav />
          <CartSlot />
        </div>
      </div>
    </header>
  );
}
