import { analyticsOn } from '@/lib/analytics/config';
import { ecommerceEvent, type AnalyticsEvent } from '@/lib/analytics/events';
import { cartLineItem } from '@/lib/analytics/items';
import { productQuantityBounds, cycleLabel, formatMoney, formatQuantity, isRecurringCycle, cycleEvery } from '@/lib/pricing';
import { domainProblem, missingCustomFields } from '@/lib/cart/checks';
import { editItemHref } from '@/lib/cart/links';
import type { PricedCart, PricedCartItem } from '@/lib/cart/types';
import { Notice } from '@/components/ui/Notice';
import { card } from '@/components/ui/styles';
import { ItemControls } from './ItemControls';

type Currency = PricedCart['currency'];

/** The renewal of one line before any discount: "then $4.99 USD every month"; null when it does not renew. */
function lineRenewal({ breakdown }: PricedCartItem, currency: Currency): string | null {
  if (!breakdown || breakdown.recurring === null || !isRecurringCycle(breakdown.cycle)) return null;
  return `then ${formatMoney(breakdown.recurring, currency)} ${cycleEvery(breakdown.cycle)}`;
}

/** The promotion's share of this line: "−$0.75 USD today, −$0.75 USD each renewal". */
function lineDiscount({ discount, recurringDiscount }: PricedCartItem, currency: Currency): string | null {
  const parts = [];
  if (discount !== 0) parts.push(`−${formatMoney(discount, currency)} today`);
  if (recurringDiscount !== 0) parts.push(`−${formatMoney(recurringDiscount, currency)} each renewal`);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** What the customer may simply accept: everything but a missing detail only they can type. */
function acceptLabel(priced: PricedCartItem): string | null {
  const { product, breakdown, item, blocking, problems } = priced;
  if (!product || !breakdown || problems.length === 0) return null;
  if (missingCustomFields(product, item.customFields).length > 0 || domainProblem(product, item.domain)) return null;
  return blocking ? 'Accept changes' : 'OK, use the new price';
}

/** One line of the cart: what it is, how it is configured, what it costs, what changed. */
/** What `remove_from_cart` reports for this line; null when the shop has analytics off or the line has no price. */
function removedEvent(priced: PricedCartItem, currencyCode: string): AnalyticsEvent | null {
  const item = analyticsOn() ? cartLineItem(priced) : null;
  return item && ecommerceEvent('remove_from_cart', currencyCode, [item]);
}

export function CartItemCard({ priced, currency, headingId }: { priced: PricedCartItem; currency: Currency; headingId: string }) {
  const { item, product, breakdown, configuration, problems, blocking } = priced;
  const name = product?.name ?? 'A product that is no longer sold';
  const money = (amount: number) => formatMoney(amount, currency);
  const options = breakdown?.lines.filter((line) => line.kind === 'option').map((line) => line.label) ?? [];
  const addons = breakdown?.lines.filter((line) => line.kind === 'addon') ?? [];
  const fields = product?.customFields.flatMap((field) => {
    const value = item.customFields[field.id]?.trim();
    return value ? [{ name: field.name, value }] : [];
  });
  const canChangeQuantity = product && configuration && product.quantityMode !== 'none' && !blocking;
  const renewal = lineRenewal(priced, currency);
  const discount = lineDiscount(priced, currency);

  return (
    <article aria-labelledby={headingId} className={`${card} p-5 sm:p-6`} data-testid="cart-item">
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold">
            {name}
          </h2>
          {configuration && (
            <p className="mt-1 text-sm text-muted">
              {cycleLabel(configuration.cycle)}
              {configuration.quantity > 1 && ` · Quantity ${formatQuantity(configuration.quantity)}`}
            </p>
          )}
        </div>
        {breakdown && (
          <div className="sm:text-right">
            <p className="text-lg font-semibold tabular-nums">
              {money(breakdown.dueToday)} <span className="text-sm font-normal text-muted">today</span>
            </p>
            {breakdown.setupTotal > 0 && (
              <p className="text-sm text-muted tabular-nums">includes {money(breakdown.setupTotal)} setup</p>
            )}
            {renewal && <p className="text-sm text-muted tabular-nums">{renewal}</p>}
            {discount && <p className="text-sm font-medium text-success tabular-nums">Promo code: {discount}</p>}
          </div>
        )}
      </div>

      {(options.length > 0 || addons.length > 0 || item.domain || item.server || (fields && fields.length > 0)) && (
        <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {item.domain && (
            <div className="contents">
              <dt className="text-muted">Domain</dt>
              <dd className="break-all">{item.domain}</dd>
            </div>
          )}
          {item.server && (
            <>
              <div className="contents">
                <dt className="text-muted">Hostname</dt>
                <dd className="break-all">{item.server.hostname}</dd>
              </div>
              <div className="contents">
                <dt className="text-muted">Nameservers</dt>
                <dd className="break-all">
                  {item.server.ns1Prefix}.{item.server.hostname}, {item.server.ns2Prefix}.{item.server.hostname}
                </dd>
              </div>
              <div className="contents">
                {/* Only that one is set: the cart keeps it sealed and never shows it. */}
                <dt className="text-muted">Root password</dt>
                <dd>
                  <span aria-hidden="true">••••••••</span>
                  <span className="sr-only">set, hidden</span>
                </dd>
              </div>
            </>
          )}
          {options.length > 0 && (
            <div className="contents">
              <dt className="text-muted">Options</dt>
              <dd>
                <ul>
                  {options.map((option) => (
                    <li key={option}>{option}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {addons.length > 0 && (
            <div className="contents">
              <dt className="text-muted">Addons</dt>
              <dd>
                <ul>
                  {addons.map((addon) => (
                    <li key={addon.addonId} className="tabular-nums">
                      {addon.label} ({money(addon.dueToday)} today)
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {fields?.map((field) => (
            <div key={field.name} className="contents">
              <dt className="text-muted">{field.name}</dt>
              <dd className="break-all">{field.value}</dd>
            </div>
          ))}
        </dl>
      )}

      {problems.length > 0 && (
        <div className="mt-4">
          <Notice tone="warning" title={blocking ? 'This item changed since you added it' : 'The price changed'}>
            <ul className="list-disc space-y-1 pl-5">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}

      <ItemControls
        itemId={item.id}
        productName={name}
        quantity={canChangeQuantity ? { value: configuration.quantity, max: productQuantityBounds(product).max } : null}
        editHref={product ? editItemHref(product, item, currency.code) : null}
        canDuplicate={Boolean(product && breakdown)}
        acceptLabel={acceptLabel(priced)}
        removedEvent={removedEvent(priced, currency.code)}
      />
    </article>
  );
}
