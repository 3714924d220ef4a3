'use client';

import { useEffect } from 'react';
import type { AnalyticsEvent } from '@/lib/analytics/events';
import { track, trackOnce } from '@/lib/analytics/track';

/** Sends one analytics event when the page shows (nothing when the shop has analytics off). `once` names an event sent at most once per browser. */
export function TrackEvent({ event, once }: { event: AnalyticsEvent; once?: string }) {
  const serialised = JSON.stringify(event);
  useEffect(() => {
    const parsed = JSON.parse(serialised) as AnalyticsEvent;
    if (once) trackOnce(once, parsed);
    else track(parsed);
  }, [serialised, once]);
  return null;
}
