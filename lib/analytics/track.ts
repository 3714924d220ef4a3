import type { TrafficSource } from '@/lib/visitor/attribution';
import { decodeSource, SOURCE_COOKIE } from '@/lib/visitor/attribution';
import type { AnalyticsEvent } from './events';

/**
 * Sends an ecommerce event, in the browser, only when the shop turned analytics on (the root
 * layout writes `data-analytics` on <html> from ANALYTICS): pushed to `window.dataLayer` (Google
 * Tag Manager reads it, also before its script has loaded) and dispatched as a
 * `hostfront:analytics` DOM event on `window` for any other tool a shop hooks. Off, nothing
 * happens: no global, no event, no request.
 */

export const ANALYTICS_DOM_EVENT = 'hostfront:analytics';

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

function analyticsEnabled(): boolean {
  return typeof document !== 'undefined' && Boolean(document.documentElement.dataset.analytics);
}

function trafficSource(): TrafficSource | null {
  const cookie = document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${SOURCE_COOKIE}=`))
    ?.slice(SOURCE_COOKIE.length + 1);
  try {
    // The cookie header carries it percent-encoded (Next.js encodes cookie values).
    return decodeSource(cookie === undefined ? undefined : decodeURIComponent(cookie));
  } catch {
    return null;
  }
}

/**
 * The consent defaults the shop chose (ANALYTICS_CONSENT, Google's Consent Mode) go first, so
 * tags wait for the visitor's consent unless the shop granted it.
 */
export function analyticsDataLayer(): unknown[] {
  if (!window.dataLayer) {
    window.dataLayer = [];
    const state = document.documentElement.dataset.analyticsConsent === 'granted' ? 'granted' : 'denied';
    // Consent Mode reads the `arguments` shape gtag() pushes.
    (function gtag(..._args: unknown[]) {
      // eslint-disable-next-line prefer-rest-params
      window.dataLayer!.push(arguments);
    })('consent', 'default', { ad_storage: state, ad_user_data: state, ad_personalization: state, analytics_storage: state });
  }
  return window.dataLayer;
}

export function track(event: AnalyticsEvent): void {
  if (!analyticsEnabled()) return;
  const source = trafficSource();
  const payload: AnalyticsEvent = source ? { ...event, traffic_source: source } : event;
  const layer = analyticsDataLayer();
  // GA4's advice: clear the previous ecommerce object so fields do not leak between events.
  layer.push({ ecommerce: null });
  layer.push(payload);
  window.dispatchEvent(new CustomEvent(ANALYTICS_DOM_EVENT, { detail: payload }));
}

/**
 * Builds the event only when analytics is on, and never lets it break what the customer was
 * doing (adding to the cart): a failure to describe the event drops the event, nothing else.
 */
export function trackSafely(build: () => AnalyticsEvent): void {
  if (!analyticsEnabled()) return;
  try {
    track(build());
  } catch {
    // Analytics is never worth an error in front of the customer.
  }
}

/** `purchase` once per order in this browser, however often its receipt is shown. */
export function trackOnce(key: string, event: AnalyticsEvent): void {
  if (!analyticsEnabled()) return;
  const storageKey = `hf-analytics:${key}`;
  try {
    if (window.localStorage.getItem(storageKey)) return;
    window.localStorage.setItem(storageKey, '1');
  } catch {
    // Storage refused (private mode): the server's "just placed" window still limits repeats.
  }
  track(event);
}
