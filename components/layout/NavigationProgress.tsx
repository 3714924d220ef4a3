'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

/** Whether a click is on a link Next.js turns into a client-side navigation to another page. */
function startsPageNavigation(event: MouseEvent, currentPath: string): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download') || (link.target && link.target !== '_self')) return false;
  const url = new URL(link.href, window.location.href);
  return url.origin === window.location.origin && url.pathname !== currentPath;
}

/** The Navigation API where the browser has it: it says when the URL changed, whatever the path. */
function navigationApi(): EventTarget | null {
  return (window as Window & { navigation?: EventTarget }).navigation ?? null;
}

/**
 * A thin bar at the top of the window while the next page loads, for slow networks. It starts on
 * a click on a link to another page of the shop and ends when the page changes (its path, or any
 * URL change the Navigation API reports, such as a redirect back to this page). Its CSS shows it
 * only when the wait lasts (most pages are prefetched and instant). Fixed, outside the page flow,
 * so it never moves the layout; announced as a progress bar.
 */
export function NavigationProgress() {
  const pathname = usePathname();
  // The path the pending navigation started from: the bar belongs to that page only.
  const [startedOn, setStartedOn] = useState<string | null>(null);

  useEffect(() => {
    // Capture: Next.js's own link handler prevents the default before a bubbling listener runs.
    const onClick = (event: MouseEvent) => {
      if (startsPageNavigation(event, pathname)) setStartedOn(pathname);
    };
    const done = () => setStartedOn(null);
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', done);
    navigationApi()?.addEventListener('currententrychange', done);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', done);
      navigationApi()?.removeEventListener('currententrychange', done);
    };
  }, [pathname]);

  if (startedOn !== pathname) return null;
  return (
    <div role="progressbar" aria-label="Loading the page" className="page-progress pointer-events-none fixed inset-x-0 top-0 z-50 h-1 overflow-hidden print:hidden">
      <span className="block h-full w-1/3 bg-accent" />
    </div>
  );
}
