import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ecommerceEvent } from './events';
import { ANALYTICS_DOM_EVENT, track, trackOnce } from './track';

/** The little of a browser track() touches: <html>'s data attributes, cookies, localStorage, events. */
function fakeBrowser(dataset: Record<string, string>, cookie = '') {
  const dispatched: CustomEvent[] = [];
  const storage = new Map<string, string>();
  const window = {
    dataLayer: undefined as unknown[] | undefined,
    dispatchEvent: (event: CustomEvent) => dispatched.push(event),
    localStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) },
  };
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', { documentElement: { dataset }, cookie });
  return { window, dispatched };
}

const event = ecommerceEvent('view_item', 'USD', [{ item_id: '1', item_name: 'Starter', price: 4.99, quantity: 1 }]);

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('track', () => {
  it('does nothing at all when the shop has analytics off: no dataLayer, no DOM event', () => {
    const browser = fakeBrowser({});
    track(event);
    trackOnce('purchase:1', event);
    expect(browser.window.dataLayer).toBeUndefined();
    expect(browser.dispatched).toEqual([]);
  });

  it("pushes the shop's consent default first, clears the last ecommerce object, then the event with the campaign", () => {
    const browser = fakeBrowser({ analytics: 'events', analyticsConsent: 'denied' }, 'cart=x; hf_src=utm_source%3Dnewsletter%26gclid%3Dabc');
    track(event);
    const [consent, clear, pushed] = browser.window.dataLayer!;
    expect(Array.from(consent as ArrayLike<unknown>)).toEqual(['consent', 'default', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' }]);
    expect(clear).toEqual({ ecommerce: null });
    expect(pushed).toEqual({ ...event, traffic_source: { utm_source: 'newsletter', gclid: 'abc' } });
    expect(browser.dispatched.map((e) => [e.type, e.detail])).toEqual([[ANALYTICS_DOM_EVENT, pushed]]);
  });

  it('sends an event marked once (purchase) only the first time in this browser', () => {
    const browser = fakeBrowser({ analytics: 'gtm', analyticsConsent: 'granted' });
    trackOnce('purchase:41', event);
    trackOnce('purchase:41', event);
    trackOnce('purchase:42', event);
    expect(browser.dispatched).toHaveLength(2);
  });
});
