'use client';

import { useEffect } from 'react';
import { analyticsDataLayer } from '@/lib/analytics/track';

/**
 * Loads the shop's Google Tag Manager container (ANALYTICS=gtm), once, after the page is
 * interactive. Inserted by the shop's own script, so the nonce-based policy's 'strict-dynamic'
 * allows it; static pages' policy names GTM's host (lib/security) only when this is on.
 */
export function GtmLoader({ containerId }: { containerId: string }) {
  useEffect(() => {
    if (document.querySelector('script[data-hostfront-gtm]')) return;
    analyticsDataLayer().push({ 'gtm.start': Date.now(), event: 'gtm.js' });
    const script = document.createElement('script');
    script.async = true;
    script.src = `https://www.googletagmanager.com/gtm.js?id=${encodeURIComponent(containerId)}`;
    script.dataset.hostfrontGtm = '';
    document.head.appendChild(script);
  }, [containerId]);
  return null;
}
